/**
 * Abusive, insulting or offensive remarks about specific staff, pupils or parents; cyber-bullying and
 * harassment (000 §3.4.4–5, 002, 003 §3, 004). Only about the school community: calling a takeaway manager a
 * scumbag is not the school's business.
 */
import { any, masked, re, test } from '../rule';
import type { DraftContext } from '../context';
import { COUNTER, PREJUDICE_PATTERNS } from './hate';
import type { Hit, Rule } from '../rule';

const message = 'This insults someone in the school community.';
const source = '000 §3.4.4–5; 002; 003 §3; 004';

/** Insults that are insults whoever they are aimed at. */
const INSULT = any(
  [
    'idiot',
    'idiots',
    'moron',
    'morons',
    'prat',
    'twat',
    'dickhead',
    'knobhead',
    'knob',
    'bitch',
    'bastard',
    'cunt',
    'wanker',
    'tosser',
    'arsehole',
    'asshole',
    'jobsworth',
    'jobs-worth',
    'cretin',
    'imbecile',
    'halfwit',
    'dimwit',
    'numpty',
    'muppet',
    'scumbag',
    'lowlife',
    'pillock',
    'bellend',
    'slag',
    'slut',
    'skank',
    'thug',
    'brat',
    'weasel',
    'hypocrite',
    'loser',
    'clown',
    'clowns',
    'nutter',
    'psycho',
    'creep',
    'parasite',
    'waste of space',
    'waste of oxygen',
    'waste of skin',
    'piece of work',
    'piece of shit',
    'old bag',
    'battleaxe',
    'battle-axe',
    'dinosaur',
    'crooks',
    'sheep',
  ].map(masked),
);

/** Words that insult only as a description of a person ("a miserable cow", "proper witch"). */
const PERSON_NOUN = any(['cow', 'witch', 'pig', 'rat', 'snake', 'hag', 'joke', 'disgrace', 'plank', 'donkey', 'troll', 'bully', 'liar', 'ass', 'a\\*\\*', 'a\\$\\$']);
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
  'jumped-up',
  'jumped up',
  'smug',
  'arrogant',
  'spoilt',
  'spoiled',
  'sour',
  'bitter',
]);

/** Describing a person as … */
const PERSON_ADJ = any([
  'useless',
  'clueless',
  'incompetent',
  'thick',
  'stupid',
  'dim',
  'lazy',
  'rude',
  'rudest',
  'vile',
  'nasty',
  'pathetic',
  'spineless',
  'two-faced',
  'arrogant',
  'condescending',
  'patronising',
  'horrible',
  'evil',
  'miserable',
  'creepy',
  'ugly',
  'fat',
  'disgusting',
  'feral',
  'power[- ]mad',
  'a disgrace',
  'an embarrassment',
  'a nightmare',
  'unhinged',
  'deranged',
  'a liability',
  'not fit to',
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
  'staff',
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
  '(?:mr|mrs|miss|ms|mx|dr|sir) [a-z*]+',
]);

/** Harsh, but about things, not people; or said of oneself. */
const NOT_A_PERSON = test(
  '\\b',
  any([
    "(?:i'?m|i am|i was|i felt|felt|feel|feeling) (?:so |such |a |an |absolutely |completely |totally )?(?:useless|stupid|thick|an idiot|a muppet|a numpty|a plank|rude|a joke)",
    'my (?:own )?(?:fault|bad)',
    '(?:the|this|that) (?:weather|traffic|wifi|printer|app|system|website|queue|car park|road|rain)',
    'clown (?:costume|outfit|show|day|shoes|nose|school)',
    'pig (?:racing|roast|farm|pen)',
    'witch(?:es)? (?:costume|hat|outfit|craft|and wizard|day|book)',
    'wicked witch',
    'playing (?:the|a) ',
    '(?:cow|pig|snake|rat|donkey|sheep)s? (?:at|in|on) the (?:farm|zoo|field)',
    'world book day',
    'book day',
    'dress(?:ing|ed)? up',
    '(?:go|going|went|dressed) as an? ',
    'costume',
    'halloween',
    'nativity',
    'dinosaur (?:topic|day|museum|park|costume|book|toy)',
    'farm',
  ]),
);

/** When the writer says the post is not about the school, only an insult next to a named school person counts. */
function aimedInSchool(hit: Hit, draft: DraftContext): boolean {
  return !draft.notTheSchool || draft.strongSentence[hit.sentence] === true;
}

/** The insult patterns, shared with `complaint.insults-staff`. */
export const INSULT_PATTERNS: readonly RegExp[] = [
  re('(?<![a-z*])(?<hit>', INSULT, ')(?:s|es)?(?![a-z*])'),
  re('\\b(?<hit>', INSULT_LEAD, ' (?:(?:old|little|fat|stupid|miserable|nasty|silly|lazy) )?', PERSON_NOUN, ')(?![a-z*])'),
  re('(?<hit>🤡+)'),
  re(
    "\\b(?<hit>(?:useless|stupid|vile|nasty|horrible|pathetic|miserable|incompetent|arrogant|lazy|spineless|ugly|fat|thick|smug|rude|evil|creepy) (?:woman|man|cow|bloke|lot|creature|individual|excuse for a \\w+|so-called \\w+))\\b",
  ),
  re(
    '\\b(?<hit>', PERSON_SUBJECT, "(?:'s| is| are|'re| was| were) (?:so |such |completely |absolutely |totally |utterly |genuinely |actually |just |really |the |a )?", PERSON_ADJ, ')\\b',
  ),
];

export const abuseRules: readonly Rule[] = [
  {
    id: 'abuse.insult',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    patterns: INSULT_PATTERNS.slice(0, 4),
    unless: [NOT_A_PERSON],
    check: aimedInSchool,
    cases: {
      fires: [
        'Mrs Lane in the office is a total jobsworth.',
        'The head of Year 8 is a spineless clown.',
        'Whoever teaches 5B is a proper old cow.',
        "That TA is such a w*nker, the kids can't stand him.",
      ],
      quiet: [
        'Nothing to do with school but the man at the tip is a jobsworth.',
        'My son wants to go as a clown for the school book day.',
        'I felt like such a muppet turning up on the wrong day for parents evening.',
      ],
    },
  },
  {
    id: 'abuse.describes-person',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    patterns: [
      ...INSULT_PATTERNS.slice(4),
      re("(?<=^|[.!?]\\s{0,3})(?<hit>(?:absolutely |completely |utterly |totally |just )?(?:clueless|useless|pathetic|spineless|incompetent|rude|vile|nasty|arrogant|lazy|hopeless)(?:,? (?:rude|clueless|useless|pathetic|lazy|hopeless))*)(?=[.!]|\\s*$)"),
      re("\\b(?<hit>(?:can'?t|cannot|doesn'?t|does not) (?:even )?speak (?:proper |good |decent )?english)"),
      re("\\b(?<hit>see how (?:he|she|they) likes? it)\\b"),
      re("\\b(?<hit>(?:the )?(?:most|so|such a|really) (?:condescending|patronising|rude|arrogant|nasty|vile|useless) (?:man|woman|person|teacher|head|lady|bloke|phone call|email|letter|response))"),
      re("\\b(?<hit>(?:personality|brains?|charm|people skills) of a (?:\\w+ ){0,2}(?:weekend|brick|plank|lettuce|potato|teaspoon|goldfish|wet \\w+|door\\w*))"),
      re("\\b(?<hit>(?:couldn'?t|can'?t|could not|cannot) (?:even )?(?:control|organise|run|manage|teach|spell|count) (?:a|an|the|their|his|her)? ?(?:queue|class|piss-up|bath|brewery|kids|names|room|raffle))"),
      re("\\b(?<hit>(?:shouldn'?t|should not) be allowed (?:to breed|near (?:kids|children)|to (?:teach|work with)))"),
      re("\\b(?<hit>(?:no wonder )?(?:the )?(?:kids|children|everyone|nobody|no one)(?: (?:at|in) [a-z]+)? (?:can'?t|cannot|won'?t ever|will never|will ever) (?:stand|take) (?:him|her|them|that (?:man|woman))(?: seriously)?)"),
      re("\\b(?<hit>(?:everyone'?s|everyone is|we'?re all|people are) laughing at (?:you|him|her))"),
      re("\\b(?<hit>(?:thinks?|think) (?:she'?s|he'?s|she is|he is|they'?re) (?:better than|so much better|a big man|the big man|above)\\w*)"),
      re("\\b(?<hit>power trip)"),
      re("\\b(?<hit>(?:talks?|talked|spoke|speaks?) to (?:\\w+ ){0,2}like (?:dirt|rubbish|a child|an idiot|something))"),
    ],
    unless: [NOT_A_PERSON],
    check: aimedInSchool,
    cases: {
      fires: [
        'Mr Dale is completely useless and everyone knows it.',
        'The receptionist has the personality of a damp lettuce.',
        'That head of year couldn’t run a raffle.',
        'The new deputy talks to parents like dirt.',
      ],
      quiet: [
        'The Wi-Fi at home is useless for the homework portal.',
        "I'm so useless at fractions, Year 5 maths is beyond me.",
        'Mr Dale was so patient with my son today.',
      ],
    },
  },
  {
    id: 'abuse.prejudice-at-staff',
    category: 'abuse',
    message,
    source,
    scope: 'school',
    // Prejudice aimed at a named member of staff is also an offensive comment about them (002, 004).
    patterns: PREJUDICE_PATTERNS,
    unless: [COUNTER],
    check: (hit, draft) => draft.staffSentence[hit.sentence] === true,
    cases: {
      fires: ['Mrs Obi should go back to her own country.'],
      quiet: ['Mrs Obi went back to her country for the summer and brought sweets for the class.'],
    },
  },
];
