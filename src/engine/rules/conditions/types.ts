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

/** Named conditions: what the engine runs. What each means in words is in its family's `Descriptions`. */
export type Conditions = Readonly<Record<string, Condition>>;

/**
 * What each of a family's conditions means, in words, for docs/rules.md, keyed by the same names: a condition without
 * one, or one naming no condition, does not compile. Kept apart from the conditions so the engine's bundles leave
 * the words out (the engine never reads them; only descriptions.ts does).
 */
export type Descriptions<C extends Conditions> = Readonly<Record<keyof C, string>>;
