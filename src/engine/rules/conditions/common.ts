/** Conditions every family may use: how a sentence is said and who it is about, from the annotation pass. */
import { M, T } from '../../annotate';
import type { DraftContext } from '../../context';
import type { Condition, Conditions } from './types';
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

export const COMMON_CONDITIONS: Conditions = {
  reported: { does: 'the sentence is quoted or reported speech ("he said…", "apparently…")', test: manner(M.reported) },
  negated: { does: 'the sentence is negated ("not", "never", "n\'t")', test: manner(M.negated) },
  question: { does: 'the sentence is a question', test: manner(M.question) },
  praise: { does: 'the sentence praises someone', test: manner(M.praise) },
  'about-own-child': { does: "the sentence is about the writer's own child", test: target(T.own_child) },
  'about-staff': { does: 'the sentence is about a member of staff', test: target(T.staff) },
  'staff-sentence': { does: 'the sentence names or points at a member of staff', test: (hit, draft) => draft.staffSentence[hit.sentence] === 1 },
};
