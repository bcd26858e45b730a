/**
 * Quoting, reported speech and counter-speech, one implementation (src/engine/speech.ts): the abuse, complaint and
 * hate rules read the same frames, so a parent who argues against an insult is kept quiet whichever family the insult
 * belongs to, and one who asserts it under a reporting disguise is nudged whichever family it belongs to.
 */
import { describe, it, expect } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import type { Category } from '../../src/engine';
import { counterSpeech, COUNTER_SPEECH, FRAMES, frameGate, framesOpened, reportsSpeech } from '../../src/engine/speech';
import { textOpens } from '../../src/engine/word-gate';
import { readCorpus } from '../../scripts/train/data';
import { getBundledPack } from '../../src/packs';

const pack = getBundledPack('bexton');
if (!pack) throw new Error('no pack bexton');

/** What the rules find, without the model: the guards are the rules'. */
const categories = (text: string): Category[] => analyzeDraft(text, { role: 'parent', pack, model: null }).categories;

describe('speech: someone else\'s words stay quiet for abuse, complaint and hate alike', () => {
  it('arguing against the people who say it', () => {
    expect(categories('People who say Mrs Hill is a useless cow should be ashamed of themselves.')).toEqual([]);
    expect(categories('Parents who call the teachers at Bexton lazy should try doing their job.')).toEqual([]);
    expect(categories('People who say Somalis are parasites should be ashamed of themselves.')).toEqual([]);
  });

  it('quoting it to report it', () => {
    expect(categories('Somebody wrote "Mrs Hill is a useless cow" on the Bexton gate.')).toEqual([]);
    expect(categories('Somebody wrote "Somalis are parasites" on the Bexton gate.')).toEqual([]);
  });

  it('arguing against it', () => {
    expect(categories('Calling Mrs Hill a useless cow is out of order, she works so hard.')).toEqual([]);
    expect(categories('Calling Somalis parasites is out of order.')).toEqual([]);
  });

  it('wondering how anyone could hate a group, or telling of others\' hatred to condemn it', () => {
    expect(categories('My daughter asked me how anyone could still hate Muslims after meeting her friends.')).toEqual([]);
    expect(categories("Why would anyone hate Polish people? They're our neighbours.")).toEqual([]);
    expect(categories("Some people hate Jewish people and it's disgusting.")).toEqual([]);
  });
});

describe('speech: the writer\'s own words still nudge', () => {
  it('asserted under a reporting disguise', () => {
    expect(categories('Calling Mrs Hill a useless cow is fair, everyone knows it.')).toContain('abuse');
    expect(categories('Nothing wrong with calling Mrs Hill a useless cow.')).toContain('abuse');
    expect(categories('Somalis are parasites and anyone who says otherwise is deluded.')).toContain('hate');
  });

  it('hate the writer owns or excuses, beside the words that wonder at it', () => {
    expect(categories('I get why people hate Muslims.')).toContain('hate');
    expect(categories('Why do I hate Muslims? Because of what they do.')).toContain('hate');
    expect(categories("I hate Muslims and I don't care how anyone feels about it.")).toContain('hate');
    expect(categories('Some people hate Jewish people. So do I.')).toContain('hate');
  });

  it('"posting this" opens the writer\'s own act, not someone else\'s words', () => {
    expect(categories('Posting this so everyone can see what a lazy cow Mrs Hill is.')).toContain('abuse');
  });

  it('"whoever wrote that" insults the author', () => {
    expect(categories('The head at Bexton sent a letter home. Whoever wrote that is a total prat.')).toContain('abuse');
  });

  it('a complaint worded as a condemnation stays a complaint (those frames read for hate only)', () => {
    expect(categories('Mrs Hill is useless and this has to stop.')).toContain('complaint');
    expect(categories('The school needs to stop pretending this is fine, the head is useless.')).toContain('complaint');
  });
});

describe('speech: the sentence readings', () => {
  it('hearsay and quotation marks are reported speech; a frame need not be', () => {
    expect(reportsSpeech('apparently the head said no.')).toBe(true);
    expect(reportsSpeech("someone wrote 'the head is a liar' on the gate.")).toBe(true);
    expect(reportsSpeech('calling teachers lazy is out of order.')).toBe(false);
  });

  it("the writer's own reporting or telling is not hearsay; someone else's is", () => {
    expect(reportsSpeech('i reported it to the head and the school have done absolutely nothing.')).toBe(false);
    expect(reportsSpeech('reported it four times and the school have done nothing.')).toBe(false);
    expect(reportsSpeech('told them four times and the school have done nothing.')).toBe(false);
    expect(reportsSpeech("we've told them twice about the bus.")).toBe(false);
    expect(reportsSpeech('it was reported that the head is leaving.')).toBe(true);
    expect(reportsSpeech('the office told them the trip was off.')).toBe(true);
    expect(reportsSpeech('she told me the head is leaving.')).toBe(true);
  });

  it('naming words as hate disowns them for the hate rules only', () => {
    expect(counterSpeech("that's so racist.")).toBe(COUNTER_SPEECH.ofHate);
    expect(counterSpeech('stop calling the teachers lazy.')).toBe(COUNTER_SPEECH.any | COUNTER_SPEECH.ofHate);
    expect(counterSpeech('the head is a liar.')).toBe(0);
  });
});

describe('speech: frame gates', () => {
  /** Texts a frame matches whose gate stays shut (the frame would be skipped where it holds): none may exist. */
  const misses = (texts: readonly string[]): string[] =>
    FRAMES.flatMap((frame) => {
      const re = new RegExp(frame.pattern);
      const gate = frameGate(frame);
      return texts.filter((t) => re.test(t) && !textOpens(gate, t)).map((t) => `${frame.pattern.slice(0, 40)} | ${t}`);
    });

  it('asks only for words every match of its frame holds', () => {
    const frame = FRAMES.find((f) => f.pattern.startsWith('\\bstand'));
    expect(frameGate(frame as (typeof FRAMES)[number])?.starts).toEqual(['stand']);
    expect(misses(['we stand with our muslim neighbours', 'standing together against racism'])).toEqual([]);
    expect(textOpens(frameGate(frame as (typeof FRAMES)[number]), 'they sat down')).toBe(false);
  });

  it('never keeps a frame from a text it matches: the corpus', () => {
    expect(misses(readCorpus().map((r) => r.text.toLowerCase()))).toEqual([]);
  });

  it('are read in one pass that opens the frames each gate opens, frame by frame', () => {
    const texts = [...readCorpus().map((r) => r.text.toLowerCase()), '', 'to', 'wr', 'we stand', 'stand', 'say sa'];
    const gates = FRAMES.map(frameGate);
    const differ = texts.filter((t) => {
      const opened = framesOpened(t);
      return gates.some((gate, i) => ((opened >>> i) & 1) !== (textOpens(gate, t) ? 1 : 0));
    });
    expect(differ).toEqual([]);
  });
});
