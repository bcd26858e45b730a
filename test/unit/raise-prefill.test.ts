// The private-message page's box: the draft as typed, less any sentence that holds a threat's words, so a parent
// does not start from a message that threatens someone (from the fresh-eyes review, B.3).
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { getBundledPack } from '../../src/packs';
import { prefill, sentenceRanges } from '../../src/pages/raise/prefill';

/** The places of `words` in `draft`, as the engine's findings give them. */
function at(draft: string, words: string) {
  const start = draft.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the draft`);
  return { start, end: start + words.length };
}

describe('the message box on the private-message page', () => {
  it("starts without the sentence that holds the engine's threat, and says a line was left out", () => {
    const draft = "Mr Hayes is a disgrace. Tom's dad hit my son and nobody did anything. I'll be waiting for him at the gate tomorrow. Sort it out.";
    const pack = getBundledPack('northwick');
    if (!pack) throw new Error('northwick is bundled');
    const threats = analyzeDraft(draft, { role: 'parent', pack })
      .findings.filter((finding) => finding.category === 'threat')
      .map((finding) => finding.span);
    expect(threats.length).toBeGreaterThan(0);
    expect(prefill(draft, threats)).toEqual({
      text: "Mr Hayes is a disgrace. Tom's dad hit my son and nobody did anything. Sort it out.",
      leftOut: true,
    });
  });

  it('keeps a draft with no threat exactly as typed, spaces and line breaks included', () => {
    const draft = '  The head is useless.\n\nAnd the office too!  ';
    expect(prefill(draft)).toEqual({ text: draft, leftOut: false });
    expect(prefill(draft, [])).toEqual({ text: draft, leftOut: false });
  });

  it('leaves out every sentence a threat touches, keeps the paragraphs between the others, and trims the ends', () => {
    const draft = 'Dear all,\n\nThe coach is useless. He will pay for this!\nI know where he lives. See you Monday.\n\nA parent';
    const text = prefill(draft, [at(draft, 'He will pay'), at(draft, 'I know where he lives')]).text;
    expect(text).toBe('Dear all,\n\nThe coach is useless. See you Monday.\n\nA parent');
    const last = 'The head never listens. I am going to make her pay';
    expect(prefill(last, [at(last, 'make her pay')])).toEqual({ text: 'The head never listens.', leftOut: true });
  });

  it('leaves the box empty, and says so, when the whole draft is the threat', () => {
    const draft = "I'll be waiting for him at the gate.";
    expect(prefill(draft, [at(draft, "I'll be waiting for him")])).toEqual({ text: '', leftOut: true });
  });
});

describe('sentenceRanges', () => {
  it("cover the draft end to end, ending at . ! ? and line breaks, but not at a title's full stop or inside 3.5", () => {
    const draft = 'Mr. Khan said 3.5 hours! Really?! Fine\nNext line "quoted." Done';
    const ranges = sentenceRanges(draft);
    expect(ranges.map(([start, end]) => draft.slice(start, end))).toEqual([
      'Mr. Khan said 3.5 hours! ',
      'Really?! ',
      'Fine\n',
      'Next line "quoted." ',
      'Done',
    ]);
    expect(ranges.map(([start, end]) => draft.slice(start, end)).join('')).toBe(draft);
  });
});
