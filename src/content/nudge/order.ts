/** The order a note names what it found in: the headline's kind first. */
import { CATEGORIES, CATEGORY_SEVERITY } from '../../engine/types';
import type { Category } from '../../engine/types';

const RANK = { none: 0, low: 1, medium: 2, high: 3 } as const;

/** The categories in the order the note names them, each once: the most severe first, then the catalogue's order. */
export function noteOrder(categories: readonly Category[]): Category[] {
  return [...new Set(categories)].sort(
    (a, b) => RANK[CATEGORY_SEVERITY[b]] - RANK[CATEGORY_SEVERITY[a]] || CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b),
  );
}

/** The category the headline names: the first in `noteOrder`. */
export function leadCategory(categories: readonly Category[]): Category | undefined {
  return noteOrder(categories)[0];
}
