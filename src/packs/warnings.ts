/**
 * What a valid pack may still do badly, said to whoever writes it (`npm run pack -- validate`) without refusing it:
 * the extension takes the pack as it is.
 */
import type { Pack } from '../engine/types';

/** About this many characters of `shortName` read well at phone width: it labels the note's button and fields. */
export const SHORT_NAME_READS_WELL = 25;
/** Over this many, the button "Raise it with <shortName>" wraps onto three lines on a 360-pixel phone. */
export const SHORT_NAME_WARN_OVER = 30;

/** One line per thing worth changing; empty when there is none. */
export function packWarnings(pack: Pack): string[] {
  const length = [...pack.shortName].length;
  if (length <= SHORT_NAME_WARN_OVER) return [];
  return [
    `shortName is ${length} characters: it labels the note's button ("Raise it with ${pack.shortName}") and fields, ` +
      `and about ${SHORT_NAME_READS_WELL} reads well on a phone`,
  ];
}
