/**
 * Public complaints about the school, trust or staff instead of the complaints procedure (000 §3.4.2, 002,
 * 003 §4, 004). Only sentences about the school: "the council are a joke" is not the school's to answer.
 * Parents only; a staff member's complaint about their school is `staff_conduct`.
 */
import { NOT_THE_SCHOOL } from '../lexicon';
import { any, re, test } from '../rule';
import type { DraftContext } from '../context';
import type { Hit, Rule } from '../rule';
import { INSULT_PATTERNS } from './abuse';

const message = 'This reads as a public complaint. The school asks for concerns to go through its complaints route.';
const source = '000 §3.4.2; 002; 003 §4; 004';

/** Verdicts on how the school is run. */
export const DAMNING = any([
  "(?:is|are|was|were|'s|'re|been|getting) (?:an? )?(?:absolute |complete |total |utter |bloody |actual |such a |a bit of a )?(?:joke|shambles|disgrace|farce|mess|circus|embarrassment|scandal|laughing stock)",
  '(?:absolute|complete|total|utter) (?:joke|shambles|disgrace|farce|mess|clowns)',
  'disgraceful',
  'shambolic',
  'appalling',
  'atrocious',
  'abysmal',
  'woeful',
  'laughable',
  'unprofessional',
  'not good enough',
  'not acceptable',
  'unacceptable',
  'beyond a joke',
  'out of order',
  'worst (?:school|teacher|head|academy|trust)',
  '(?:this|the|our|that) (?:school|academy|trust) is (?:not good|rubbish|terrible|awful|useless|failing|going downhill|a nightmare)',
  'gone (?:right |completely )?downhill',
  'not fit for purpose',
  'let (?:us|our kids|the kids|my \\w+|them|parents|him|her) down',
  'failing (?:our|my|the) (?:kids|children|son|daughter|pupils)',
  'do(?:es)? better',
  'deserve(?:s)? better',
  "(?<!\\bi )(?:don'?t|doesn'?t|couldn'?t|didn'?t) (?:even )?(?:seem to )?care\\b",
  'care(?:s)? more about [^.!?\\n]{1,30} than',
  'no idea what (?:they|she|he)(?:\'?re|\'?s| are| is) doing',
  'clueless',
  'incompeten(?:t|ce)',
  '(?:taught|teaching|learnt|learned|learning) (?:my \\w+ |him |her |them |the kids )?(?:absolutely )?nothing',
  'rules for (?:thee|them|us)',
  'do as i say',
  'double standards?',
  'one rule for',
  'daft (?:rules?|decisions?|ideas?)',
  'what really goes on',
]);

/** Being ignored, kept in the dark or fobbed off. */
export const UNANSWERED = any([
  "(?:no ?one|nobody|no-one)(?: (?:from|at) (?:the )?\\w+)? (?:has |have |had |ever |even |actually )*(?:replied|responded|answered|returned|got back|called back|rang back|bothered|listens|listened|cares|reads|is reading|reading|checking|told us|explained)",
  '(?:ignored|ignoring|ignores) (?:my|our|\\d+|all|every|the|us|me|parents|emails|it)',
  '(?:being|been|is|was|are|were|keeps? being) ignored',
  "(?:still )?(?:no|zero|not a single|not one) (?:reply|response|answer|phone call|call back|explanation|word|update|apology|warning|notice|consultation)\\b",
  "(?:hasn'?t|haven'?t|didn'?t|never|won'?t|doesn'?t|don'?t) (?:even )?(?:bother(?:ed)? to )?(?:reply|replied|respond|responded|answer|answered|answers|replies|responds|get back|got back|call(?:ed)? back|rang back|return(?:ed)? (?:my|our))",
  "(?:fob|fobbed|fobbing) (?:us |me |you |parents |people )?off",
  '(?:kept|keeping|keep) (?:us|parents|everyone|me) in the dark',
  'said nothing',
  'told us nothing',
  '(?:phones?|emails?) (?:is |are )?never (?:answered|returned|replied to)',
  "(?:with|on) (?:\\d+|two|three|four|five|six|a few|a couple of|a day'?s|a week'?s|no) (?:days?'?|weeks?'?)? ?notice",
  'without (?:any )?(?:warning|notice|explanation|consultation)',
  '(?:weeks?|months?|days?|term) later,? (?:and )?(?:still )?nothing',
  "(?:still )?waiting (?:for|on) (?:a|an|any) (?:reply|response|answer|call|explanation)",
  "(?:hasn'?t|haven'?t|has not|have not|wasn'?t|weren'?t) (?:been )?(?:changed|sorted|dealt with|fixed|covered|replaced|marked|returned|answered) (?:once|at all|for|since|in)",
  '(?:been |gone )?without (?:a |his |her |their |any )?(?:1:1|one[- ]to[- ]one|teacher|support|maths teacher)',
  'there is no teacher',
  'no (?:teacher|adult|member of staff|one) (?:checking|watching|supervising|there|on the gate)',
  "(?:i|we) (?:don'?t|do not) trust (?:them|the school|the trust|the head|school)",
  "(?:won'?t|wouldn'?t|doesn'?t|didn'?t|never) (?:do|done) (?:a thing|anything|nothing|a single thing)",
  "all (?:the school|they|school|the academy)(?:'s| has| have)? (?:done|did|offered) (?:is|was)",
]);

/** Taking it public: rallying other parents instead of raising it privately. */
export const GOING_PUBLIC = any([
  '(?:i|we) want (?:every|all|other|the other) parents? (?:[a-z]+ ){0,4}?to (?:know|see|hear)',
  'so (?:every|all|other) parents? (?:know|knows|can see)',
  'parents (?:need|deserve|should|ought) (?:to know|to be told|better)',
  'how is (?:that|this|it) (?:acceptable|ok|okay|allowed|fair|right|legal)',
  "what(?: is|'s) the point (?:of|in) (?:telling|emailing|raising|complaining|reporting|asking)",
  'is (?:anyone|anybody) (?:actually |even )?(?:reading|listening|in charge)',
  'is it normal (?:that|for)',
  "is (?:anyone|anybody) else(?:'s)? (?:having|getting|finding|dealing|fed up|sick)",
  "has (?:anyone|anybody) (?:actually )?(?:had|got) a straight answer",
  "(?:judge|decide) for yourselves",
  'is this how (?:kids|children|our kids|pupils) should be',
  "don'?t let them (?:fob|get away)",
  '(?:until|till|til) they (?:start )?(?:listen|listening|do something)',
  'end of my tether',
  "at my wits'? end",
  '(?:i|we) used to love (?:this|the|our) school',
  "i'?m (?:absolutely |so |really )?(?:disgusted|appalled|livid|fuming)",
  "(?:i am|i'?m|we are|we'?re) (?:very|so|really|absolutely) (?:worry|worried|upset|angry|disappointed|disgusted)",
  'why (?:this|the|our) (?:school|academy|teacher) (?:do|does|did|is|are|would|treat)',
  'get (?:him|her|them) out\\b',
  'no wonder (?:the )?(?:kids|boys|girls|children|pupils|behaviour|results|standards)',
  'keep your (?:\\w+ )?(?:agenda|politics|ideology|views) (?:away|out)',
  'moving (?:them|him|her|my \\w+) (?:the minute|as soon|to another|elsewhere)',
  '(?:pulling|taking) (?:them|him|her|my \\w+) out of (?:this|the) school',
  '(?:surely|why (?:is|isn\'?t|are|aren\'?t)) (?:someone|somebody|anyone|no one|nobody|the school|they|staff) (?:should|would|could|checking|doing|dealing)',
  'instead of (?:dealing with|sorting|doing anything about|tackling) (?:him|her|them|it|the)',
  '(?:the school|they|school) (?:just )?(?:let|lets|allow|allows) (?:him|her|them|kids|these kids) (?:run riot|get away)',
  "(?:can'?t|cannot) even (?:spell|count|read|organise|get)",
  'in the real world',
  'preparing them for the real world',
]);

/** Sarcasm aimed at the school ("Lovely of the school to…", "Brilliant planning as always"). */
export const SARCASM = any([
  '(?:lovely|nice|good|great|kind|thoughtful) of (?:\\w+ ){1,3}to (?:announce|tell|let|inform|give|send|cancel|change)',
  'lovely to see (?:\\w+ ){0,3}(?:parking|shouting|ignoring|sitting|stood|standing)',
  '(?:brilliant|great|fantastic|amazing|excellent|top|fab) (?:planning|communication|organisation|organising|leadership|work|job)[^.!?\\n]{0,20}(?:as (?:always|usual|ever)|again)',
  '(?:really|truly|clearly|obviously) (?:feeling|preparing|showing) (?:that|them|the)',
  "(?:funny|interesting|amazing|strange|odd) how (?:the|my|our|a|some|they|his|her|it'?s|its|certain)",
  '(?:second|third|fourth|fifth|another) (?:year|time|week|term) (?:running|in a row)',
  "(?:for )?the (?:second|third|fourth) (?:year|time) running",
  '(?:yet )?another (?:inset|training) day',
  "(?:\\w+ )?(?:hello|anyone)\\?{2,}",
  'cuts? never (?:seem to )?touch',
  'while (?:our|the) kids (?:sit|are sat|suffer|go without)',
  'meanwhile (?:half )?(?:the )?(?:staff|teachers|head|slt)',
  'while lecturing',
]);

/** Someone praising the channel that worked, or explaining they used it instead of posting. */
const USED_THE_CHANNEL = test(
  '\\b',
  any([
    'complaints? (?:procedure|process|form|policy|route) (?:works|worked|is|was)',
    'used the (?:school\'?s |trust\'?s )?complaints?',
    'instead of posting',
    'stop moaning',
    'ranting on here',
    'emailed the (?:head|school|office|year group)[^.!?]{0,40}(?:instead|got|and they|the same)',
    'got a (?:call|meeting|reply|response|proper)',
    'credit where',
    'fair play to them',
    'talk to them',
    'in a meeting',
  ]),
);

/** A complaint needs the school or its staff named somewhere, not only its children (that is other rules' business). */
function aboutTheSchool(_hit: Hit, draft: DraftContext): boolean {
  return draft.aboutInstitution && !draft.notTheSchool;
}

export const complaintRules: readonly Rule[] = [
  {
    id: 'complaint.damning-verdict',
    category: 'complaint',
    message,
    source,
    scope: 'school',
    roles: ['parent'],
    patterns: [
      re('\\b(?<hit>', DAMNING, ')(?![a-z])'),
      re('(?<![a-z0-9])(?<hit>#(?:fail|notgoodenough|shambles|disgrace|joke|sortitout|badschool))\\b'),
    ],
    unless: [USED_THE_CHANNEL, test(NOT_THE_SCHOOL)],
    check: aboutTheSchool,
    cases: {
      fires: [
        'The way this school handles bullying is a total farce.',
        'Pickup at the academy is an absolute shambles every single day.',
        'Mrs Kay has no idea what she is doing with that class.',
      ],
      quiet: [
        'The council’s bin collection is a joke.',
        'The ref was a disgrace. School team played brilliantly though.',
        'Not a dig at the school at all, but the bus company is a shambles.',
      ],
    },
  },
  {
    id: 'complaint.ignored',
    category: 'complaint',
    message,
    source,
    scope: 'school',
    roles: ['parent'],
    patterns: [re('\\b(?<hit>', UNANSWERED, ')(?![a-z])')],
    unless: [USED_THE_CHANNEL],
    check: aboutTheSchool,
    cases: {
      fires: [
        'Emailed the school office four times about the trip money and nobody has replied.',
        'The academy announced the timetable change with two days notice.',
        'Still no explanation from the head about why the club was axed.',
      ],
      quiet: [
        'Emailed the office about the trip and got a reply within the hour.',
        'Nobody has replied to my Facebook Marketplace ad for the old uniform.',
      ],
    },
  },
  {
    id: 'complaint.going-public',
    category: 'complaint',
    message,
    source,
    scope: 'school',
    roles: ['parent'],
    patterns: [re('\\b(?<hit>', GOING_PUBLIC, ')(?![a-z])'), re('\\b(?<hit>', SARCASM, ')')],
    unless: [USED_THE_CHANNEL],
    check: aboutTheSchool,
    cases: {
      fires: [
        'Year 2 have had a different supply teacher every day. How is that acceptable?',
        'I want every parent at this school to know how they spoke to my son.',
        'Lovely of the school to tell us about the trip the night before.',
        'Funny how the head always finds money for a new sign.',
      ],
      quiet: [
        'Is it just me or is the Year 6 play going to be amazing?',
        'I emailed the head instead of posting and got a meeting the same week.',
      ],
    },
  },
  {
    id: 'complaint.insults-staff',
    category: 'complaint',
    message,
    source,
    scope: 'school',
    roles: ['parent'],
    // Insulting a member of staff in public is also a complaint about them (000 §3.4.2 "its employees").
    patterns: INSULT_PATTERNS,
    check: (hit, draft) => draft.staffSentence[hit.sentence] === true && !draft.notTheSchool,
    cases: {
      fires: ['Mr Ames in Year 6 is a useless prat.', 'The head is a complete clown.'],
      quiet: ['Whoever keeps parking on my drive is a complete clown.'],
    },
  },
];
