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
  {
    id: 'hate.group-frames',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    triggers: [...GROUP_TRIGGERS, 'only', 'kind', 'sort', 'type', 'lot'],
    alsoTriggers: FRAME_WORDS,
    // "Only" and "lot" are everywhere: read a sentence only with a group in it or beside it.
    where: (sentence, draft) => nearGroup(sentence, draft) || GROUP_RE.test(draft.sentenceText(sentence)),
    // Fixed frames that pin a fault on the whole group: "typical", "only a … could", "worse than", "in their nature".
    patterns: [
      re('\\b(?<hit>typical (?:of )?', ID_ANY, ')'),
      re('\\b(?<hit>only (?:a |an )?(?:', ID_ANY, '|they|them) (?:can|could|would|are|is) (?:be )?(?:so |this |that |such )?', BAD, ')(?![a-z])'),
      re("\\b(?<hit>(?:it'?s |is )?always (?:the |an? )?", ID_ANY, " (?:who|that|who'?s|that'?s) (?:is |are )?(?:the )?", INTENSIFIERS, BAD, ')(?![a-z])'),
      // Blame pinned on the group: "… kids are always the ones nicking things", "it's always the … causing trouble".
      re("\\b(?<hit>", ID, "(?: \\w+)? (?:are |is )?(?:always|forever|constantly) (?:the ones )?(?:who(?:'re| are)? )?(?:nicking|stealing|thieving|robbing|shoplifting|fighting|causing (?:trouble|problems|fights|bother)|starting (?:fights|trouble)|kicking off|dealing|lying|cheating|begging|scrounging|bullying|vandalising|smashing))"),
      re("\\b(?<hit>(?:it'?s|its|it is) (?:always|forever) (?:the |them )?(?:\\w+ )?", ID, "(?: \\w+)? (?:who(?:'re| are)? |that(?:'re| are)? )?(?:nicking|stealing|thieving|robbing|shoplifting|fighting|causing (?:trouble|problems|fights|bother)|starting (?:fights|trouble)|kicking off|dealing|lying|cheating|begging|scrounging|bullying|vandalising|smashing))"),
      re("\\b(?<hit>nothing (?:\\w+ ){0,6}?(?:is )?(?:worse|i (?:like|hate|despise) (?:less|more)) than (?:(?:your|their) (?:kind|sort|type|lot)|(?:a |an |the |some |your |their )?(?:average |typical |usual |everyday )?", ID_ANY, '))'),
      re("\\b(?<hit>(?:no one|nobody|none)(?: else)? (?:is|are) (?:as|so) ", BAD, ' as (?:those |these |the )?', ID, ')'),
      re("\\b(?<hit>(?:never|don'?t|do not|can'?t|cannot|wouldn'?t) (?:ever )?(?:trust|believe|hire|employ|date|marry|vote for) (?:\\w+ ){0,6}?", ID_ANY, ')'),
      re("\\b(?<hit>(?:rather|sooner) (?:die|be dead|have cancer|eat (?:glass|shit|dirt)|be shot|kill myself|starve|be homeless) than (?:\\w+ ){0,6}?", ID_ANY, ')'),
      re("\\b(?<hit>(?:in|is) (?:the |a |an )?", ID_ANY, "(?:'s|s')? (?:very )?nature to)"),
      // Worse than animals: "my cat is cleverer than any …", "no better than a dead rat".
      re(
        "\\b(?<hit>(?:dogs?|cats?|rats?|monkeys?|apes?|pigs?|insects?|animals?|goldfish|hamsters?|rocks?|potato(?:es)?|plants?|cockroach(?:es)?|toddlers?|vegetables?|bricks?)(?:'s life)? (?:is|are|has|have|would be|could be|seems?)? ?(?:\\w+ )?(?:smarter|more intelligent|more valuable|worth more|more useful|cleverer|brighter|more human|more civili[sz]ed|more deserving|more important|more trustworthy|better company|cleaner|more brains|more sense|more class|more manners|more morals|more worth|more value|more rights?|a higher iq) than (?:\\w+ ){0,6}?",
        ID_ANY,
        ')',
      ),
      re("\\b(?<hit>", ID, " (?:are|is) (?:\\w+ )?(?:dumber|stupider|thicker|less intelligent|worth less|less valuable|less human|less civili[sz]ed|lower|dirtier) than (?:\\w+ ){0,3}(?:dogs?|rats?|animals?|apes?|monkeys?|pigs?|insects?|cockroach(?:es)?|vermin|dirt))"),
      re("\\b(?<hit>(?:no difference|not much difference|no different|no better) (?:between|than|from) (?:\\w+ ){0,3}(?:rats?|dogs?|animals?|apes?|monkeys?|pigs?|cockroach(?:es)?|insects?|vermin)(?: \\w+){0,3} (?:and|than|from) (?:a |an )?(?:dead )?", ID_ANY, ')'),
      re('\\b(?<hit>(?:test|testing|tested|try|trying) (?:\\w+ ){0,3}(?:drugs|medicines?|products|vaccines|experiments|chemicals) on ', ID, ')'),
      re("\\b(?<hit>(?:taken|sent|go|belong) to (?:a |the )?vets?\\b)"),
      // Disposal: "should be thrown in a skip".
      re("\\b(?<hit>(?:dumped|thrown|put|binned|flushed|tossed|chucked|shipped|swept) (?:\\w+ )?(?:in|into|down|out|away|on|off) (?:a |the )?(?:landfill|bin|skip|sewer|gutter|toilet|rubbish|trash|garbage|ocean|sea|tip|island))"),
      // Avoidance: "wouldn't eat anything a … had touched".
      re("\\b(?<hit>(?:never|wouldn'?t|won'?t|refuse to|would not|will not) (?:ever )?(?:\\w+ ){0,5}(?:touched|cooked|made|served|prepared|handled|breathed on|sat on|used|worn) by (?:a |an |any )?", ID_ANY, ')'),
      re("\\b(?<hit>(?:never|wouldn'?t|won'?t|refuse to|would not|will not) (?:ever )?(?:sit|live|work|eat|share \\w+|shake hands|stand|sleep|swim|be seen) (?:\\w+ ){0,2}(?:next to|near|with|beside|alongside|around) (?:a |an |any )?", ID_ANY, ')'),
      // Not caring: "couldn't care less about …", "care more about my shoes than about …".
      re("\\b(?<hit>(?:don'?t|do not|couldn'?t|could not|never) (?:give a (?:damn|shit|toss|fuck|monkey'?s)|care (?:less|at all|one bit|in the slightest)) (?:about|for|if) (?:\\w+ ){0,3}", ID, ')'),
      re("\\b(?<hit>care(?:s)? (?:far )?more about (?:\\w+ ){1,8}than (?:about |for )?", ID, ')'),
      re("\\b(?<hit>why (?:anyone|people|you|we) (?:\\w+ ){0,2}cares? (?:\\w+ ){0,4}about (?:the lives of |the rights of )?", ID, ')'),
      // "Letting a … lead anything is asking for disaster", "more … in power will wreck the country".
      re("\\b(?<hit>(?:put|putting|have|having|let|letting|elect|electing|hire|hiring|employ|employing|appoint|appointing|allow|allowing|choose|choosing) (?:a |an |any |more |another )?", ID_ANY, " (?:\\w+ ){0,6}?(?:is|was|would be|will be|are|and it'?ll be|and it will be|and you get|is asking for) (?:a |an |the )?(?:\\w+ )?(?:mistake|disaster|joke|error|catastrophe|trouble|shambles|mess))"),
      re("\\b(?<hit>", ID, " (?:\\w+ ){0,4}(?:will|would|are going to|'ll|are gonna) (?:ruin|destroy|wreck|be the end of|bring down|spoil|poison|infect) (?:our|the|this|everything|britain|england|society))"),
      // Blamed for spoiling a place, or for keeping apart: "…they're ruining the school", "…never mix".
      re("\\b(?<hit>(?:are|is|'re|'s|they'?re|it'?s|keep|keeps) (?:\\w+ )?(?:ruining|destroying|wrecking|taking over|spoiling|dragging down|changing) (?:our|the|this|my) (?:school|area|town|country|street|class|estate|neighbourhood|city|community|culture))"),
      re("\\b(?<hit>(?:never|don'?t|do not|won'?t|will not|refuse to|can'?t be bothered to|make no effort to) (?:even )?(?:try to )?(?:mix|integrate|fit in|learn (?:the )?english|speak (?:proper )?english|join in|assimilate))\\b"),
      // "If I were one of them I'd end it."
      re("\\b(?<hit>if i (?:were|was|became|woke up as|turned into|ended up|had been born) (?:a |an )?", ID_ANY, ",? (?:then )?(?:i'?d|i would|i'?ll|i will)(?: just| rather)? (?:kill myself|die|shoot myself|end it|top myself|hang myself|throw myself))"),
      // An idea dismissed for who had it: "rubbish, but what do you expect, it came from a …"
      re("\\b(?<hit>(?:came|comes|coming|come) from (?:a |an |some )?", ID_ANY, ')'),
      re("\\b(?<hit>(?:of course|naturally|obviously|typically|no surprise) (?:that |the |it )?(?:\\w+ )?(?:dumbass|idiot|moron|twat|prick|bitch|fool|criminal|thief|culprit|terrorist|liar|driver|one|worst|motherfucker)s?(?: \\w+){0,4} (?:was|is|would be|had to be|were|are) (?:a |an |the )?", ID_ANY, ')'),
      re("\\b(?<hit>too many (?:\\w+ )?", ID, '(?: \\w+)? (?:in|round|around|at|on) (?:this|our|the|my) (?:country|town|area|school|street|city|estate|government|world))'),
      // Dehumanising compounds, and the group as a plague spreading: "immigrant vermin", "swarms of …".
      re('\\b(?<hit>', GROUP_ADJ, ' ', any(['vermin', 'scum', 'trash', 'filth', 'garbage', 'rats', 'cockroaches', 'parasites', 'animals', 'pigs', 'dogs', 'apes', 'monkeys', 'savages', 'pests', 'leeches', 'maggots', 'bastards', 'cunts', 'scumbags', 'freaks', 'perverts', 'degenerates', 'subhumans', 'rubbish', 'filth', 'scumbag', 'bastard', 'freak', 'pervert', 'savage', 'animal', 'pig', 'dog', 'ape', 'monkey', 'rat']), ')(?![a-z])'),
      re('\\b(?<hit>(?:swarms?|hordes?|plagues?|infestations?|floods?|packs?|herds?) of ', ID, ')'),
      re('\\b(?<hit>', ID, "(?: \\w+)? (?:are |is |keep |keeps )?(?:infesting|invading|swarming|flooding|overrunning|taking over|breeding|spreading|multiplying|polluting|ruining|destroying|contaminating|infecting|poisoning|plaguing|colonising|colonizing) (?:our|the|this|every|britain|england|europe)\\b)"),
      re("\\b(?<hit>what(?: is|'s) it with (?:you |all |these |those )?(?:fucking|bloody|damn|effing) ", ID, ')'),
      re('\\b(?<hit>', ID, "(?: like (?:you|them|that|her|him))?,? (?:\\w+ )?(?:should|can|must|need to|ought to|could|will|better)? ?(?:all )?(?:just )?(?:go )?(?:fuck off|get the fuck out|shut the fuck up|fuck themselves|fuck yourselves|go to hell|piss off|get fucked|eat shit|fuck right off|drop dead|do one))"),
      re("\\b(?<hit>if (?:you'?re|you are|they'?re|they are|she'?s|she is|he'?s|he is) (?:a |an )?", ID_ANY, "[^.!?]{0,20}\\b(?:you|they|she|he)(?:'re| are|'s| is) (?:\\w+ )?", BAD, ')(?![a-z])'),
    ],
    check: (hit, draft) => {
      if (!speaks(hit, draft) || negated(hit, draft)) return false;
      const said = draft.text.slice(hit.start, hit.end);
      // Frames that need the group or a verdict nearby to hurt.
      if (/^(?:taken|sent|go|belong) to/.test(said) || /^(?:dumped|thrown|put|binned|flushed|tossed|chucked|shipped|swept) /.test(said)) return groupNearby(hit, draft);
      if (/^(?:came|comes|coming|come) from/.test(said)) {
        const around = [hit.sentence - 1, hit.sentence, hit.sentence + 1]
          .filter((i) => i >= 0 && i < draft.sentences.length)
          .map((i) => draft.sentenceText(i))
          .join(' ');
        return /\b(?:bullshit|rubbish|crap|stupid|nonsense|shit|garbage|dumb|idiotic|worthless|useless|trash)\b/.test(around);
      }
      if (/\b(?:your|their) (?:kind|sort|type|lot)\b/.test(said)) return groupNearby(hit, draft) || GROUP_RE.test(draft.sentenceText(hit.sentence));
      return true;
    },
    cases: {
      fires: [
        'So typical of a refugee, always after something for free.',
        'Only a lesbian could be that bitter.',
        'Nothing on earth is worse than a Muslim landlord.',
        'My hamster has more brains than any refugee.',
        'Nobody is as filthy as those travellers.',
        'Let a lesbian run the PTA and it will be a shambles.',
        'Too many foreigners in this town now, it is ruined.',
        'Hordes of asylum seekers are invading our town.',
        'Lesbian vermin, the lot of them.',
      ],
      quiet: [
        'Typical Year 6, forgot their PE kit again.',
        'Our Polish families came from all over, and the food at the fair was amazing.',
        'The refugees in our town are thriving, and the school has been brilliant.',
      ],
    },
  },
];


/** Prejudiced wording shared with `abuse.prejudice-at-staff`: prejudice aimed at one member of staff. */
export const PREJUDICE_RULE_IDS: readonly string[] = ['hate.group-demeaned', 'hate.group-hated', 'hate.group-frames', 'hate.tropes', 'hate.objections', 'hate.sexist', 'hate.slur'];

/** For other rules: whether a sentence names a protected group. */
export function namesGroup(sentence: string): boolean {
  return ID_RE.test(sentence) || GROUP_RE.test(sentence);
}
