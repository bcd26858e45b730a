/**
 * Naming or discussing other families' children (002 "Naming children or posting any comments about children
 * who attend any of the schools", 003 §4 "Not naming any pupils or staff in a negative context", 004, 001 §4.1
 * "identify by name any children"). Praise counts too: 002 asks parents not to name other people's children at
 * all. One's own child by name stays quiet (PRODUCT.md §2.4).
 */
import { isOtherChild } from '../names';
import { groupSpan, re } from '../rule';
import type { DraftContext } from '../context';
import type { Hit, Rule } from '../rule';

const message = "This names or discusses another family's child. The school asks parents not to.";
const source = '002; 003 §4; 004; 001 §4.1';

/** The `name` group must be someone else's child. */
function namedOther(hit: Hit, draft: DraftContext): boolean {
  const at = groupSpan(hit, 'name');
  return at ? isOtherChild(draft, at[0], at[1]) : false;
}

const CLASS_SLOT =
  "(?:year \\d{1,2}|yr ?\\d{1,2}|y\\d{1,2}|reception|nursery|class \\d?[a-z]?\\b|\\d[a-z]\\b|my (?:son|daughter|boy|girl|lad|child|kid)'?s? (?:class|group|form|year|set|team)|the same (?:class|group|form|year|set)|his (?:class|group|form|year)|her (?:class|group|form|year)|(?:my|our) (?:class|group|form|set)|the (?:\\w+ )?(?:class|group|set|team) (?:above|below))";

const DIGITS = ['0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*'];
const Y_CODES = ['yr*', 'y0*', 'y1*', 'y2*', 'y3*', 'y4*', 'y5*', 'y6*', 'y7*', 'y8*', 'y9*'];
/** Words a class slot is built on ("in Year 4", "from 5C", "in my daughter's set"). */
const CLASS_TRIGGERS = ['year', 'reception', 'nursery', 'class', 'group', 'form', 'set', 'team', ...Y_CODES, ...DIGITS, 'brother', 'sister', 'cousin', 'mate', 'friend'];

const initialCache = new WeakMap<DraftContext, Set<number>>();

/** Sentences holding a lone capital letter other than "I" and "A" (a surname initial: "Noah T"). */
function initialSentences(draft: DraftContext): Set<number> {
  let found = initialCache.get(draft);
  if (!found) {
    found = new Set();
    const text = draft.text;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 98 || c > 122 || c === 105 || !draft.capitalAt(i)) continue;
      const before = text.charCodeAt(i - 1);
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      if (before === 32 && !(after >= 97 && after <= 122)) found.add(draft.sentenceOf(i));
    }
    initialCache.set(draft, found);
  }
  return found;
}

/** Trouble told of a child: what makes pointing them out a complaint about them. */
const COMPLAINT_CUE =
  /\b(?:again|keeps?|always|one more time|hit|hits|hitting|bit|bites|biting|bull(?:y|ies|ying|ied)|kick\w*|punch\w*|push\w*|shov\w*|stole|steal\w*|nick\w*|swore|swear\w*|spat|spit\w*|threat\w*|nasty|horrible|feral|menace|trouble|police|near my|pick(?:s|ed|ing)? on|picking|laugh\w* at|mock\w*|scratch\w*|pinch\w*|hurt\w*|attack\w*)\b/;

export const namingChildRules: readonly Rule[] = [
  {
    id: 'naming_child.name-and-class',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    triggers: CLASS_TRIGGERS,
    patterns: [
      // The slot is matched first and the name looked back for: scanning for "in"/"from" is far cheaper than
      // trying every word as a name.
      re(
        "\\b(?:in|from|into|out of)(?<=\\b(?<hit>(?<name>[a-z]+))(?: [a-z])?(?:,| is| who is| who'?s|'s| was| who was)? (?:back |still |now )?(?:in|from|into|out of)) ",
        CLASS_SLOT,
      ),
      re(",(?<=\\b(?<hit>(?<name>[a-z]+))(?: [a-z])?,) ", CLASS_SLOT),
      re("\\((?<=\\b(?<hit>(?<name>[a-z]+))(?: [a-z])? \\()(?:", CLASS_SLOT, '|[^)]{0,20}\\b(?:brother|sister|cousin|mate|friend)\\b[^)]{0,10})\\)'),
    ],
    check: namedOther,
    cases: {
      fires: [
        'Olivia in Year 4 has been telling everyone my daughter smells.',
        'Huge well done to Ethan from 5C for his football trophy!',
        'Can everyone look out for Noah (Year 1), he was upset at pick-up.',
      ],
      quiet: ['My son Ethan in Year 4 loved the trip.', 'Father of Yusuf in Year 1 here, huge thanks to his teachers.', 'Swimming in Year 4 starts next week.'],
    },
  },
  {
    id: 'naming_child.name-and-initial',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    // "Kai B", "Amelia H's mum": a first name with a surname initial singles out one child.
    // The lone letter is found first, then the name looked back for ("i" and "a" are words, not initials); only
    // sentences with a lone capital letter are read at all.
    where: (sentence, draft) => initialSentences(draft).has(sentence),
    patterns: [re("(?<![a-z])[b-hj-z](?:'s)?(?![a-z])(?<=(?<![a-z])(?<hit>(?<name>[a-z]{2,}) (?<initial>[b-hj-z]))(?:'s)?)")],
    check: (hit, draft) => {
      const initial = groupSpan(hit, 'initial');
      if (!initial || !draft.capitalAt(initial[0])) return false;
      const letter = draft.text[initial[0]];
      if (letter === 'i' || letter === 'a') return false;
      return namedOther(hit, draft);
    },
    cases: {
      fires: ['Whoever Noah T is, he needs to stop hitting kids in the playground at school.'],
      quiet: ['Our school coach leaves at 9 from Gate B.', 'My Noah got a headteacher award at school!'],
    },
  },
  {
    id: 'naming_child.family-of-child',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    triggers: ['mum', 'mam', 'dad', 'mother', 'father', 'parents', 'family', 'brother', 'sister', 'nan', 'gran', 'grandma', 'grandad', 'carer', 'big', 'little', 'mate', 'best', 'friend', 'twin', 'stepdad', 'stepmum'],
    patterns: [
      re(
        "'s (?<=\\b(?<hit>(?<name>[a-z]+))(?: [a-z])?'s )(?:mum|mam|dad|mother|father|parents|family|brother|sister|nan|gran|grandma|grandad|carer|big brother|big sister|little brother|little sister|mate|best mate|friend|best friend|twin|stepdad|stepmum)\\b",
      ),
    ],
    check: namedOther,
    cases: {
      fires: ["Apparently Lily's dad has moved out, that's why she has been so quiet at school."],
      quiet: ["My Lily's teacher said she had a great week at school.", "Mrs Khan's class did a lovely assembly."],
    },
  },
  {
    id: 'naming_child.child-of-named-parent',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    // A child pointed out through a named parent, in a complaint: "Gemma Hart's boy keeps kicking mine".
    triggers: ['lad', 'lads', 'boy', 'boys', 'girl', 'girls', 'son', 'sons', 'daughter', 'daughters', 'kid', 'kids', 'youngest', 'eldest', 'twins'],
    patterns: [
      re("'s (?<=\\b(?<hit>(?<name>[a-z]+))'s )(?:little |eldest |youngest |middle )?(?:lads?|boys?|girls?|sons?|daughters?|kids?|youngest|eldest|twins)\\b"),
    ],
    check: (hit, draft) => namedOther(hit, draft) && COMPLAINT_CUE.test(draft.sentenceText(hit.sentence)),
    cases: {
      fires: ["If Gemma Hart's boy kicks my son at football club one more time, I'm going to the school."],
      quiet: ["My friend Priya's daughter starts in Reception with mine, so lovely.", "Mrs Khan's son and mine sit together in maths."],
    },
  },
  {
    id: 'naming_child.shout-out',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    roles: ['parent'],
    triggers: ['well', 'congratulations', 'congrats', 'happy', 'shout', 'shoutout', 'love', 'prayers', 'praying', 'thoughts', 'thinking', 'get', 'good', 'hats', 'special', 'sending', 'big', 'proud', 'bravo', 'go'],
    patterns: [
      re(
        "\\b(?:well done|congratulations|congrats|happy (?:\\d\\w* )?birthday|shout ?out|love to|prayers for|praying for|thoughts (?:are )?with|thinking of|get well soon|good luck|hats off to|special mention|sending (?:all )?(?:our |my )?(?:love|hugs|best wishes) to|big up|so proud of|bravo|go on)(?: to| for)?(?: little| the lovely| sweet| gorgeous| brave| clever| our| my friend'?s)? (?<hit>(?<name>[a-z]+))\\b",
      ),
    ],
    check: namedOther,
    cases: {
      fires: ['Happy birthday to Sophie in Year 1, have a brilliant day!', 'Well done Harry for getting into the school choir.', 'Thinking of little Maya at school today, brave girl.'],
      quiet: ['Well done to my Harry for his school swimming badge!', 'Happy birthday Mrs Lowe, the best teacher in school.'],
    },
  },
  {
    id: 'naming_child.pupil-by-name',
    category: 'naming_child',
    message: 'This names a pupil. The staff code asks you not to identify children on personal accounts.',
    source: '001 §3.6, §4.1',
    scope: 'anywhere',
    roles: ['staff'],
    triggers: ['in', 'from', 'of', 'tell', 'little', 'proud', 'done', 'aww', 'aw', 'is', 'was', 'as', 'told', 'asked', 'said', 'showed', 'gave', 'has', 'drew', 'made', 'wrote', "'s", 'pride', 'congratulations', 'congrats', 'shout', 'shoutout', 'hats'],
    patterns: [
      re("\\b(?:in|from)(?<=\\b(?<hit>(?<name>[a-z]+)) (?:in|from)) (?:my|our) (?:class|group|form|set|tutor group|year \\d+s?|reception class)"),
      re("\\b(?:in|from)(?<=\\b(?<hit>(?<name>[a-z]+)) (?:in|from)) (?:year|y\\d|class|reception)"),
      re("\\b(?:one of my [a-z0-9 ]{1,20}s?, |tell |little |(?:so |really |very |incredibly |super |immensely )?proud of |pride (?:for|in) |well done(?: to)?,? |congratulations(?: to)?,? |congrats(?: to)?,? |shout[- ]?out to |hats off to |aww?,? )(?<hit>(?<name>[a-z]+))\\b"),
      re("\\b(?:is|was|been)(?<=\\b(?<hit>(?<name>[a-z]+))(?: is| was| has been|'s been)) (?:one of the|such a|the|a real|an absolute) (?:\\w+est|sweetest|superstar|star|delight|pleasure|joy|handful|credit|character|legend)"),
      re("\\bas(?<=\\b(?<hit>(?<name>[a-z]+)) as) (?:the|a|an) (?:donkey|angel|shepherd|king|star|narrator|innkeeper|wolf|lead|sheep|mary|joseph|wise man|villain|princess|prince|baby jesus|main part|lead role|\\w+ in the play)"),
      re("\\b(?:told|asked|said to|showed|gave|drew|made|wrote)(?<=\\b(?<hit>(?<name>[a-z]+)) (?:told|asked|said to|showed|gave|drew|made|wrote)) me\\b"),
    ],
    check: namedOther,
    cases: {
      fires: [
        'So proud of Maya in my class today, she read aloud in assembly.',
        'Dylan in Year 5 told me I look like his grandad.',
        'Huge congratulations to Kofi and Ellie for their county cross-country medals!',
      ],
      quiet: ['So proud of my class today, every one of them read aloud.', 'Congratulations to everyone who took part in the quiz.'],
    },
  },
  {
    id: 'naming_child.other-child-described',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    triggers: ['boy', 'girl', 'lad', 'kid', 'child', 'lass', 'year', 'reception', ...Y_CODES, 'whoever', "whoever's"],
    patterns: [
      re(
        "\\b(?<hit>(?:the|that|this) (?:boy|girl|lad|kid|child|lass|little boy|little girl)(?: (?:with|who|wearing) [a-z' ]{1,25}?)? (?:in|from) (?:year \\d{1,2}|y\\d{1,2}|reception|my (?:son|daughter)'?s (?:class|year|group)|his class|her class|\\d[a-z]\\b))",
      ),
      re("\\b(?<hit>(?:that|this|the) (?:year \\d{1,2}|y\\d{1,2}|reception) (?:lad|kid|boy|girl|lass|child))(?![a-z])"),
      re("\\b(?<hit>whoever'?s (?:kid|child|son|daughter|lad) )"),
      re("\\b(?<hit>(?:the|that) (?:kid|lad|boy|girl|child) who(?:'s| has| keeps| is| was)? (?:been )?(?:kicked off|kicking off|set off|keeps|threw|hit|bit|bullied|bullying|smashed|took|stole|stealing|pushed|pushing|punched|hurt|swore|spat|ran|started|broke))"),
      re("\\b(?<hit>a (?:boy|girl|lad|kid|child) in (?:my (?:son|daughter)'?s class|his class|her class|year \\d{1,2}) \\()"),
    ],
    cases: {
      fires: ['The girl in Year 5 who keeps stealing from lockers needs excluding from school.', 'That Y7 lad on the school bus is a menace.'],
      quiet: ['A girl in my daughter’s class invited us to a party, so lovely.'],
    },
  },
  {
    id: 'naming_child.named-in-photo',
    category: 'naming_child',
    message,
    source,
    scope: 'school',
    triggers: ['doing', 'trying', 'dancing', 'singing', 'pulling', 'playing', 'in', 'on', 'at', 'with', 'holding', 'waving', 'pulling', 'sat', 'sitting', 'standing', 'stood', 'next'],
    // In a post sharing photos or video, the children pictured are named by what they are doing.
    patterns: [
      re(
        "\\b(?:doing|trying|dancing|singing|pulling|playing|in the middle|on the (?:left|right|end)|at the (?:back|front)|with the|holding|waving|sat|sitting|standing|stood|next to)(?<=\\b(?<hit>(?<name>[a-z]+)) (?:doing|trying|dancing|singing|pulling|playing|in the middle|on the (?:left|right|end)|at the (?:back|front)|with the|holding|waving|sat|sitting|standing|stood|next to))\\b",
      ),
    ],
    check: (hit, draft) => /\b(?:pics?|photos?|pictures?|videos?|vids?|footage|clips?|snaps?)\b/.test(draft.text) && namedOther(hit, draft),
    cases: {
      fires: ['Photos from the school disco! Charlie doing the robot and Mia on the left, bless them.'],
      quiet: ['Photos from the school disco! My Charlie doing the robot, bless him.'],
    },
  },
];
