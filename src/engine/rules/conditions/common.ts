/** Conditions every family may use: how a sentence is said and who it is about, from the annotation pass. */
import { M, T } from '../../annotate';
import type { DraftContext } from '../../context';
import type { Condition, Conditions, Descriptions } from './types';
import { LastMemo } from '../../last-memo';

/**
 * A test of the whole draft's text that conditions ask hit after hit: answered once per draft (a long draft has many
 * hits, and each would otherwise scan the whole text again).
 */
export function oncePerDraft(pattern: RegExp): (draft: DraftContext) => boolean {
  const answers = new LastMemo<DraftContext, boolean>();
  return (draft) => {
    let answer = answers.get(draft);
    if (answer === undefined) {
      answer = pattern.test(draft.text);
      answers.set(draft, answer);
    }
    return answer;
  };
}

const manner = (bit: number): Condition => (hit, _draft, notes) => ((notes.sentences[hit.sentence]?.manner ?? 0) & bit) !== 0;
const target = (bit: number): Condition => (hit, _draft, notes) => ((notes.sentences[hit.sentence]?.targets ?? 0) & bit) !== 0;

export const COMMON_CONDITIONS = {
  reported: manner(M.reported),
  negated: manner(M.negated),
  question: manner(M.question),
  praise: manner(M.praise),
  'about-own-child': target(T.own_child),
  'about-staff': target(T.staff),
  'staff-sentence': (hit, draft) => draft.staffSentence[hit.sentence] === 1,
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const COMMON_DESCRIPTIONS: Descriptions<typeof COMMON_CONDITIONS> = {
  reported: 'the sentence is quoted or reported speech ("he said…", "apparently…")',
  negated: 'the sentence is negated ("not", "never", "n\'t")',
  question: 'the sentence is a question',
  praise: 'the sentence praises someone',
  'about-own-child': "the sentence is about the writer's own child",
  'about-staff': 'the sentence is about a member of staff',
  'staff-sentence': 'the sentence names or points at a member of staff',
};
