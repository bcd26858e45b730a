/**
 * Word lists shared by several rule files: who belongs to the school community, who does not, and the small
 * words the rules build on. Regex source strings over normalised text (lower-case, `'` apostrophes).
 */
import { any } from './regex';

/**
 * Titles before a person's name ("Mrs Patel", "mr bates", "Dr Okafor", "Madam Leroy"): the person is an adult, at
 * school a member of staff, never a child. One list for every reader of titles.
 */
export const TITLES: readonly string[] = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'madam', 'mme'];

/** Ways of naming a member of staff by their job (PRODUCT.md §3 "school words", issue #3 "staff by role"). */
export const STAFF_ROLE: readonly string[] = [
  'head ?teachers?',
  'heads? of (?:year|school|department|dept|maths|english|science|behaviour|pe|house|sixth form|ks ?[1-5]|key stage [1-5]|[a-z]+ department)(?: \\d+)?',
  'deputy(?: head(?: ?teacher)?)?',
  'deputies',
  'assistant heads?',
  'executive head(?: ?teacher)?',
  'principal',
  'vice[- ]principal',
  'teachers?',
  'teaching assistants?',
  'tas',
  'ta',
  'lsas?',
  'hltas?',
  'sendcos?',
  'sencos?',
  'slt',
  'senior leadership(?: team)?',
  'governors?',
  'chair of governors',
  'form tutors?',
  'class teachers?',
  'supply(?: teachers?)?',
  'cover (?:teacher|supervisor)s?',
  'dinner (?:lady|ladies|staff|team|man|men)',
  'lunch ?time (?:staff|supervisors?|ladies|lady)',
  'lunch (?:lady|ladies|staff)',
  'midday (?:staff|supervisors?|assistants?)',
  'kitchen staff',
  'school cook',
  'caretaker',
  'site manager',
  'business manager',
  'bursar',
  'attendance officer',
  'office (?:staff|ladies|lady|manager|team|woman|man)',
  'school office',
  'receptionist',
  'front desk',
  'pastoral (?:lead|team|manager|staff|worker)',
  'behaviour (?:lead|manager|team|mentor)',
  'safeguarding lead',
  'dsl',
  'learning mentor',
  'lollipop (?:man|lady|person)',
  'crossing patrol',
  'ceo',
  'school nurse',
  'librarian',
  '(?:pe|maths?|english|science|music|art|history|geography|re|french|spanish|german|drama|computing|ict|dt|food|reception|nursery|year \\d+|y\\d+) teachers?',
  // "the woman in the office", "that man on the gate": staff by where they work.
  '(?:the|that|this) (?:woman|man|lady|bloke|guy|fella|women|men|ladies) (?:in|on|at|from|behind|on duty at) (?:the )?(?:school )?(?:office|front desk|reception|desk|gates?|kitchen|canteen|dinner hall|hall|front door|main door)',
  // "his teacher", "my son's TA", "her form tutor".
  "(?:his|her|their|my (?:son|daughter|boy|girl|lad|child|kid|youngest|eldest)'?s|our (?:son|daughter|boy|girl|kid)'?s) (?:new |old |class |form |maths |english |pe |music |supply |cover |year \\d+ )?(?:teacher|tutor|ta|head of year|senco|sendco|key worker)",
];

/** Words that name the institution. */
export const INSTITUTION: readonly string[] = [
  'schools?',
  "school's",
  'academy',
  "academy's",
  'academies',
  'trust',
  "trust's",
  'the head',
  "the head's",
  'our head',
  'new head',
  'the office',
  'the staff',
  'the teachers',
  'leadership',
  'management',
  'detentions?',
  'isolation',
  '(?:behaviour|uniform|homework|phone|attendance|exclusion|sen|send) polic(?:y|ies)',
  'parents? ?evenings?',
  'inset days?',
  // School events: a draft about the nativity or sports day is about the school, even without its name.
  'nativity',
  'sports day',
  '(?:christmas|summer|spring|harvest|easter|leavers\'?) (?:concert|play|show|fair|fayre|festival|assembly|service|production)',
  'school (?:play|concert|show|trip|photos?|disco|fair|uniform|report|dinners?|meals?|lunches)',
  'assembly',
  'classroom',
  'in class',
  'lessons?',
  'residential',
  'open evening',
  'non-uniform day',
  'world book day',
  'swimming gala',
  'prom',
  'detention',
  'homework',
  'behaviour (?:system|chart|points?|policy)',
  'class (?:photos?|trip|party|assembly|teacher|rep|list|show|whatsapp|group chat|chat|page)',
  'breakfast club',
  'after[- ]school club',
  'playground',
  'dinner hall',
];

/** Children at the school, by year group or class ("Year 4", "Y6", "Reception", "4C"). */
export const YEAR_GROUP: readonly string[] = [
  'year \\d{1,2}s?',
  'yr ?\\d{1,2}s?',
  'y\\d{1,2}s?',
  'reception(?: class| kids| children)?',
  'nursery',
  'sixth form',
  'year group',
  'form group',
  'tutor group',
  "(?:son|daughter|child|kid|boy|girl|lad)'?s (?:class|form|year|classmates?|school)",
  'classmates?',
  'school (?:gates?|run|playground|field|trip|disco|play|fair|office|bus|car park)',
  'playground',
  'pick-?up',
  'drop-?off',
  '(?:at|outside|by|on) the (?:school )?gates?',
];

/** For a member of staff, the people their posts are about: pupils, parents, colleagues (001 §3.6). */
export const STAFF_AUDIENCE: readonly string[] = [
  'one of my \\w+',
  'my (?:class|pupils|students|tutor group|form|form group|year \\d+s|little ones|kids|lot|group|set)',
  'parents?',
  'mums?',
  'dads?',
  'colleagues?',
  'pupils?',
  'students?',
  'kids',
];

/** People and bodies outside the school that parents rant about (PRODUCT.md §2.4 "not the school"). */
export const OTHER_TARGET: readonly string[] = [
  'council',
  'councillors?',
  'government',
  'ofsted',
  'dfe',
  'ministers?',
  'mps?',
  'prime minister',
  'buses',
  'bus (?:company|driver|firm|service|stop)',
  'taxis?',
  'trains?',
  'shops?',
  'shopkeeper',
  'shop (?:manager|assistant|staff)',
  'takeaway',
  'chippy',
  'restaurant',
  'cafe',
  'pub',
  'supermarket',
  'leisure centre',
  'sports centre',
  'swimming pool',
  'gym',
  'holiday club',
  'after-?school club at the',
  'ref',
  'referee',
  'linesman',
  'stewards?',
  'opposition',
  '(?:parking |traffic )?wardens?',
  'roadworks',
  'traffic',
  'bin (?:lorry|men|collection)',
  'landlord',
  'letting agents?',
  'nhs',
  'gp',
  'doctors?',
  'dentist',
  'hospital',
  'a&e',
  'police',
  'airline',
  'royal mail',
  'couriers?',
  'delivery (?:driver|man|company)',
  'uniform shop',
  'energy company',
  'broadband',
  'neighbours?',
  'my (?:boss|work|job|manager|ex|husband|wife|partner)',
  'the match',
  'the other team',
];

/**
 * The lists the school-context pass reads word by word (context.ts, keyed.ts), in its order. Their files by first
 * word are computed ahead by `npm run rules` (context-keys.generated.ts).
 */
export const CONTEXT_LISTS: readonly (readonly string[])[] = [STAFF_ROLE, YEAR_GROUP, STAFF_AUDIENCE, INSTITUTION, OTHER_TARGET];

/** Someone saying outright that the post is not about the school, or that the school has been good. */
export const NOT_THE_SCHOOL_LIST = [
  "not (?:a |having a |meant as a )?(?:dig|go|moan|criticism|complaint|pop|swipe) at (?:the )?(?:school|teachers?|staff|them)",
  "not (?:the )?school'?s fault",
  "not (?:a |the )?(?:school|teachers?)'? fault",
  'nothing to do with (?:the )?school',
  'not school[- ]related',
  'not about (?:the )?school',
  "(?:the )?school (?:have|has|were|was|are|is) been (?:brilliant|great|amazing|fab|fantastic|lovely|fine|good|supportive|really good|excellent|helpful)",
  "(?:the )?school (?:have|has|were|was|are|is) (?:brilliant|great|amazing|fab|fantastic|lovely|fine|good|supportive|excellent|helpful)",
  '(?:our|my \\w+\'s) school (?:is|has been|\'s) (?:lovely|great|brilliant|amazing|fab|fine|fantastic)',
  "this is (?:about|aimed at) the (?:government|council|dfe|system)",
  "(?:that'?s|it'?s) the council'?s (?:job|fault|problem)",
];
export const NOT_THE_SCHOOL = any(NOT_THE_SCHOOL_LIST);

/** Words for a child of one's own that may come just before their name ("my son Leo", "my eldest, Isla"): names.ts. */
export const CHILD_BEFORE_NAME = 'son|daughter|boy|girl|lad|little one|youngest|eldest|oldest|grandson|granddaughter|stepson|stepdaughter|baby';
/** Who may write "mother of Zainab": the writer as a child's parent or carer (names.ts). */
export const PARENT_OF = 'mother|father|mum|mam|dad|parent|nan|grandma|grandad|carer';

/** First-person family words: the writer's own child (quiet by default, PRODUCT.md §2.4). */
const OWN_CHILD = [
  `my (?:${CHILD_BEFORE_NAME}|middle one|child|kid|kids|children|twins)`,
  'our (?:son|daughter|boy|girl|lad|little one|youngest|eldest|child|kid|kids|children)',
];

/**
 * The writer's own child, family and home, one list: the annotation's `own_child` mark (annotate.ts) and the
 * writer judging their own ("my son can be so lazy", complaint.ts @writer-on-themself) both read it.
 */
export const OWN_FAMILY = any([
  ...OWN_CHILD,
  'my (?:husband|wife|partner|fella|hubby|other half|mum|dad|nan|family|dog|cat)',
  'our (?:family|house)',
  '(?:my|our) (?:toddler|teen|teenager|tribe|little (?:man|monster|madam|terror)s?)',
]);

export const PERSON_PRONOUN = any(['he', 'she', 'they', 'him', 'her', 'them']);

/** Thanks and praise: a sentence saying these is not a complaint (PRODUCT.md §2.4). */
export const PRAISE = any([
  'thanks?',
  'thank you',
  'thankful',
  'grateful',
  'brilliant',
  'amazing',
  'fantastic',
  'wonderful',
  'lovely',
  'superb',
  'outstanding',
  'kind(?:ly|ness)?',
  'patient',
  'supportive',
  'helpful',
  'credit to',
  'well done',
  'proud',
  'legends?',
  'heroes',
  'hero',
  'stars?',
  'superstars?',
  'saints?',
  'bless (?:them|her|him|you)',
  'couldn.?t (?:ask|wish) for (?:a )?better',
]);
