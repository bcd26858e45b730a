/**
 * Children's names in a draft. A parent naming their own child is quiet by default (PRODUCT.md §2.4); naming
 * other families' children is not (002, 003 §4, 004, 001 §4.1). Names are told apart from ordinary words by
 * their capital letter in the original text and by the slot they sit in ("Kai in Year 3", "Freya's mum").
 */
import type { DraftContext } from './context';
import { CHILD_BEFORE_NAME, PARENT_OF, TITLES } from './lexicon';
import { isLetterCode } from './fold';
import { LastMemo } from './last-memo';
import { COMMON } from './phrases/needs';

/** Capitalised words that are not children's names. */
const NOT_NAMES = new Set(
  (
    'i a an the and but or so if my our your his her their its we you he she they it this that these those ' +
    `${TITLES.join(' ')} mum mam dad nan nana gran grandma grandad grandpa aunt auntie uncle ` +
    'god jesus lord father mother sister brother son daughter baby kids kid child children boy girl lad ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december christmas easter halloween eid diwali ramadan ' +
    'year reception nursery class school academy trust primary secondary head teacher office sats pe re ' +
    'thanks thank well done happy congratulations congrats love please hope hello hi dear just also ' +
    'what when where who why how yes no not never ok okay oh aww wow lol omg ps psa btw ' +
    'english maths science french spanish history geography art music drama computing ' +
    'facebook twitter instagram tiktok whatsapp youtube google snapchat x ' +
    'little big star best the new old first last one two three ' +
    'british uk england english scottish welsh irish polish ' +
    'ofsted slt senco ta pta dfe send ehcp camhs adhd asd ' +
    'gate room block plan group team grade level site door floor bay zone section hall field building car ' +
    'vitamin type option platform stage step part key table set house form unit wing road street lane ' +
    'homework lunch breakfast dinner tea swimming football netball rugby cricket hockey tennis gymnastics dance ' +
    'assembly trip club choir orchestra band disco fair fete raffle tombola bake sale sports day term half ' +
    'phonics reading writing spelling spellings times tables sats gcse gcses mocks exams exam test tests ' +
    'everyone everybody someone somebody anyone anybody nobody none all some most many few both each every ' +
    'today tonight tomorrow yesterday morning afternoon evening night week weekend ' +
    'pta ptfa fundraiser uniform pe kit bag coat jumper blazer shoes lost found ' +
    'santa father christmas elf angel shepherd king queen prince princess donkey narrator ' +
    'head headteacher deputy senco sendco teacher teachers staff governor governors ceo trust academy ' +
    'sorry please thanks cheers bless love xx x lol haha omg wow yay boo ugh hmm eh ' +
    'apparently honestly seriously literally basically obviously clearly surely hopefully finally ' +
    'heads up reminder update news notice warning important urgent ' +
    // What a class makes or gets, first in a sentence: "Photos from Northwick's Year 6 trip", "Results from Year 11".
    'photo photos pic pics pictures video videos results letter letters poem poems artwork drawings paintings ' +
    'projects reports certificates awards leavers parents families'
  ).split(' '),
);

/**
 * Words that sit where a name would ("whole year 4", "the rest of year 6", "twins in reception") and that, without a
 * capital to tell them apart, read as names: asked only by `anyCase` (a strict school's reading, even-in-praise.ts).
 */
const NOT_NAMES_ANY_CASE = new Set(
  (
    'whole entire rest lot lots half bunch couple pair most loads ones mine yours ours theirs twins triplets friends ' +
    'friend mates mate pupils pupil students student boys girls lads lasses kiddo kiddos babies toddlers people ' +
    'bestie besties buddy buddies pal pals teams everyone else anyone nobody somebody top bottom end'
  ).split(' '),
);

/**
 * Without capitals, a name is told by where it sits: after a greeting or praise ("well done ruby", "big up kofi",
 * "happy birthday to isla"), or first in its sentence or clause ("lol oscar in year 1 told…"), not after a word that
 * makes it an ordinary one ("got suspended in year 10", "the holocaust in year 9", "new starters in my son's class").
 */
const LOWER_CASE_LEAD =
  /(?:^|[.!?,;:()\n\u2013\u2014-] *|\b(?:done|up|to|congrats|congratulations|birthday|bday|thanks|thank you|cheers|love|shoutout|little|lil|wee|and|lol|omg|haha+|aw+|bless|x+|hi|hey|hiya) )$/;

/** The words before a name at `start`; a double name ("mia-rose") is led by what comes before its first part. */
function leadOf(text: string, start: number): string {
  let at = start;
  if (text[at - 1] === '-') {
    at--;
    while (at > 0 && (text[at - 1] as string) >= 'a' && (text[at - 1] as string) <= 'z') at--;
  }
  return text.slice(Math.max(0, at - 40), at);
}

/** Whether a draft was typed with no capital letter at all, so capitals cannot tell its names ("well done ruby in yr 4"). */
const lowerCaseMemo = new LastMemo<DraftContext, boolean>();
export function typedInLowerCase(draft: DraftContext): boolean {
  const known = lowerCaseMemo.get(draft);
  if (known !== undefined) return known;
  let lower = true;
  for (let i = 0; i < draft.text.length && lower; i++) if (draft.capitalAt(i)) lower = false;
  lowerCaseMemo.set(draft, lower);
  return lower;
}

/**
 * Just before a name: the writer's own ("my", "my son", "mother of"), a child word, or "called" / "named". A child
 * word after someone else's ("Mrs Patel's son Jake", "her daughter Mia") is not the writer's own.
 */
const OWN_LEAD = new RegExp(
  `(?:\\bmy|\\bour|\\bmy (?:${CHILD_BEFORE_NAME})|(?<!(?:'s|\\bhis|\\bher|\\btheir|\\byour) )\\b(?:son|daughter|grandson|granddaughter|boy|girl|lad)|\\b(?:${PARENT_OF}) of|\\bcalled|\\bnamed) $`,
);
/** "my Isla", "my son Leo", "mother of Zainab", "our lovely Mia": the name is group 1. */
const OWN_NAMED = new RegExp(`\\b(?:my|our|(?:${PARENT_OF}) of)(?: (?:${CHILD_BEFORE_NAME}|little|gorgeous|lovely|beautiful|amazing|clever))*,? ([a-z]+)`, 'g');

/**
 * "my twins", "our two", "my kids": the names listed after it are all the writer's own. Not "our kids" or "our girls",
 * which a parent also says of the school's pupils or team ("well done to our girls, Ava, Mia and Zara").
 */
const OWN_GROUP =
  /\b(?:my (?:two|three|four|twins|triplets|kids|boys|girls|children|little ones|babies|grandkids|grandchildren)|our (?:two|three|four|twins|triplets|little ones|babies))\b[,:]?/g;
/** One word of such a list (group 1), after the space before it; then an initial that may follow a name ("Leo B"). */
const LISTED_NAME = /^ ([a-z][a-z'-]+)\b/;
const LISTED_INITIAL = /^ [a-z]\b\.?/;
/** Between two names of the list: ", ", " and ", " & ", " n ", ", and ". */
const LIST_JOINT = /^(?:,? (?:and|&|n)(?= )|,)/;

const ownCache = new LastMemo<DraftContext, Set<string>>();

/** Names the writer marks as their own child ("my Isla", "my son Leo", "mother of Zainab"). */
export function ownNames(draft: DraftContext): Set<string> {
  const cached = ownCache.get(draft);
  if (cached) return cached;
  const own = new Set<string>();
  const re = OWN_NAMED;
  const text = draft.text;
  re.lastIndex = 0;
  // The name is the match's last word, all its letters, a space before it: read back from where the match ends,
  // without a match array and a captured string for every "my …" of a long draft.
  while (re.test(text)) {
    const end = re.lastIndex;
    let at = end;
    while (at > 0 && isLetterCode(text.charCodeAt(at - 1))) at--;
    if (draft.capitalAt(at) || typedInLowerCase(draft)) own.add(text.slice(at, end));
  }
  // The writer's own children in a list: "our twins Max & Millie", "my kids Ava, Leo and Jude", "my boys Leo B and
  // Sam B". Only after a plural ("my son Leo and Jake B" names one's own son and another child), only names (a
  // capital, no common word: "my two cents, Jake B…" lists none), and the list ends at the first word that is not one.
  const group = OWN_GROUP;
  group.lastIndex = 0;
  while (group.test(text)) {
    let at = group.lastIndex;
    for (let names = 0; names < 5; names++) {
      const next = LISTED_NAME.exec(text.slice(at, at + 40));
      const name = next?.[1];
      if (next === null || name === undefined) break;
      const start = at + next[0].length - name.length;
      if (!looksLikeName(draft, start, start + name.length)) break;
      own.add(name);
      at += next[0].length;
      const initial = LISTED_INITIAL.exec(text.slice(at, at + 4));
      if (initial && draft.capitalAt(at + 1)) at += initial[0].length;
      const joint = LIST_JOINT.exec(text.slice(at, at + 7));
      if (!joint) break;
      at += joint[0].length;
    }
  }
  ownCache.set(draft, own);
  return own;
}

/**
 * Whether the word at normalised [start, end) looks like a person's first name. `anyCase`: in a draft typed without
 * capitals, a word in a name's slot that is no common word counts too (a strict school's reading only).
 */
export function looksLikeName(draft: DraftContext, start: number, end: number, anyCase = false): boolean {
  // Title case in the original: a capital then at least one lower-case letter ("Kai", not "KAI" or "kai").
  // Checked first: it is the cheapest test and rules out most words.
  if (end - start < 2) return false;
  const lower = anyCase && typedInLowerCase(draft);
  if (!lower && (!draft.capitalAt(start) || draft.capitalAt(start + 1))) return false;
  const word = draft.text.slice(start, end);
  if (!/^[a-z][a-z'-]*$/.test(word) || NOT_NAMES.has(word)) return false;
  if (anyCase && (NOT_NAMES_ANY_CASE.has(word) || COMMON.has(word))) return false;
  if (lower && !LOWER_CASE_LEAD.test(leadOf(draft.text, start))) return false;
  // First word of a sentence: every word is capitalised there, so a word that reads as an ordinary English
  // word by its ending is not taken for a name ("Swimming in Year 4", "Reading with Year 2").
  const before = draft.text.slice(Math.max(0, start - 3), start);
  if (start === 0 || /[.!?\n]\W*$/.test(before) || /^\W*$/.test(before)) {
    if (/(?:ing|tion|ness|ment|ful|less|able|ible|ous)$/.test(word) && word.length > 5) return false;
  }
  return true;
}

/** A title just before a word: the word is a member of staff's name. */
const TITLE_BEFORE = new RegExp(`\\b(?:${TITLES.join('|')})\\.? $`);

/** A name someone else's child goes by: looks like a name and is not marked as the writer's own. */
export function isOtherChild(draft: DraftContext, start: number, end: number, anyCase = false): boolean {
  if (!looksLikeName(draft, start, end, anyCase)) return false;
  const word = draft.text.slice(start, end);
  if (ownNames(draft).has(word)) return false;
  const before = draft.text.slice(Math.max(0, start - 40), start);
  if (OWN_LEAD.test(before)) return false;
  // A title makes it a member of staff ("Mrs Patel"), not a child.
  if (TITLE_BEFORE.test(before)) return false;
  // Part of the school's own name ("Bexton Primary").
  if (draft.insideSchoolRef(start, end)) return false;
  // The first word of a place, club or organisation ("Hillside Park", "Ashford Rovers", "Westfield Primary").
  const after = PLACE_WORD.exec(draft.text.slice(end, end + 14));
  return !(after && draft.capitalAt(end + 1));
}

/** Words that make a capitalised word before them a place, club or organisation rather than a person. */
const PLACE_WORD =
  /^ (?:park|primary|infants?|juniors?|academy|school|high|college|university|town|city|united|rovers|rangers|athletic|wanderers|fc|county|council|library|leisure|centre|center|hall|road|street|lane|avenue|way|green|hill|village|church|chapel|mosque|temple|hospital|zoo|farm|museum|gardens?)\b/;

/**
 * Where a named child's finding starts: a marked surname takes the given name just before it ("Jake Smith in 5B",
 * not "Smith"), so the highlight and "We noticed" show the whole name. Only a capitalised name-like word right before
 * a capitalised one: "After Smith…" is not taken (a common word), nor "Mrs Smith" (a title).
 */
export function withGivenName(draft: DraftContext, start: number): number {
  const text = draft.text;
  // The first part of a double-barrelled name the mark began after ("Smith-Jones" marked from "Jones").
  start = withFirstPart(draft, start);
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || !draft.capitalAt(start)) return start;
  let from = start - 1;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  // A whole word: nothing before it, or no letter, digit, apostrophe ("o'brien" is one word), @ or # (a handle);
  // a hyphen joins it to the first part of a double given name ("Mary-Jane").
  if (from === start - 1 || (from > 0 && /[a-z0-9'@#]/.test(text.charAt(from - 1)))) return start;
  const word = text.slice(from, start - 1);
  if (COMMON.has(word) || LEADS.has(word) || draft.insideSchoolRef(from, start - 1)) return start;
  return looksLikeName(draft, from, start - 1) ? withFirstPart(draft, from) : start;
}

/** Where a capitalised name part at `start` begins with the part a hyphen joins before it ("Mary-Jane", "Smith-Jones"). */
function withFirstPart(draft: DraftContext, start: number): number {
  const text = draft.text;
  if (start < 3 || text.charCodeAt(start - 1) !== 45 || !draft.capitalAt(start)) return start;
  let from = start - 1;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  if (from === start - 1 || !draft.capitalAt(from) || (from > 0 && /[a-z0-9'@#-]/.test(text.charAt(from - 1)))) return start;
  return from;
}

/**
 * Capitalised words that run straight into a name without being part of it: a sentence's lead-in ("After Smith hit
 * him", "Heard Jessica…", "Poor Kyle"), a greeting, or a place ("St", "North").
 */
const LEADS = new Set(
  (
    'after before since until till while whilst because cos though although unless whether once then now again still ' +
    'yet even ever already soon later maybe perhaps sadly luckily thankfully unfortunately meanwhile whoever whatever ' +
    'poor young little wee old dear sweet lovely bless brave clever naughty cheeky ' +
    'heard hear saw seen see told tell ask asked meet met sent send take took give gave let make made get got ' +
    'watched caught confiscated found called hey oi hiya hi ar st saint north south east west sacred'
  ).split(' '),
);

