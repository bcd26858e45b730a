/**
 * Racist, homophobic, transphobic, sexist, religious, disablist and other prejudiced remarks (000 §3.4.6,
 * 001 §5.6, 002, 003, 004). Nudged wherever aimed.
 *
 * A remark is hateful when a protected group, spoken of in general, is demeaned, dehumanised, hated, excluded
 * or threatened. Guardrails keep quiet the drafts that quote such words to reject them, deny them ("women are
 * not stupid", "I don't hate anyone"), or argue against them; and the innocent senses of some slurs.
 */
import { DEHUMANISING, DEMEANING, GROUP_ADJECTIVES, GROUP_SINGULARS, GROUP_WORD, HARM_VERBS, IDENTITY, SLURS } from '../groups';
import { any, leadWords, masked, re, test } from '../rule';
import type { Rule } from '../rule';
import { GROUP_RE, GROUP_TRIGGERS, ID_RE, OBJECTION, groupIsSubject, groupNearby, nearAgenda, nearGroup, negated, negatedBefore, speaks } from './conditions/hate';

const message = 'This could read as prejudiced against a group of people.';
const source = '000 §3.4.6; 001 §5.6; 002; 003; 004';

/** A group, not followed by more letters or a possessive ("women's football" is not about women). */
const ID = `${IDENTITY}(?![a-z'])`;
/** After a frame that already makes it general ("typical", "always the"), a bare singular counts too. */
const ID_ANY = `(?:${ID}|(?:the |a |an )?${any(GROUP_SINGULARS)}(?![a-z]))`;
const GROUP_ADJ = any(GROUP_ADJECTIVES);

/** Words between a group and what is said of it ("are all just", "are honestly the"). */
const INTENSIFIERS =
  "(?:(?:all|just|so|such|really|truly|totally|completely|utterly|absolutely|absolute|incredibly|pretty|very|seriously|fucking|bloody|nothing but|nothing more than|no better than|little more than|no more than|literally|basically|always|honestly|simply|clearly|obviously|naturally|inherently|genuinely|mostly|generally|too|way too|the|a|an|bunch of|massive|complete|total|utter|common|human|most|without (?:a|any) doubt|by nature|at heart|deep down|quite|rather|far too|actually|frankly|still|only|mere|merely|pure|probably|definitely|certainly|undoubtedly|forever|ever|that|this|such massive|disgusting|dirty|filthy|lazy|stupid|worthless|nasty|vile|dumb|useless) )*";
const COPULA =
  "(?:are|is|'re|'s|were|was|be|being|seem(?:s)?(?: to be)?|look|looks|act|acts|remain|become|becomes|can be|will always be|have always been|has always been|are all|r|must be|should be|will be|would be|could be|might be|act like|acts like|behave like|behaves like|are like|is like|live like|breed like|look like|smell like|sound like)";
/** What is said: a demeaning or dehumanising word, optionally with a group adjective ("common gay trash"). */
const BAD = `(?:(?:${GROUP_ADJ}) )?${any([...DEMEANING, ...DEHUMANISING])}`;
/** The words a demeaning predicate can start with, for the prefilter. */
const BAD_WORDS = leadWords([...DEMEANING, ...DEHUMANISING]);

/** Verbs and phrases of hatred that take the group as object. */
const HATE_VERB = any([
  'hate',
  'hates',
  'hated',
  'despise',
  'despises',
  'despised',
  'loathe',
  'loathes',
  'detest',
  'detests',
  'abhor',
  'abhors',
  "can'?t stand",
  'cannot stand',
  "can'?t bear",
  'cannot bear',
  "can'?t tolerate",
  "can'?t stomach",
  '(?:am|are|is|so|really) (?:sick|tired) of',
  "(?:i'?m|we'?re) (?:so |really )?(?:sick|tired) of",
  '(?:disgusted|repulsed|revolted|sickened|nauseated|appalled) by',
  '(?:contempt|hatred|disdain|loathing|disgust|hate|scorn|revulsion|animosity|hostility)(?: \\w+){0,4} (?:for|towards|toward|of|at)',
  'pissed off (?:by|with|at)',
  'fed up (?:of|with)',
  "don'?t (?:want|like|trust)",
  'do not (?:want|like|trust)',
  'never (?:trust|hire|employ|rent to|serve)',
  'fuck',
  'fuck off',
  '(?:no|zero|not an ounce of|not a shred of|not one bit of|not any) (?:compassion|sympathy|respect|pity|time|patience|love|tolerance|empathy|mercy|room)(?: at all| whatsoever| \\w+)? for',
]);
const DETERMINERS =
  '(?:(?:all|every|each|any|those|these|the|such|most|you|of|them|single|fucking|bloody|filthy|stupid|dirty|disgusting|lot of|kind of|type of|sort of|being around|dealing with|seeing|hearing|hearing about|having to deal with|looking at|listening to|putting up with|living with|working with|being near|sharing \\w+ with) )*';

/** The group as the cause of the feeling ("…turn my stomach", "…make me want to scream"). */
const MAKES_ME_FEEL_ENTRIES = [
  '(?:disgust|disgusts|sicken|sickens|repulse|repulses|revolt|revolts|nauseate|nauseates|infuriate|infuriates|enrage|enrages|appal|appals) (?:me|us|everyone)',
  'make(?:s)? me (?:so |really |feel |physically )?(?:sick|ill|angry|furious|boil|livid|want to (?:vomit|puke|throw up|scream|hit something|be sick))',
  'fill(?:s)? me with (?:so much |such )?(?:rage|anger|disgust|hatred|loathing|contempt|revulsion|fury)',
  'give(?:s)? me the creeps',
  'turns? (?:my|our) stomachs?',
  "(?:are|is) (?:pissing me off|getting on my (?:nerves|tits|wick)|doing my head in|driving me (?:mad|crazy|insane))",
];
const MAKES_ME_FEEL = any(MAKES_ME_FEEL_ENTRIES);

/** Said of a group's worth: the denial is the contempt, so these ignore the negation guardrail. */
const WORTHLESS = any([
  // Each alternative starts with a plain word, so the pattern only wakes where that word is.
  'worth (?:absolutely |literally |even )?(?:nothing|less|shit|jack|sod all|fuck all)',
  "(?:not|never|aren'?t|isn'?t|ain'?t|won'?t be|wouldn'?t be) (?:even |really )?worth (?:anything|a thing|much|a damn|shit|saving|protecting|keeping|the (?:air|oxygen|effort))",
  '(?:have|has|is of|are of|hold|holds) (?:no|zero|little) (?:value|worth|meaning|place|purpose)',
  'not worthy of (?:life|living|respect|rights|being|love|existence|breathing|a place)',
  'no right to (?:exist|live|be alive|be here|breathe|vote|speak|be treated|have rights|be in|work|teach)',
  "(?:can|could|will|would) never be (?:a |an )?(?:\\w+ )?(?:useful|valuable|good|equal|decent|normal|smart|intelligent|clever|as good|as smart|any use|trusted|real|proper|productive|worthwhile|successful|part of|one of us|accepted)",
  "(?:are|is) never (?:any |of any )?(?:use|good|worth|attractive|intelligent|smart|clever|trustworthy|honest|capable|competent)",
  "(?:aren'?t|are not|isn'?t|is not|ain'?t) (?:real|proper|actual|true|even|fully|our|my) (?:people|humans?|women|men|human beings|persons|equals?|equal)",
  "(?:don'?t|do not|doesn'?t|does not) deserve (?:to live|to exist|rights|respect|anything|to be here|a voice|to breathe|to be happy|kindness|a place|jobs|to work)",
  "(?:shouldn'?t|should not|should never|must not|must never) (?:be )?(?:allowed|permitted|let) (?:to|in|near|around|into|anywhere)",
  "(?:shouldn'?t|should not) (?:have|get) (?:the right|rights|a say|the vote|jobs)",
  "lives? (?:\\w+ )?(?:don'?t|do not|doesn'?t|does not|shouldn'?t|should not|won'?t ever|never) (?:matter|count)",
  "(?:shouldn'?t|should not) (?:be|matter) (?:important|valued|protected|respected)",
  "rights (?:shouldn'?t|should not|don'?t|do not|must not) (?:apply|extend|matter) (?:to|for)",
  'belongs? (?:in|behind) (?:a |the )?(?:zoo|cages?|kitchen|chains|asylums?|mental (?:hospitals?|institutions?|homes?)|prisons?|jail|gutter|bins?|sewers?|bars)',
  "(?:should|must|ought to|need to|needs to) (?:be )?(?:kept|locked|caged) (?:in|up|away|behind)",
  '(?:are|is) (?:a |an )?(?:burden|drain|stain|blight|curse|scourge|menace|threat|danger|cancer|plague|disease|parasite) (?:on|to|for|in|upon) (?:society|the country|this country|us|everyone|humanity|the world|civili[sz]ation|our (?:\\w+ )?(?:country|society|way of life|children|kids|schools?|culture|values)|the nhs|the taxpayer|the west|britain|england|democracy)',
  '(?:have|has) no place (?:in|on|at|here)',
  "(?:don'?t|do not|doesn'?t) belong (?:here|in|anywhere|among|with)",
  '(?:are|is) all the same',
  "(?:can'?t|cannot) (?:help|stop) (?:themselves|yourselves|itself|himself|herself)",
]);

/** Words of harm in a call for it: "should be killed", "deserve to die". */
const HARM = any(HARM_VERBS);
const CALL_FOR_HARM = any([
  "(?:should|must|ought to|need to|needs to|deserve to|deserves to|have to|has to|will|are going to|'ll|all need to|are gonna|would) (?:all |just |really |each |be made to )?(?:be |get |go |burn |rot )?(?:all )?" +
    HARM +
    "(?:ed)?(?: in hell| at the stake| alive| slowly| without mercy| on sight| in the street)?",
  'deserve(?:s)? (?:to )?(?:die|death|suffer|pain|to be (?:hurt|killed|shot|beaten|raped))',
]);


const PRONOUN_TRIGGERS = ['they', 'them', 'you', 'those', 'these', 'their', 'your', 'only', 'if', 'everything', 'all', 'most', 'each', 'every'];
const PRONOUN =
  "(?:they|them|you|you all|you lot|you people|those people|these people|their kind|your kind|most of them|all of them|each of them|every one of them|every single one of them|(?:your|their) (?:\\w+ )?lives)";

/** The words the fixed frames of `hate.group-frames` are built on. */
const FRAME_WORDS = [
  ...['forever', 'constantly'],
  ...['typical', 'only', 'always', 'nothing', 'nobody', 'no', 'none', 'trust', 'believe', 'hire', 'employ', 'date', 'marry'],
  ...['vote', 'rather', 'sooner', 'nature', 'than', 'test', 'testing', 'tested', 'try', 'trying', 'vet', 'vets', 'dumped'],
  ...['thrown', 'put', 'binned', 'flushed', 'tossed', 'chucked', 'shipped', 'swept', 'touched', 'cooked', 'made', 'served'],
  ...['prepared', 'handled', 'breathed', 'sat', 'used', 'worn', 'care', 'cares', 'putting', 'having', 'letting', 'electing'],
  ...['hiring', 'employing', 'appointing', 'allowing', 'choosing', 'have', 'let', 'elect', 'appoint', 'allow', 'choose', 'will'],
  ...['would', "'ll", 'gonna', 'going', 'are', 'if', 'came', 'comes', 'coming', 'come', 'course', 'naturally', 'obviously'],
  ...['typically', 'surprise', 'many', 'swarm', 'swarms', 'horde', 'hordes', 'plague', 'plagues', 'infestation'],
  ...['infestations', 'flood', 'floods', 'pack', 'packs', 'herd', 'herds', 'what', "what's", 'fuck', 'go', 'get', 'shut'],
  ...['piss', 'eat', 'drop', 'do', 'can', 'should', 'must', 'need', 'ought', 'could', 'better', 'all', 'just'],
  ...['ruining', 'destroying', 'wrecking', 'spoiling', 'dragging', 'changing', 'mix', 'integrate', 'fit', 'learn', 'speak', 'join', 'assimilate'],
  ...leadWords(['vermin', 'scum', 'trash', 'filth', 'garbage', 'rats', 'cockroaches', 'parasites', 'animals', 'pigs', 'dogs']),
  ...leadWords(['apes', 'monkeys', 'savages', 'pests', 'leeches', 'maggots', 'bastards', 'cunts', 'scumbags', 'freaks']),
  ...leadWords(['perverts', 'degenerates', 'subhumans', 'rubbish', 'scumbag', 'bastard', 'freak', 'pervert', 'savage']),
  ...leadWords(['animal', 'pig', 'dog', 'ape', 'monkey', 'rat']),
  ...leadWords(['infesting', 'invading', 'swarming', 'flooding', 'overrunning', 'taking', 'breeding', 'spreading', 'multiplying']),
  ...leadWords(['polluting', 'ruining', 'destroying', 'contaminating', 'infecting', 'poisoning', 'plaguing', 'colonising', 'colonizing']),
  ...BAD_WORDS,
];

/** Generalisations about a whole group, in everyday words (see `hate.group-generalised`). */
const GENERALISED_CLAIMS = [
  "(?:have|has|got|with) (?:no|zero) (?:manners|respect|shame|morals|class|decency|hygiene|values|loyalty|standards)",
  '(?:stick|sticks|stuck) together',
  '(?:look|looks|looking) after their own',
  '(?:get|gets|getting|got|take|takes|taking|took|grab|grabs|grabbing) (?:all|most|all of) (?:the )?(?:school places|places|houses|homes|jobs|benefits|help|money|attention|funding|priority|council houses|support)',
  '(?:taking|take|takes|took|stealing|steal|steals|nicking) (?:our|the|all our) (?:jobs|houses|homes|school places|places|benefits|money)',
  '(?:push|pushes|pushing) in',
  "(?:don'?t|do not|never|won'?t|can'?t be bothered to) (?:belong|fit in|work|pay (?:tax|taxes|their way)|wash|contribute|integrate|respect (?:anyone|our|us|the rules))",
  '(?:are|is) all the same',
  '(?:are|is) (?:all |just |mostly |always )?(?:thieves|liars|criminals|scroungers|spongers|freeloaders|smelly|filthy|dirty|violent|aggressive|ignorant|uncivilised|primitive|backward|dodgy|a drain|a burden|a nuisance)',
  'the normal (?:ones|kids|children|people|families|pupils)',
  '(?:ruin|ruins|ruined|ruining|bring down|brings down|bringing down|brought down|drag down|drags down|dragging down|lower|lowers|lowering) (?:the|this|our) (?:area|school|town|street|class|neighbourhood|standards|tone|results|place)',
];

/** The telling words of those claims: each claim holds at least one ("have no manners" → "manners"). */
const GENERALISED_TRIGGERS = [
  ...['manners', 'respect', 'shame', 'morals', 'class', 'decency', 'hygiene', 'values', 'loyalty', 'standards', 'together'],
  ...['own', 'places', 'houses', 'homes', 'jobs', 'benefits', 'help', 'money', 'attention', 'funding', 'priority', 'support'],
  ...['push', 'pushes', 'pushing', 'belong', 'fit', 'work', 'pay', 'wash', 'contribute', 'integrate', 'same', 'thieves'],
  ...['liars', 'criminals', 'scroungers', 'spongers', 'freeloaders', 'smelly', 'filthy', 'dirty', 'violent', 'aggressive'],
  ...['ignorant', 'uncivilised', 'primitive', 'backward', 'dodgy', 'drain', 'burden', 'nuisance', 'normal', 'ruin', 'ruins'],
  ...['ruined', 'ruining', 'bring', 'brings', 'bringing', 'brought', 'drag', 'drags', 'dragging', 'lower', 'lowers', 'lowering'],
];

/** The words a call for harm to a group must hold one of. */
const HARM_TRIGGERS = [
  ...leadWords(HARM_VERBS).map((w) => (w.endsWith('*') ? w : `${w}*`)),
  ...['deserve', 'deserves', 'death', 'better', 'rid', 'execution', 'extermination', 'genocide', 'deportation', 'eradication'],
  ...['bullet', 'gas', 'rope', 'sterilisation', 'sterilization', 'raping', 'killing', 'murdering', 'beating', 'shooting'],
  ...['stabbing', 'hurting', 'attacking', 'lynching', 'hanging', 'torturing', 'gassing', 'drowning', 'assaulting', 'burning'],
  ...['wipe', 'stamp', 'snuff', 'finish', 'round', 'kick', 'drive', 'ship', 'send', 'boot', 'smoke', 'flush', 'world'],
];

const SLUR = any(SLURS.map((s) => masked(s).replace(/ /g, ' ?')));

export const hateRules: readonly Rule[] = [
];


/** Prejudiced wording shared with `abuse.prejudice-at-staff`: prejudice aimed at one member of staff. */
export const PREJUDICE_RULE_IDS: readonly string[] = ['hate.group-demeaned', 'hate.group-hated', 'hate.group-frames', 'hate.tropes', 'hate.objections', 'hate.sexist', 'hate.slur'];

/** For other rules: whether a sentence names a protected group. */
export function namesGroup(sentence: string): boolean {
  return ID_RE.test(sentence) || GROUP_RE.test(sentence);
}
