/**
 * What a valid pack may still do badly, said to whoever writes it (`npm run pack -- validate`) without refusing it:
 * the extension takes the pack as it is. Each warning names the value it is about by its path in the pack, so the
 * command can say where it is in the file, as it does for errors.
 */
import type { Pack } from '../engine/types';

/** About this many characters of `shortName` read well at phone width: it labels the note's button and fields. */
export const SHORT_NAME_READS_WELL = 25;
/** Over this many, the button "Raise it with <shortName>" wraps onto three lines on a 360-pixel phone. */
export const SHORT_NAME_WARN_OVER = 30;

export interface PackWarning {
  /** The value warned about ("staff", 1); a rule left out is warned about at the "rules" that should hold it. */
  path: (string | number)[];
  message: string;
}

/** Titles people put before a member of staff's name ("Mr Patel", "Mr. Patel", "Mr.Patel"). */
const TITLES = 'mr|mrs|miss|ms|mx|dr|sir|madam|mister|prof|professor|rev|reverend|father|sister';
const TITLE = new RegExp(`^(?:${TITLES})(?:\\.?\\s|\\.(?=\\p{L}))`, 'iu');
/** A title and nothing else: "Sir", "Miss", "Mrs.". */
const BARE_TITLE = new RegExp(`^(?:${TITLES})\\.?$`, 'i');
/** A title written with a full stop and no space before the name: "Mr.Patel". */
const TITLE_STOP_CLOSE = new RegExp(`^(${TITLES})\\.(?=\\p{L})`, 'iu');

/**
 * A name as it is compared with the others: letter case, spacing, curly apostrophes and the full stops of titles
 * and abbreviations ("Mr. Patel", "St. Mary's") aside, as the engine's matching sets them aside.
 */
function nameKey(name: string): string {
  return name
    .trim()
    .replace(TITLE_STOP_CLOSE, '$1 ')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\.(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Aliases that are every school's words, not this one's name (keys as nameKey gives them, apostrophes out). */
const EVERY_SCHOOL = new Set([
  'school', 'the school', 'our school', 'my school', 'schools', 'the schools',
  'academy', 'the academy', 'trust', 'the trust', 'academy trust', 'the academy trust',
  'college', 'the college', 'primary', 'the primary', 'primary school', 'the primary school',
  'secondary', 'the secondary', 'secondary school', 'the secondary school', 'high school', 'the high school',
  'infant school', 'the infant school', 'junior school', 'the junior school', 'nursery', 'the nursery',
]);
/** Aliases that are any school's head, not this school. */
const ANY_HEAD = new Set([
  'head', 'the head', 'our head', 'the heads', 'headteacher', 'the headteacher', 'head teacher', 'the head teacher',
  'headmaster', 'the headmaster', 'headmistress', 'the headmistress', 'principal', 'the principal',
  'deputy head', 'the deputy head', 'executive head', 'the executive head',
]);
/** Aliases that are any parent's words for their child's school: "my son's school", "our kids' school". */
const ANY_CHILDS_SCHOOL =
  /^(?:my|our|the|his|her|their) (?:sons?|daughters?|childs?|childrens?|kids?|boys?|girls?|lads?|little ones?|youngests?|eldests?) (?:(?:primary|secondary|high|infant|junior|new|old) )?(?:school|academy|primary|nursery|college)$/;

/** One line per thing worth changing, with the value it is about; empty when there is none. */
export function packWarnings(pack: Pack): PackWarning[] {
  const out: PackWarning[] = [];
  const length = [...pack.shortName].length;
  if (length > SHORT_NAME_WARN_OVER) {
    out.push({
      path: ['shortName'],
      message:
        `shortName is ${length} characters: it labels the note's button ("Raise it with ${pack.shortName}") and fields, ` +
        `and about ${SHORT_NAME_READS_WELL} reads well on a phone`,
    });
  }
  // Threats and hate are nudged wherever they are aimed (PRODUCT.md §3), unless the pack switches them off.
  for (const category of ['threat', 'hate'] as const) {
    const rule = pack.rules[category];
    if (rule?.enabled !== true) {
      const what = category === 'threat' ? 'threats' : 'hateful posts';
      out.push({
        path: rule ? ['rules', category, 'enabled'] : ['rules'],
        message:
          `rules.${category} is ${rule ? 'off' : 'left out'}: ${what} will get no note at all for this school's users, wherever they are aimed ` +
          "(the settings page tells them this school's pack leaves them out)",
      });
    }
  }
  const staff = pack.staff ?? [];
  staff.forEach((name, i) => {
    const trimmed = name.trim();
    if (BARE_TITLE.test(trimmed)) {
      out.push({
        path: ['staff', i],
        message:
          `staff[${i}] "${name}" is a title with no name: it names no one, and every "${trimmed}" in a draft would be ` +
          'read as this member of staff; give the name with it, as people write it ("Mrs Okafor", "Mr Patel")',
      });
    } else if (!TITLE.test(trimmed) && trimmed.split(/\s+/).length === 1) {
      out.push({
        path: ['staff', i],
        message:
          `staff[${i}] "${name}" is one name without a title: a pupil or parent of that name would be read as staff, ` +
          `and a post about them as a post about a teacher; write it as people write it ("Mr ${trimmed}", "Mrs ${trimmed}")`,
      });
    }
  });
  out.push(...twice('staff', staff), ...twice('aliases', pack.aliases));
  const staffByKey = new Map<string, number>();
  staff.forEach((name, i) => {
    if (!staffByKey.has(nameKey(name))) staffByKey.set(nameKey(name), i);
  });
  pack.aliases.forEach((alias, i) => {
    const key = nameKey(alias);
    const words = key.replace(/'/g, '');
    const member = staffByKey.get(key);
    const why = EVERY_SCHOOL.has(words)
      ? 'what people call any school, not this one: it makes no draft more about this school'
      : ANY_HEAD.has(words)
        ? 'what people call the head of any school, not a name for this one: an alias should name the school'
        : ANY_CHILDS_SCHOOL.test(words)
          ? "what any parent calls their child's school, not a name for this one: an alias should name the school"
          : undefined;
    if (why) out.push({ path: ['aliases', i], message: `aliases[${i}] "${alias}" is ${why}` });
    else if (member !== undefined) {
      out.push({
        path: ['aliases', i],
        message: `aliases[${i}] "${alias}" is also staff[${member}]: an alias is a name for the school itself, and a member of staff belongs in staff alone`,
      });
    }
  });
  return out;
}

/** The entries of a list given again (as nameKey compares them), each repeat said where it stands. */
function twice(field: 'staff' | 'aliases', list: readonly string[]): PackWarning[] {
  const seen = new Map<string, number>();
  const out: PackWarning[] = [];
  list.forEach((entry, i) => {
    const key = nameKey(entry);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push({ path: [field, i], message: `${field}[${i}] "${entry}" is also ${field}[${first}]` });
  });
  return out;
}
