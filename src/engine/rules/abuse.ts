/**
 * Abusive, insulting or offensive remarks about specific staff, pupils or parents; cyber-bullying and
 * harassment (000 §3.4.4–5 "abusive comments", "negative/offensive comments"; 002; 003 §3 "abusive, harassing
 * or inappropriate comments regarding any student, parent/carer or member of staff"; 004 "Cyber Bullying").
 * Only about the school community: calling a takeaway manager a scumbag is not the school's business.
 */
import type { DraftContext } from '../context';
import { any, masked, re, test } from '../rule';
import { reportedOrRejected } from '../speech';
import type { Hit, Rule } from '../rule';
import { PREJUDICE_RULE_IDS } from './hate';

const message = 'This insults someone in the school community.';
const source = '000 §3.4.4–5; 002; 003 §3; 004';

/** Insults that are insults whoever they are aimed at. Masked spellings ("w**ker", "a$$") match too. */
const INSULT_WORDS = [
  'idiot',
  'moron',
  'prat',
  'twat',
  'dickhead',
  'knobhead',
  'bitch',
  'bastard',
  'cunt',
  'wanker',
  'tosser',
  'arsehole',
  'asshole',
  'jobsworth',
  'cretin',
  'imbecile',
  'halfwit',
  'dimwit',
  'numpty',
  'muppet',
  'plonker',
  'pillock',
  'bellend',
  'scumbag',
  'lowlife',
  'slag',
  'slut',
  'skank',
  'thug',
  'brat',
  'weasel',
  'hypocrite',
  'loser',
  'clown',
  'nutter',
  'psycho',
  'creep',
  'parasite',
  'gobshite',
  'shithead',
  'dipstick',
  'twit',
  'berk',
  'prick',
  'buffoon',
  'busybody',
  'battleaxe',
  'battle-axe',
  'old bag',
  'waste of space',
  'waste of oxygen',
  'waste of skin',
  'waste of a salary',
  'piece of work',
  'piece of shit',
  'little hitler',
  'jumped-up',
  'jumped up',
  'toerag',
  'scrote',
  'sod',
  'coward',
  'two-faced',
  'backstabber',
];
const INSULT = any(INSULT_WORDS.map((w) => masked(w).replace(/ /g, '[ -]?')));

/** Words that insult only as a description of a person ("a miserable cow", "a proper witch", "a bully"). */
const PERSON_NOUN = any([
  'cow',
  'witch',
  'pig',
  'rat',
  'snake',
  'hag',
  'joke',
  'disgrace',
  'plank',
  'donkey',
  'troll',
  'bully',
  'liar',
  'fool',
  'dragon',
  'dinosaur',
  'sheep',
  'ass',
  'a\\*\\*',
  'dick',
  'knob',
  'spanner',
  'melt',
  'div',
  'git',
  'madam',
  'monster',
  'nightmare',
  'menace',
  'excuse for a (?:teacher|head|human|person|man|woman|parent|mother|father)',
]);
const INSULT_LEAD = any([
  'an?(?: \\w+)?',
  'absolute',
  'complete',
  'total',
  'proper',
  'utter',
  'right',
  'old',
  'miserable',
  'stuck-up',
  'stuck up',
  'silly',
  'stupid',
  'little',
  'fat',
  'lazy',
  'nasty',
  'vile',
  'useless',
  'smug',
  'arrogant',
  'spoilt',
  'spoiled',
  'sour',
  'bitter',
  'sour-faced',
  'horrible',
  'evil',
  'feral',
  'such an?',
]);

/** Describing a person as … */
const PERSON_ADJ = any([
  'useless',
  'clueless',
  'incompetent',
  'thick',
  'stupid',
  'dim',
  'dense',
  'lazy',
  'rude',
  'rudest',
  'vile',
  'nasty',
  'pathetic',
  'spineless',
  'gutless',
  'two-faced',
  'arrogant',
  'condescending',
  'patronising',
  'smug',
  'horrible',
  'evil',
  'miserable',
  'creepy',
  'ugly',
  'fat',
  'disgusting',
  'feral',
  'vindictive',
  'spiteful',
  'bitter',
  'power[- ]mad',
  'unhinged',
  'deranged',
  'a disgrace',
  'an embarrassment',
  'a nightmare',
  'a liability',
  'a joke',
  'a bully',
  'a liar',
  'a menace',
  'not fit to (?:teach|be|run|work|lead)',
  'out of (?:his|her|their) depth',
  'thick as (?:two short planks|mince|a brick|pig shit)',
]);

const PERSON_SUBJECT = any([
  'he',
  'she',
  'they',
  'you',
  'him',
  'her',
  'head',
  'teacher',
  'teachers',
  'ta',
  'tas',
  'staff',
  'tutor',
  'coach',
  'cook',
  'nurse',
  'receptionist',
  'woman',
  'man',
  'bloke',
  'lady',
  'mum',
  'dad',
  'kid',
  'boy',
  'girl',
  'lad',
  'senco',
  'deputy',
  'caretaker',
  'principal',
  'governors?',
  'slt',
  'head of \\w+(?: \\d+)?',
  '(?:mr|mrs|miss|ms|mx|dr|sir) [a-z*]+',
]);

/** Harsh, but about things, not people; or said of oneself. */
const NOT_A_PERSON = test(
  '\\b',
  any([
    "(?:i'?m|i am|i was|i felt|felt|feel|feeling|i look|i looked|made me (?:look|feel)) (?:(?:so|such|a|an|absolutely|completely|totally|like|right|proper|total|bit of a|bit|utter|complete) )*(?:useless|stupid|thick|an idiot|a muppet|a numpty|a plank|rude|a joke|a clown|a prat|a donkey|a fool|a plonker|a pillock|a coward|a wimp|a wuss|a chicken|a baby)",
    'my (?:own )?(?:fault|bad)',
    '(?:the|this|that) (?:weather|traffic|wifi|wi-fi|printer|app|system|website|queue|car park|road|rain|portal|parentpay|homework|form|letter)',
    'clown (?:costume|outfit|show|day|shoes|nose|school|car|fish)',
    'pig (?:racing|roast|farm|pen|in blankets|in a blanket)',
    'witch(?:es)? (?:costume|hat|outfit|craft|and wizard|day|book|doctor)',
    'wicked witch',
    'playing (?:the|a) ',
    '(?:cow|pig|snake|rat|donkey|sheep|goat)s? (?:at|in|on) the (?:farm|zoo|field)',
    'world book day',
    'book day',
    'dress(?:ing|ed)? up',
    '(?:go|going|went|dressed|dress) (?:up )?as an? ',
    'costume',
    'halloween',
    'nativity',
    'school play',
    // Animals and creatures as things: pictures, toys, topics ("a lunchbox with a dragon on it").
    '(?:dinosaur|dragon|monster|troll|pig|cow|sheep|donkey|rat|snake|unicorn)s? (?:topic|day|museum|park|costume|book|toy|fact|print|pattern|design|picture|sticker|lunch ?box|bag|jumper|top|t-shirt|teddy|party|cake|game|film|slippers|pyjamas)',
    'an? (?:\\w+ )?(?:dinosaur|dragon|monster|troll|pig|cow|sheep|donkey|rat|snake|unicorn)s? (?:on (?:it|them|the front|the back)|printed)',
    '(?:picture|drawing|sticker|print|pattern|logo|badge|model|toy|teddy)s? of an? ',
    '^(?:lost|found)(?: property)?\\s*[:!-]',
    'farm',
    'panto(?:mime)?',
    'the gruffalo',
  ]),
);

/** Insulting wording, shared with `complaint.insults-staff`. */
export const INSULT_PATTERNS: readonly RegExp[] = [
  re('(?<![a-z*])(?<hit>', INSULT, ')(?:s|es)?(?![a-z*])'),
  // Scorn for someone's standing: "our so-called head of maths".
  re("\\b(?<hit>so[- ]called (?:\\w+ )?(?:teachers?|teaching assistants?|tas?|head(?:teacher)?s?|deputy|deputies|senco|head of \\w+|professionals?|leaders(?:hip)?|staff|pastoral (?:lead|team|support)|safeguarding lead|educators?|experts?))\\b"),
  re('\\b(?<hit>', INSULT_LEAD, ' (?:(?:old|little|fat|stupid|miserable|nasty|silly|lazy|jobsworth|stuck-up) )?', PERSON_NOUN, ')(?![a-z*])'),
  re(
    "\\b(?<hit>(?:useless|stupid|vile|nasty|horrible|pathetic|miserable|incompetent|arrogant|lazy|spineless|ugly|fat|thick|smug|rude|evil|creepy|spiteful|sour-faced|stuck-up|power-mad|vindictive) (?:woman|man|cow|bloke|lot|creature|individual|person|specimen|human being|excuse for a \\w+|so-called \\w+|little (?:man|woman|boy|girl)))\\b",
  ),
];

export const INSULT_TRIGGERS = [...INSULT_WORDS.flatMap((w) => w.split(/[ -]/).flatMap((part) => [part, `${part}s`, `${part}es`])), 'cow', 'witch', 'pig', 'rat', 'snake', 'hag', 'joke', 'disgrace', 'plank', 'donkey', 'troll', 'bully', 'liar', 'fool', 'dragon', 'dinosaur', 'sheep', 'ass', 'dick', 'knob', 'spanner', 'melt', 'div', 'git', 'madam', 'monster', 'nightmare', 'menace', 'excuse', 'woman', 'man', 'bloke', 'lot', 'creature', 'individual', 'person', 'specimen', '*', 'a$$', 'called', 'socalled'];

const emojiCache = new WeakMap<DraftContext, boolean>();
function hasMockingEmoji(draft: DraftContext): boolean {
  let has = emojiCache.get(draft);
  if (has === undefined) {
    has = /🤡|🖕/u.test(draft.text);
    emojiCache.set(draft, has);
  }
  return has;
}

/** When the writer says the post is not about the school, only an insult next to a named school person counts. */
function aimedInSchool(hit: Hit, draft: DraftContext): boolean {
  if (draft.nearestTarget(hit.start) === 'other' || reportedOrRejected(hit, draft)) return false;
  return !draft.notTheSchool || draft.strongSentence[hit.sentence] === true;
}

const DESCRIBE_PATTERNS: readonly RegExp[] = [
  re(
    '\\b(?<hit>',
    PERSON_SUBJECT,
    "(?:'s| is| are|'re| was| were| has been| have been| can be| seems| looks) (?:so |such |completely |absolutely |totally |utterly |genuinely |actually |just |really |the |a |an |literally |honestly |incredibly |bloody |fucking |beyond )*",
    PERSON_ADJ,
    ')\\b',
  ),
  // A verdict standing alone as a sentence: "Clueless." "Rude, rude, rude."
  re(
    "^\\s{0,3}(?<hit>(?:absolutely |completely |utterly |totally |just |so )?(?:clueless|useless|pathetic|spineless|incompetent|rude|vile|nasty|arrogant|lazy|hopeless|gutless|smug)(?:,? (?:rude|clueless|useless|pathetic|lazy|hopeless|arrogant|smug|incompetent))*)(?=[.!]|\\s*$)",
  ),
];

export const abuseRules: readonly Rule[] = [
  {
    id: 'abuse.insult',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    triggers: INSULT_TRIGGERS,
    patterns: INSULT_PATTERNS,
    unless: [NOT_A_PERSON],
    check: aimedInSchool,
    cases: {
      fires: [
        'Mrs Lane in the office is a total jobsworth.',
        'The head of Year 8 is a spineless clown.',
        'Whoever teaches 5B is a proper old cow.',
        "That TA is such a w*nker, none of the children like him.",
        'The man on reception is a miserable old git.',
        'Our so-called pastoral team could not care less, and the head is a coward who hides behind emails.',
      ],
      quiet: [
        'This has nothing to do with the school: the man at the tip is a jobsworth.',
        'Somebody scrawled "the deputy is a lazy cow" on the gate. Whoever it was, grow up.',
        'Calling the dinner ladies idiots is out of order, they work so hard for our kids.',
        'My son wants to go as a clown for the school book day.',
        'I felt like such a muppet turning up on the wrong day for parents evening.',
        'Found: a green water bottle with a little monster printed on it, by the Reception door.',
        'Has anyone seen a grey hoodie with a cartoon pig on the back? Name label inside.',
      ],
    },
  },
  {
    id: 'abuse.mocking-emoji',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    // No trigger word: an emoji is not a word. Drafts without one are skipped in a single look.
    where: (_sentence, draft) => hasMockingEmoji(draft),
    patterns: [re('(?<hit>(?:🤡|🖕)+)')],
    unless: [NOT_A_PERSON],
    check: (hit, draft) => aimedInSchool(hit, draft) && (draft.staffSentence[hit.sentence] === true || /\b(?:he|she|him|her|they|teacher|head|staff)\b/.test(draft.sentenceText(hit.sentence))),
    cases: {
      fires: ['Our so-called head of maths 🤡🤡'],
      quiet: ['Clown day at school on Friday 🤡 bring a red nose!'],
    },
  },
  {
    id: 'abuse.describes-person',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    triggers: ['useless', 'clueless', 'incompetent', 'thick', 'stupid', 'dim', 'dense', 'lazy', 'rude', 'rudest', 'vile', 'nasty', 'pathetic', 'spineless', 'gutless', 'two', 'arrogant', 'condescending', 'patronising', 'smug', 'horrible', 'evil', 'miserable', 'creepy', 'ugly', 'fat', 'disgusting', 'feral', 'vindictive', 'spiteful', 'bitter', 'power', 'unhinged', 'deranged', 'disgrace', 'embarrassment', 'nightmare', 'liability', 'joke', 'bully', 'liar', 'menace', 'fit', 'depth', 'absolute', 'hopeless'],
    patterns: DESCRIBE_PATTERNS,
    unless: [NOT_A_PERSON],
    check: aimedInSchool,
    cases: {
      fires: [
        'Mr Dale is completely useless, ask any parent in 6B.',
        'Her form tutor is so patronising it is unreal.',
        'The new deputy is a liability. Clueless.',
      ],
      quiet: [
        'The Wi-Fi at home is useless for the homework portal.',
        "I'm so useless at fractions, Year 5 maths is beyond me.",
        'Mr Dale was so patient with my son today.',
      ],
    },
  },
  {
    id: 'abuse.belittling',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    triggers: ['personality', 'charisma', 'warmth', 'skills', 'manner', 'manners', 'brains', 'brain', 'intelligence', 'humour', 'empathy', 'charm', 'patience', 'span', 'face', "couldn't", 'couldnt', "can't", 'cant', 'could', 'cannot', 'laughing', 'laughs', 'seriously', 'stand', 'thinks', 'think', 'trip', 'hitler', 'sound', 'full', 'talks', 'talk', 'talked', 'spoke', 'speaks', 'treats', 'treat', 'treated', 'allowed', 'speak', 'thick', 'wonder'],
    patterns: [
      // "The personality of a damp sponge", "the people skills of a brick": demeaning comparisons.
      // …unless the comparison is praise ("the patience of a saint").
      re("\\b(?<hit>(?:personality|charisma|warmth|people skills|social skills|bedside manner|manners|brains?|intelligence|sense of humour|empathy|charm|patience|attention span|iq) of (?:a|an) (?!(?:\\w+ )?(?:saint|angel|hero|lion|queen|king|god|goddess|star|champion|pro|legend|saviour|superhero|genius|diplomat|mother|teacher)\\b)(?:\\w+ ){0,2}\\w+)"),
      re("\\b(?<hit>(?:a )?face like (?:a|an) (?:\\w+ ){0,3}\\w+)"),
      // "She couldn't organise a bake sale", "he couldn't run a bath".
      re("\\b(?<hit>(?:couldn'?t|can'?t|could not|cannot) (?:even )?(?:organise|run|manage|control|teach|lead|spell|count|find|tie|plan|sort out) (?:a|an|the|their|his|her|its) (?:\\w+ ){0,3}?(?:in a brewery|out of a paper bag|if (?:his|her|their) life depended on it|to save (?:his|her|their) life|\\w+))"),
      // Ridicule and contempt shared around: "everyone's laughing at her", "nobody takes him seriously".
      re("\\b(?<hit>(?:everyone'?s|everyone is|we'?re all|people are|the whole (?:school|class|year) (?:is|are)|the kids are|all the parents are) laughing at (?:you|him|her|them))"),
      re("\\b(?<hit>(?:nobody|no one|no-one|none of the (?:kids|parents|staff)) (?:\\w+ ){0,3}(?:takes?|will (?:ever )?take|can take|could take) (?:him|her|them|that \\w+|you) seriously)"),
      re("\\b(?<hit>(?:the )?(?:kids|children|pupils|everyone|all the parents|the whole class|parents) (?:all )?(?:can'?t stand|hate|despise|laugh at|are scared of|dread) (?:him|her|them|that (?:man|woman|teacher)))"),
      re("\\b(?<hit>thinks? (?:she'?s|he'?s|she is|he is|they'?re|they are) (?:so much |a lot )?(?:better than|above|god'?s gift|the big man|a big man|something special|it|hot stuff|the bee'?s knees|the queen|the king|untouchable))"),
      re("\\b(?<hit>(?:on a |such a |bit of a |massive )?power trip|little hitler|loves the sound of (?:his|her|their) own voice|full of (?:himself|herself|themselves))"),
      re("\\b(?<hit>(?:talks?|talked|talking|spoke|speaks?|speaking|treats?|treated|treating) (?:to )?(?:\\w+ ){0,3}like (?:dirt|rubbish|muck|children|a child|idiots|an idiot|something on (?:his|her|their) shoe|criminals|a criminal|scum|a dog|dogs))"),
      re("\\b(?<hit>(?:shouldn'?t|should not|should never) be (?:allowed|let) (?:near|around|to (?:have|raise|teach|work with|look after|be (?:a|in charge)|reproduce|breed)) (?:\\w+ ){0,2}(?:kids|children|anyone|pupils|a classroom|a school|kids of their own))"),
      re("\\b(?<hit>(?:can'?t|cannot|doesn'?t|does not|couldn'?t) (?:even )?(?:speak|write|spell|talk) (?:proper |good |decent |basic |the queen'?s )?english)"),
      re("\\b(?<hit>no wonder (?:\\w+ ){0,3}(?:kids|children|pupils|everyone|nobody|no one)(?: \\w+){0,2} (?:can'?t stand|hate|don'?t respect|laugh at|ignore) (?:him|her|them))"),
    ],
    unless: [NOT_A_PERSON, test("\\b(?:my|our) (?:son|daughter|kids?|boy|girl|lad|child|dog|cat|puppy|baby|toddler|husband|wife|partner)\\b[^.!?]{0,25}\\b(?:couldn'?t|can'?t|face like|personality of|thinks)")],
    check: aimedInSchool,
    cases: {
      fires: [
        'The receptionist has all the warmth of a fridge freezer.',
        'That head of year couldn’t organise a bake sale.',
        'The new deputy speaks to the mums like something on her shoe.',
        'Honestly nobody in Year 9 takes him seriously any more.',
        'Our head thinks she is above everyone.',
      ],
      quiet: [
        'My son couldn’t find his PE kit this morning, again.',
        'Her form tutor has the patience of a saint, honestly.',
        'The kids are laughing at the school play rehearsals, it is hilarious.',
        'Year 4 trip to the farm, the sheep were the highlight.',
      ],
    },
  },
  {
    id: 'abuse.harassment',
    category: 'abuse',
    message: 'This encourages people to pile on someone in the school community.',
    source: '004 Cyber Bullying; 003 §3; 000 §3.4.4',
    scope: 'school',
    triggers: ['tell', 'telling', 'ring', 'call', 'message', 'text', 'email', 'dm', 'phone', 'bombard', 'flood', 'spam', 'make', 'name', 'shame', 'everyone', 'all', "let's", 'lets'],
    patterns: [
      re("\\b(?<hit>(?:tell|telling|let|show|give) (?:him|her|them|that \\w+) (?:know )?(?:exactly )?what (?:you|they|we|everyone) (?:all )?(?:really )?think(?:s)?(?: of (?:him|her|them))?)"),
      re("\\b(?<hit>(?:ring|call|message|text|email|dm|phone|bombard|flood|spam) (?:him|her|them|the head|the school)(?: (?:at|late|all night|overnight|until|till|every|non-?stop|with)\\b[^.!?\\n]{0,20})?(?= (?:and see|until|till|so (?:she|he|they)|let'?s see)|[.!]|\\s*$))"),
      re("\\b(?<hit>make (?:his|her|their) life (?:hell|a misery|miserable|difficult))"),
      re("\\b(?<hit>name and shame|let'?s (?:all )?(?:tell|message|flood|report|email|ring|call|tag) (?:him|her|them|the head))"),
      re("\\b(?<hit>see how (?:she|he|they) (?:likes?|like) it)\\b"),
    ],
    cases: {
      fires: [
        'Here is the deputy’s work email, bombard her until she gives in.',
        'Somebody tell that TA what we all think of her.',
        'Let’s make his life hell until he leaves the school.',
      ],
      quiet: ['Please ring the school office if your child is off sick.', 'Tell the teachers what you think in the parent survey.'],
    },
  },
  {
    id: 'abuse.prejudice-at-staff',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    // Prejudice aimed at a named member of staff is also an offensive comment about them (002, 004).
    from: PREJUDICE_RULE_IDS,
    patterns: [],
    where: (sentence, draft) => draft.staffSentence[sentence] === true,
    check: (hit, draft) => draft.staffSentence[hit.sentence] === true,
    cases: {
      fires: ['The new maths teacher should go back where he came from.'],
      quiet: ['Our music teacher went back to her home country for the summer and brought sweets for the class.'],
    },
  },
];
