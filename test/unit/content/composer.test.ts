// @vitest-environment happy-dom
// The composer in a textarea, with a stand-in engine. "Not now": what the user dismissed stays away while they type
// on, and a note of the same kind about new words comes back, on the card and at the pre-send check. "Raise it":
// the page is told where the draft's threats are.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, watchComposer } from '../../../src/content/composer';
import type { WatchedComposer } from '../../../src/content/composer';
import { NUDGE_TAG } from '../../../src/content/nudge/mount';
import { CATEGORIES } from '../../../src/engine/types';
import type { Category, Finding } from '../../../src/engine/types';
import { ProtocolClient } from '../../../src/protocol';
import type { Reply, Request } from '../../../src/protocol';

/** The stand-in engine's words: each one found is a finding of its categories (as the rules mark "is useless"). */
const WORDS: [RegExp, Category[]][] = [
  [/absolute\s+disgrace/gi, ['complaint', 'abuse']],
  [/\w+ is useless/gi, ['abuse']],
  [/I'll be waiting for him/gi, ['threat']],
];

function verdictFor(text: string): Reply {
  const findings: Finding[] = [];
  for (const [pattern, categories] of WORDS) {
    for (const match of text.matchAll(pattern)) {
      for (const category of categories) {
        const span = { start: match.index, end: match.index + match[0].length };
        findings.push({ ruleId: `${category}.test`, category, span, message: category, source: '§1' });
      }
    }
  }
  const categories = CATEGORIES.filter((category) => findings.some((finding) => finding.category === category));
  return {
    kind: 'verdict',
    verdict: { nudge: findings.length > 0, severity: findings.length > 0 ? 'medium' : 'none', categories, findings, packId: 'generic' },
    school: { packId: 'generic', name: 'Your school', shortName: 'your school', route: { label: 'the school', instruction: 'Contact the school.' }, chosen: false, role: 'parent' },
    clauses: {},
  };
}

const PATEL = 'Mrs Patel is an absolute disgrace and should be sacked.';

let editor: HTMLTextAreaElement;
let controller: AbortController;
let composer: WatchedComposer;
let requests: Request[];

beforeEach(() => {
  vi.useFakeTimers();
  // happy-dom has no popovers; the card's state is read from its host element, shown or not.
  HTMLElement.prototype.showPopover ??= () => undefined;
  HTMLElement.prototype.hidePopover ??= () => undefined;
  requests = [];
  const client = new ProtocolClient((request: Request) => {
    requests.push(request);
    return Promise.resolve(request.kind === 'analyze' ? verdictFor(request.text) : { kind: 'done' });
  });
  const region = document.createElement('div');
  editor = document.createElement('textarea');
  region.append(editor);
  document.body.append(region);
  controller = new AbortController();
  composer = watchComposer(editor, { site: 'x', client, kind: { name: 'post', region: () => region } }, controller.signal);
});

afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** Sets the box to `text`, as typing does, and waits out the pause and the answer. */
async function typeAndPause(text: string): Promise<void> {
  editor.value = text;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
}

/** The state the nudge reports, and for how long a draft. */
function state(): string {
  const host = document.querySelector(NUDGE_TAG);
  return `${host?.getAttribute('data-state')} ${host?.getAttribute('data-draft-length')}`;
}

/** The user's own click on one of the card's buttons (happy-dom has no trusted events of its own). */
function click(action: 'dismiss' | 'raise'): void {
  const button = document.querySelector(NUDGE_TAG)?.shadowRoot?.querySelector(`button[data-action="${action}"]`);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button?.dispatchEvent(event);
}

describe('"Not now"', () => {
  it('keeps the note away while the user types on, and brings it back for a second person of the same kind', async () => {
    await typeAndPause(PATEL);
    expect(state()).toBe(`nudging ${PATEL.length}`);
    click('dismiss');
    expect(state()).toBe(`dismissed ${PATEL.length}`);
    // More words, nothing new of note: the same note stays away, and the post goes without a question.
    const more = `${PATEL} I have had enough`;
    await typeAndPause(more);
    expect(state()).toBe(`dismissed ${more.length}`);
    expect(composer.judgeForPosting()).toBe('pass');
    // The same kind of note, about someone else: shown again, and asked about before posting.
    const khan = `${more}. And Mr Khan is useless too`;
    await typeAndPause(khan);
    expect(state()).toBe(`nudging ${khan.length}`);
    expect(composer.judgeForPosting()).toBe('pause');
  });

  it('compares words, not places: typing before the dismissed words, or in other capitals, does not bring it back', async () => {
    await typeAndPause(PATEL);
    click('dismiss');
    const before = `Sorry but ${PATEL.replace('absolute disgrace', 'Absolute  Disgrace')}`;
    await typeAndPause(before);
    expect(state()).toBe(`dismissed ${before.length}`);
    expect(composer.judgeForPosting()).toBe('pass');
  });

  it('stays dismissed when the same text is selected and typed again, and is forgotten once the box is emptied', async () => {
    await typeAndPause(PATEL);
    click('dismiss');
    // Select-all-and-retype: the box is never empty at a pause.
    await typeAndPause('M');
    await typeAndPause(PATEL);
    expect(state()).toBe(`dismissed ${PATEL.length}`);
    await typeAndPause('');
    expect(state()).toBe('quiet 0');
    await typeAndPause(PATEL);
    expect(state()).toBe(`nudging ${PATEL.length}`);
  });

  it('sets aside every note on the card: dismissing a second one keeps both away', async () => {
    const khan = `${PATEL} And Mr Khan is useless too`;
    await typeAndPause(PATEL);
    click('dismiss');
    await typeAndPause(khan);
    expect(state()).toBe(`nudging ${khan.length}`);
    click('dismiss');
    const more = `${khan}, and I mean it`;
    await typeAndPause(more);
    expect(state()).toBe(`dismissed ${more.length}`);
  });
});

describe('"Raise it"', () => {
  it("hands the page the draft as typed and where its threats are, so the page can leave that line out", async () => {
    const draft = "Mrs Patel is an absolute disgrace. I'll be waiting for him at the gate.";
    await typeAndPause(draft);
    click('raise');
    expect(requests.filter((request) => request.kind === 'raisePrivately')).toEqual([
      { kind: 'raisePrivately', draft, packId: 'generic', threats: [{ start: 35, end: 58 }] },
    ]);
  });

  it('hands a draft with no threat over with nothing else', async () => {
    await typeAndPause(PATEL);
    click('raise');
    expect(requests.filter((request) => request.kind === 'raisePrivately')).toEqual([{ kind: 'raisePrivately', draft: PATEL, packId: 'generic' }]);
  });
});
