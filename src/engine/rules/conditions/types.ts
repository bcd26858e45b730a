import type { Annotation } from '../../annotate';
import type { DraftContext } from '../../context';

/** Where a hit is: normalised offsets and its sentence. */
export interface Place {
  start: number;
  end: number;
  sentence: number;
  /** The rule the hit was read from (`from`), when it is another rule's hit. */
  borrowedFrom?: string;
}

export type Condition = (hit: Place, draft: DraftContext, notes: Annotation) => boolean;

/** Named conditions, each with what it means in words (for docs/rules.md and `check --explain`). */
export type Conditions = Readonly<Record<string, { does: string; test: Condition }>>;
