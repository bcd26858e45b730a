/**
 * Conditions a rule file names (`@reported`, `@staff-sentence`…) where a phrase cannot say it: who a sentence is
 * about and how it is said, read from the one annotation pass (`annotate.ts`) and the draft's context. Rule files
 * use them in `unless` (the hit is dropped when one holds) and `checks` (the hit is kept only when all hold).
 * The compiler refuses a name not listed here.
 */
import { M, T } from '../annotate';
import type { Annotation } from '../annotate';
import type { DraftContext } from '../context';

/** Where a hit is: normalised offsets and its sentence. */
export interface Place {
  start: number;
  end: number;
  sentence: number;
}

export type Condition = (hit: Place, draft: DraftContext, notes: Annotation) => boolean;

const manner = (bit: number): Condition => (hit, _draft, notes) => ((notes.sentences[hit.sentence]?.manner ?? 0) & bit) !== 0;
const target = (bit: number): Condition => (hit, _draft, notes) => ((notes.sentences[hit.sentence]?.targets ?? 0) & bit) !== 0;

export const CONDITIONS: Readonly<Record<string, { does: string; test: Condition }>> = {
  reported: { does: 'the sentence is quoted or reported speech ("he said…", "apparently…")', test: manner(M.reported) },
  negated: { does: 'the sentence is negated ("not", "never", "n\'t")', test: manner(M.negated) },
  question: { does: 'the sentence is a question', test: manner(M.question) },
  praise: { does: 'the sentence praises someone', test: manner(M.praise) },
  'about-own-child': { does: "the sentence is about the writer's own child", test: target(T.own_child) },
  'about-staff': { does: 'the sentence is about a member of staff', test: target(T.staff) },
  'staff-sentence': { does: 'the sentence names or points at a member of staff', test: (hit, draft) => draft.staffSentence[hit.sentence] === true },
};
