/**
 * What a valid pack may still do badly, said to whoever writes it (`npm run pack -- validate`) without refusing it:
 * the extension takes the pack as it is.
 */
import type { Pack } from '../engine/types';

/** About this many characters of `shortName` read well at phone width: it labels the note's button and fields. */
export const SHORT_NAME_READS_WELL = 25;
/** Over this many, the button "Raise it with <shortName>" wraps onto three lines on a 360-pixel phone. */
export const SHORT_NAME_WARN_OVER = 30;

/** Titles people put before a member of staff's name. */
const TITLE = /^(?:mr|mrs|miss|ms|mx|dr|sir|madam|prof|rev|father|sister)\.?\s/i;
/** Aliases that are every school's words, not this one's name. */
const EVERY_SCHOOL = new Set(['school', 'the school', 'our school', 'the academy', 'academy', 'the trust', 'trust', 'the college', 'primary', 'the primary']);

/** One line per thing worth changing; empty when there is none. */
export function packWarnings(pack: Pack): string[] {
  const out: string[] = [];
  const length = [...pack.shortName].length;
  if (length > SHORT_NAME_WARN_OVER) {
    out.push(
      `shortName is ${length} characters: it labels the note's button ("Raise it with ${pack.shortName}") and fields, ` +
        `and about ${SHORT_NAME_READS_WELL} reads well on a phone`,
    );
  }
  // Threats and hate are nudged wherever they are aimed (PRODUCT.md §3), and the settings page tells users so.
  for (const category of ['threat', 'hate'] as const) {
    if (pack.rules[category]?.enabled !== true) {
      out.push(
        `rules.${category} is off: ${category === 'threat' ? 'threats' : 'hateful posts'} will get no note at all for this school's users, ` +
          'though the settings page tells them threats and prejudice are checked wherever they are aimed',
      );
    }
  }
  (pack.staff ?? []).forEach((name, i) => {
    if (!TITLE.test(name.trim()) && name.trim().split(/\s+/).length === 1) {
      out.push(
        `staff[${i}] "${name}" is one name without a title: a pupil or parent of that name would be read as staff, ` +
          `and a post about them as a post about a teacher; write it as people write it ("Mr ${name}", "Mrs ${name}")`,
      );
    }
  });
  out.push(...twice('staff', pack.staff ?? []), ...twice('aliases', pack.aliases));
  pack.aliases.forEach((alias, i) => {
    if (EVERY_SCHOOL.has(alias.trim().toLowerCase())) {
      out.push(`aliases[${i}] "${alias}" is what people call any school, not this one: it makes no draft more about this school`);
    }
  });
  return out;
}

/** The entries of a list given again (letter case and spaces aside), each repeat said where it stands. */
function twice(field: string, list: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  list.forEach((entry, i) => {
    const key = entry.trim().toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push(`${field}[${i}] "${entry}" is also ${field}[${first}]`);
  });
  return out;
}
