/**
 * Word lists shared by several rule files: who belongs to the school community, who does not, and the
 * small words the rules build on. Regex source strings over normalised text (lower-case, `'` apostrophes).
 */
import { any } from './rule';

/** The school itself and the people who work there, by role (PRODUCT.md §3 "school words"). */
export const STAFF_ROLE = any([
  'head ?teachers?',
  'heads? of (?:year|school|department|dept|maths|english|science|behaviour|pe|house|sixth form|ks ?[1-5]|key stage [1-5]|[a-z]+ department)(?: \\d+)?',
  'deputy(?: head(?: ?teacher)?)?',
  'assistant heads?',
  'executive head(?: ?teacher)?',
  'principal',
  'vice[- ]principal',
  'teachers?',
  'teaching assistants?',
  'tas',
  'ta',
  'lsas?',
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
  'dinner (?:lady|ladies|staff|team)',
  'lunchtime (?:staff|supervisors?)',
  'midday (?:staff|supervisors?)',
  'caretaker',
  'site manager',
  'business manager',
  'office (?:staff|ladies|lady|manager|team)',
  'school office',
  'receptionist',
  'front desk',
  'pastoral (?:lead|team|manager|staff)',
  'safeguarding lead',
  'dsl',
  'learning mentor',
  'lollipop (?:man|lady)',
  'ceo',
  '(?:pe|maths?|english|science|music|art|history|geography|re|french|spanish|german|drama|computing|ict|dt|food|reception|nursery|year \\d+|y\\d+) teachers?',
]);

/** Words that name the institution. */
export const INSTITUTION = any([
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
]);

/** Children at the school, by year group or class ("Year 4", "Y6", "Reception", "4C"). */
export const YEAR_GROUP = any([
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
  'school (?:gates?|run|playground|field|trip|disco|play|fair|office|bus)',
  'playground',
  'pick-?up',
  'drop-?off',
  '(?:at|outside|by|on) the (?:school )?gates?',
]);

/** For a member of staff, the people their posts are about: pupils, parents, colleagues (001 §3.6). */
export const STAFF_AUDIENCE = any([
  'one of my \\w+',
  'my (?:class|pupils|students|tutor group|form|form group|year \\d+s|little ones|kids|lot|group|set)',
  'parents?',
  'mums?',
  'dads?',
  'colleagues?',
  'pupils?',
  'students?',
  'kids',
]);

/** People and bodies outside the school that parents rant about (PRODUCT.md §2.4 "not the school"). */
export const OTHER_TARGET = any([
  'council',
  'government',
  'ofsted',
  'dfe',
  'minister',
  'mps?',
  'buses',
  'bus (?:company|driver|firm|service)',
  'arriva',
  'stagecoach',
  'taxi',
  'trains?',
  'shops?',
  'shop manager',
  'takeaway',
  'restaurant',
  'cafe',
  'supermarket',
  'co-op',
  'tesco',
  'asda',
  'leisure centre',
  'sports centre',
  'gym',
  'holiday club',
  'ref',
  'referee',
  'stewards?',
  '(?:parking |traffic )?warden',
  'roadworks',
  'traffic',
  'bin lorry',
  'landlord',
  'nhs',
  'gp',
  'dentist',
  'hospital',
  'a&e',
  'police',
  'airline',
  'royal mail',
  'courier',
  'delivery',
  'uniform shop',
  'parish',
  'priest',
  'church',
  'neighbours?',
  'my boss',
  'my work',
  'the match',
  'the team',
  'energy company',
  'broadband',
]);

/** Someone saying outright that the post is not about the school, or that the school has been good. */
export const NOT_THE_SCHOOL = any([
  "not (?:a |having a )?(?:dig|go|moan|criticism|complaint|pop) at (?:the )?(?:school|teachers?|staff|them)",
  "not (?:the )?school'?s fault",
  "not (?:a |the )?(?:school|teachers?)'? fault",
  'nothing to do with (?:the )?school',
  'not school[- ]related',
  'not about (?:the )?school',
  "(?:the )?school (?:have|has|were|was|are|is) been (?:brilliant|great|amazing|fab|fantastic|lovely|fine|good|supportive|really good)",
  "(?:the )?school (?:have|has|were|was|are|is) (?:brilliant|great|amazing|fab|fantastic|lovely|fine|good|supportive)",
  'our school is (?:lovely|great|brilliant|amazing|fab|fine)',
  "this is (?:about|aimed at) the (?:government|council|dfe|system)",
  "that'?s the council'?s job",
]);

/** First-person family words: the writer's own child (quiet by default, PRODUCT.md §2.4). */
export const OWN_CHILD = any([
  'my (?:son|daughter|boy|girl|lad|little one|youngest|eldest|oldest|middle one|child|kid|kids|children|twins|grandson|granddaughter|stepson|stepdaughter|baby)',
  'our (?:son|daughter|boy|girl|lad|little one|youngest|eldest|child|kid|kids|children)',
]);

export const PERSON_PRONOUN = any(['he', 'she', 'they', 'him', 'her', 'them']);
