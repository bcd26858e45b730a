/**
 * Racist, homophobic, transphobic, sexist, religious, disablist and other prejudiced remarks (000 §3.4.6,
 * 001 §5.6, 002, 003, 004). Nudged wherever aimed.
 *
 * A remark is hateful when a protected group, spoken of in general, is demeaned, dehumanised, hated, excluded
 * or threatened. Guardrails keep quiet the drafts that quote such words to reject them, deny them ("women are
 * not stupid", "I don't hate anyone"), or argue against them; and the innocent senses of some slurs.
 */
import type { DraftContext } from '../context';
import { DEHUMANISING, DEMEANING, GROUP_WORD, HARM_VERBS, IDENTITY, SLURS } from '../groups';
import { any, masked, re, test } from '../rule';
import type { Hit, Rule } from '../rule';

const message = 'This could read as prejudiced against a group of people.';
const source = '000 §3.4.6; 001 §5.6; 002; 003; 004';

/** A group, not followed by more letters or a possessive ("women's football" is not about women). */
const ID = `${IDENTITY}(?![a-z'])`;
const ID_RE = new RegExp(`\\b${ID}`);
const GROUP_RE = new RegExp(`\\b${GROUP_WORD}\\b`);

/** Words between a group and what is said of it ("are all just", "are honestly the"). */
const INTENSIFIERS =
  "(?:(?:all|just|so|such|really|truly|totally|completely|utterly|absolutely|incredibly|pretty|very|seriously|fucking|bloody|nothing but|literally|basically|always|honestly|simply|clearly|obviously|naturally|inherently|genuinely|mostly|generally|too|way too|the|a|an|bunch of|massive|complete|total|utter|common|human|most|without (?:a|any) doubt|by nature|at heart|deep down|quite|rather|far too|actually|frankly|such massive|disgusting|dirty|filthy|lazy|stupid|worthless|nasty|vile) )*";
const COPULA =
  "(?:are|is|'re|'s|were|was|be|being|seem(?:s)?(?: to be)?|look|looks|act|acts|remain|become|becomes|can be|will always be|have always been|has always been|are all|r)";
const BAD = any([...DEMEANING, ...DEHUMANISING]);

/** Verbs of hatred that take the group as object. */
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
  '(?:disgusted|repulsed|revolted|sickened|nauseated) by',
  '(?:contempt|hatred|disdain|loathing|disgust|hate) (?:for|towards|toward|of)',
  'pissed off (?:by|with|at)',
  'fed up (?:of|with)',
  "don'?t (?:want|like|trust)",
  'do not (?:want|like|trust)',
  'never (?:trust|hire|employ|rent to|serve)',
  'fuck',
  'fuck off',
]);
const DETERMINERS = '(?:(?:all|every|each|any|those|these|the|such|most|you|of|them|single|fucking|bloody|filthy|stupid|dirty|disgusting|lot of|kind of|type of|sort of) )*';

/** The group as the cause of the feeling ("…turn my stomach", "…make me want to scream"). */
const MAKES_ME_FEEL = any([
  '(?:disgust|disgusts|sicken|sickens|repulse|repulses|revolt|revolts|nauseate|nauseates|infuriate|infuriates|enrage|enrages) (?:me|us|everyone)',
  'make(?:s)? me (?:so |really |feel )?(?:sick|ill|angry|furious|want to (?:vomit|puke|throw up|scream|hit something))',
  'give(?:s)? me the creeps',
  'turns? (?:my|our) stomachs?',
]);

/** Said of a group's worth: the denial is the contempt, so these ignore the negation guardrail. */
const WORTHLESS = any([
  "(?:are|is|'re|'s)? ?(?:not|n't|aren'?t|isn'?t|ain'?t|are not|is not|never)? ?worth (?:shit|anything|nothing|a thing|much|less|a damn|jack|saving|protecting|keeping|the (?:air|oxygen|effort))",
  '(?:have|has|is of|are of|hold|holds) (?:no|zero|little) (?:value|worth|meaning|place|purpose)',
  'not worthy of (?:life|living|respect|rights|being|love|existence|breathing|a place)',
  'no right to (?:exist|live|be alive|be here|breathe|vote|speak|be treated|have rights|be in|work|teach)',
  "(?:can|could|will|would) never be (?:a |an )?(?:\\w+ )?(?:useful|valuable|good|equal|decent|normal|smart|intelligent|clever|as good|as smart|any use|trusted|real|proper|productive|worthwhile|successful|part of|one of us|accepted)",
  "(?:are|is) never (?:any |of any )?(?:use|good|worth)",
  "(?:aren'?t|are not|isn'?t|is not|ain'?t) (?:real|proper|actual|true|even|fully) (?:people|humans?|women|men|human beings|persons)",
  "(?:don'?t|do not|doesn'?t|does not) deserve (?:to live|to exist|rights|respect|anything|to be here|a voice|to breathe|to be happy|kindness|a place|jobs|to work)",
  "(?:shouldn'?t|should not|should never|must not|must never) (?:be )?(?:allowed|permitted|let) (?:to|in|near|around|into|anywhere)",
  "(?:shouldn'?t|should not) (?:have|get) (?:the right|rights|a say|the vote|jobs)",
  'belongs? (?:in|behind) (?:a |the )?(?:zoo|cages?|kitchen|chains|asylums?|mental (?:hospitals?|institutions?|homes?)|prisons?|jail|gutter|bins?|sewers?|bars)',
  "(?:should|must|ought to|need to|needs to) (?:be )?(?:kept|locked|caged) (?:in|up|away|behind)",
  '(?:are|is) (?:a |an )?(?:burden|drain|stain|blight|curse|scourge|menace|threat|danger|cancer|plague|disease|parasite) (?:on|to|for|in|upon) (?:society|the country|this country|us|everyone|humanity|the world|our \\w+|the nhs|the taxpayer)',
  '(?:have|has) no place (?:in|on|at|here)',
  "(?:don'?t|do not|doesn'?t) belong (?:here|in|anywhere|among|with)",
  '(?:are|is) all the same',
  "(?:can'?t|cannot) help (?:themselves|yourselves|itself|himself|herself)",
]);

/** Words of harm in a call for it: "should be killed", "deserve to die". */
const HARM = any(HARM_VERBS);
const CALL_FOR_HARM = any([
  "(?:should|must|ought to|need to|needs to|deserve to|deserves to|have to|has to|will|are going to|'ll|all need to|are gonna) (?:all |just |really |each |be made to )?(?:be |get |go |burn |rot )?(?:all )?" +
    HARM +
    "(?:ed)?(?: in hell| at the stake| alive| slowly| without mercy| on sight)?",
  'deserve(?:s)? (?:to )?(?:die|death|suffer|pain|to be (?:hurt|killed|shot|beaten|raped))',
]);

/** Reporting, quoting or condemning someone else's hateful words (HateCheck-style counter-speech, in our words). */
const COUNTER_SPEECH = [
  test(
    '\\b(?:say|says|said|saying|call|calls|called|calling|tweet\\w*|post(?:s|ed|ing)?|wr(?:ite|ites|ote|iting|itten)|shout\\w*|messages?|comments?|statements?|stuff|things|words|phrases?|slogans?|graffiti|chants?|signs?|banners?|replies|dms?) (?:like |that |such as |me )?"',
  ),
  test('^\\W*(?:calling|saying|claiming|suggesting|implying|insisting|to say|to call|to claim|telling (?:people|kids|children|someone)) '),
  test(
    '\\b(?:people|those|anyone|someone|somebody|everyone|folk|men|users?|trolls?|accounts?|idiots|bigots|racists|parents|kids|he|she|they) (?:who|that)? ?(?:say|says|said|call|calls|called|think|thinks|believe|believes|write|writes|wrote|send|sends|sent|post|posts|tweet|tweets|spout|spouts|spread|spreads|shout|shouts|shouted|claim|claims|claimed|yell|yelled|scream|screamed|chant|chanted) (?:that |stuff |things |such |rubbish |crap |shit |me )?(?:like )?',
  ),
  test(
    "\\b(?:stop|quit) (?:saying|calling|treating|spreading|claiming|pretending|telling|posting)|\\b(?:not|never|isn'?t|is not|no longer) (?:ok|okay|acceptable|fine|right|cool|alright|funny|a joke) to\\b",
  ),
  test(
    '\\bhow (?:hateful|hurtful|ignorant|cruel|wrong|vile|nasty|bigoted|racist|sexist|homophobic|transphobic|misguided|pathetic) (?:you|that|it|they|this|people)\\b|\\bshows? (?:how|that|what|just how|you)\\b|\\bsays (?:more|a lot|everything|so much) about\\b',
  ),
  test("\\bto you,? but\\b|\\byour (?:opinion|views?|words) (?:doesn'?t|don'?t|do not|does not|mean|count|matter)"),
  test(
    "\\b(?:disheartening|sad|depressing|shocking|appalling|horrifying|sickening|disgusting|awful|horrible|upsetting|heartbreaking|scary|frightening|worrying|alarming) (?:to (?:still )?(?:see|hear|read)|that (?:people|anyone|someone|some|you|they|we))\\b",
  ),
  test('\\bcall(?:s|ing|ed)? for (?:the )?(?:death|murder|killing|deportation|execution|removal|extermination|harm)\\b'),
  test("\\b(?:can'?t|cannot) believe (?:people|anyone|someone|somebody|some people) (?:still |would |could |actually )?(?:say|says|think|thinks|believe|call|calls|write|writes|post|posts|shout|shouts)\\b|\\b(?:if|when) you (?:think|say|believe|call)\\b|\\banyone who (?:says|thinks|believes|calls)\\b"),
  test("\\b(?:will|'ll|gets?|got) (?:be |get )?(?:blocked|reported|banned|muted)\\b|\\bwhat makes you (?:say|think)\\b|\\bwhy (?:would|do|did|does) (?:you|people|anyone|someone|he|she|they) (?:say|think|write|call|post|believe)\\b"),
  test('\\b(?:denounce|condemn|reject|challenge|calling out|called out|call (?:it|this|that|them|him|her) out)\\b'),
  test(
    "\\b(?:racism|sexism|homophobia|transphobia|bigotry|prejudice|hate|hatred|discrimination|ableism|islamophobia|antisemitism|misogyny|xenophobia)(?: of any kind| like (?:this|that))? (?:is|has|have|isn'?t|won'?t|will not|doesn'?t|never|should|must|needs to)\\b",
  ),
  test('\\bstand(?:ing|s)? (?:with|up for|in solidarity with|against|together)\\b'),
  test("\\b(?:that'?s|that is|it'?s|it is|this is|was|so|how) (?:so |really |just |deeply |incredibly |absolutely )?(?:racist|sexist|homophobic|transphobic|ableist|bigoted|hateful|disablist|xenophobic|islamophobic|antisemitic|misogynistic)\\b"),
];

/** Wording that asserts the hateful claim while sounding like a report of it ("where's the harm in saying…"). */
const ASSERTED = test(
  "\\b(?:mistake|wrong|harm|problem|issue|crime|lie) (?:in|with|about) (?:saying|calling|stating|thinking|believing|admitting)|\\bnothing wrong with (?:saying|calling|thinking)|\\b(?:is|isn'?t) it (?:clear|obvious|apparent|true|a fact|time)|\\bhow is it not (?:clear|obvious|apparent)|\\b(?:we all|everyone|everybody) knows? (?:that )?",
);

function counterSpeech(sentence: string): boolean {
  if (ASSERTED.test(sentence)) return false;
  return COUNTER_SPEECH.some((guard) => guard.test(sentence));
}

/** Words inside double quotes are someone else's, reported. */
function insideQuotes(hit: Hit, draft: DraftContext): boolean {
  const start = draft.sentences[hit.sentence]?.start ?? 0;
  const before = draft.text.slice(start, hit.start);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

const NEGATOR = /\b(?:not|never|no|nobody|nothing|none|neither|nor|without|hardly|stop|against)\b|n't\b/;
/** Where the clause the hit is in begins: after a comma, semicolon or "but". */
const CLAUSE_BREAK = /(?:[,;:]|\b(?:but|although|though|yet|however|whereas|while))\s*(?![\s\S]*(?:[,;:]|\b(?:but|although|though|yet|however|whereas|while)\b))/;

/** "I don't think women are stupid", "nobody should say immigrants are vermin": the claim is denied. */
function negated(hit: Hit, draft: DraftContext): boolean {
  const sentenceStart = draft.sentences[hit.sentence]?.start ?? 0;
  let lead = draft.text.slice(sentenceStart, hit.start);
  const brk = CLAUSE_BREAK.exec(lead);
  if (brk) lead = lead.slice(brk.index + brk[0].length);
  return NEGATOR.test(lead);
}

/** A group is named in this sentence, or in the one before or after (where "they"/"you" refer back). */
function groupNearby(hit: Hit, draft: DraftContext): boolean {
  for (let i = Math.max(0, hit.sentence - 1); i <= Math.min(draft.sentences.length - 1, hit.sentence + 1); i++) {
    if (ID_RE.test(draft.sentenceText(i))) return true;
  }
  return false;
}

const speaks = (hit: Hit, draft: DraftContext): boolean =>
  !insideQuotes(hit, draft) && !counterSpeech(draft.sentenceText(hit.sentence));

/** Trigger words: the group words and the first word of each frame (see `Rule.triggers`). */
const GROUP_TRIGGERS = [
  'women',
  'woman',
  'female*',
  'trans*',
  'gay*',
  'lesbian*',
  'bisexual*',
  'homosexual*',
  'lgbt*',
  'black*',
  'brown',
  'asian*',
  'african*',
  'arab*',
  'pakistani*',
  'indians',
  'chinese',
  'jew*',
  'muslim*',
  'moslem*',
  'hindu*',
  'sikh*',
  'immigrant*',
  'migrant*',
  'refugee*',
  'foreign*',
  'illegal*',
  'traveller*',
  'travelers',
  'gyps*',
  'gips*',
  'roma',
  'romanian*',
  'polish',
  'mexicans',
  'cripple*',
  'disabled',
  'handicapped',
  'autistic',
  'asylum',
  'eastern',
  'people',
  'colour',
  'color',
];
const PRONOUN_TRIGGERS = ['they', 'them', 'you', 'those', 'these', 'their', 'your'];

const SLUR = any(SLURS.map(masked));

export const hateRules: readonly Rule[] = [
  {
    id: 'hate.group-demeaned',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    triggers: GROUP_TRIGGERS,
    patterns: [
      // "Immigrants are parasites", "women are just the dumbest", "why are gay people so stupid?"
      re(
        '\\b(?<hit>',
        ID,
        "(?: like (?:you|them|that|her|him)| in general| here| around here| these days| nowadays| everywhere)?,? (?:",
        COPULA,
        ' |(?:so|such|this|that|too|always|just|truly|really) )',
        INTENSIFIERS,
        BAD,
        ')(?![a-z])',
      ),
      // Hatred with the group as its object: "can't stand refugees", "sick to death of lesbians".
      re('\\b(?<hit>', HATE_VERB, ' ', DETERMINERS, ID, ')'),
      re('\\b(?<hit>', ID, '(?: like (?:you|them))? ', MAKES_ME_FEEL, ')'),
      // Fixed frames that pin a fault on the whole group: "typical", "only a … could", "worse than", "in their nature".
      re('\\b(?<hit>typical (?:of )?', ID, ')'),
      re('\\b(?<hit>only (?:an? )?', ID, ' (?:can|could|would|are|is) (?:be )?(?:so |this |that |such )?', BAD, ')(?![a-z])'),
      re("\\b(?<hit>(?:it'?s |is )?always (?:the |an? )?", ID, " (?:who|that|who'?s|that'?s) (?:is |are )?(?:the )?", INTENSIFIERS, BAD, ')(?![a-z])'),
      re("\\b(?<hit>nothing (?:is )?worse than (?:a |an |the |some )?", ID, ')'),
      re("\\b(?<hit>(?:never|don'?t|do not|can'?t|cannot|wouldn'?t) (?:ever )?(?:trust|believe|hire|employ|date|marry|vote for) (?:\\w+ ){0,6}?", ID, ')'),
      re("\\b(?<hit>(?:rather|sooner) (?:die|be dead|have cancer|eat (?:glass|shit|dirt)|be shot|kill myself|starve|be homeless) than (?:\\w+ ){0,6}?", ID, ')'),
      re("\\b(?<hit>(?:in|is) (?:the |a |an )?", ID, "(?:'s|s')? (?:very )?nature to)"),
    ],
    unless: [],
    check: (hit, draft) => speaks(hit, draft) && !negated(hit, draft),
    cases: {
      fires: [
        'Honestly, refugees are parasites, every last one.',
        'I absolutely despise disabled people.',
        'Why are lesbians always so bitter?',
        'Lesbians turn my stomach.',
        'Only a Muslim would be that dishonest.',
        'You can’t trust anything an immigrant tells you.',
        'Typical w0men, all of them useless.',
      ],
      quiet: [
        'Refugees are not parasites, and the families at our school are brilliant.',
        'I don’t hate anyone, least of all immigrants.',
        'Someone sprayed "lesbians are vermin" on the bus shelter and it has been reported.',
        'People who say women are stupid need to meet our Year 6 girls.',
        'The women in the office are useless at answering the phone.',
        'Women’s football is brilliant to watch with the kids.',
      ],
    },
  },
  {
    id: 'hate.pronoun-demeaned',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    triggers: PRONOUN_TRIGGERS,
    // "I try to get on with immigrants but they are just vile": the group named nearby, the contempt after "they".
    patterns: [
      re(
        "\\b(?<hit>(?:they|them|you|you all|you lot|you people|those people|these people|their kind|your kind|most of them|all of them|each of them)(?:'re| are| were| r)? ",
        INTENSIFIERS,
        '(?:',
        any(DEHUMANISING),
        '|',
        any(DEMEANING.filter((w) => !/^(?:annoying|irritating|arrogant|selfish|weak|emotional|greedy|worst|the worst|shit|crap|incompetent|lazy|useless|thick)$/.test(w))),
        '))(?![a-z])',
      ),
    ],
    check: (hit, draft) => groupNearby(hit, draft) && speaks(hit, draft) && !negated(hit, draft),
    cases: {
      fires: [
        'I have tried with migrants, honestly, but they are vermin.',
        'Trans people on the news again. They are perverts, every one of them.',
      ],
      quiet: [
        'Met lots of refugee families at the fair. They are lovely people.',
        'The black cabs were late again and they are a menace on that road.',
      ],
    },
  },
  {
    id: 'hate.worth-denied',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    triggers: ['worth', 'value', 'worthy', 'right', 'never', 'real', 'proper', 'actual', 'true', 'even', 'fully', 'deserve', 'deserves', 'allowed', 'permitted', 'let', 'have', 'get', 'belong*', 'kept', 'locked', 'caged', 'burden', 'drain', 'stain', 'blight', 'curse', 'scourge', 'menace', 'threat', 'danger', 'cancer', 'plague', 'disease', 'parasite', 'place', 'same', 'help', 'meaning', 'purpose'],
    // The denial is the contempt here ("their lives count for nothing"), so there is no negation guardrail.
    patterns: [re('\\b(?<hit>', WORTHLESS, ')')],
    check: (hit, draft) => {
      if (!groupNearby(hit, draft) || !speaks(hit, draft)) return false;
      // "No one should say women are a burden": denied by the speaker, before the claim.
      const lead = draft.text.slice(draft.sentences[hit.sentence]?.start ?? 0, hit.start);
      return !/\b(?:no one|nobody|no-one)\b|\bno (?:\w+ ){0,2}(?:should|ought|deserves?)\b|\b(?:not|never) true\b/.test(lead);
    },
    cases: {
      fires: [
        'To this lot, the life of a disabled child is worth nothing.',
        'Asylum seekers have no right to live in our town.',
        'A trans woman will never be a real woman.',
        'Gay men should not be allowed anywhere near a classroom.',
        'Muslims are a drain on this country.',
      ],
      quiet: [
        'Every child is worth the extra effort, whatever their needs.',
        'My son shouldn’t be allowed near a bike without a helmet.',
        'No one should say immigrants are a burden, it isn’t true.',
      ],
    },
  },
  {
    id: 'hate.harm-to-group',
    category: 'hate',
    message: 'This calls for harm to a group of people.',
    source,
    scope: 'anywhere',
    triggers: GROUP_TRIGGERS.concat(['death', 'world', 'better', 'rid']),
    patterns: [
      // A call for harm with the group as its subject: "…should be got rid of", "…ought to be locked up".
      re('\\b(?<hit>', ID, '(?: like (?:you|them|that|her|him|this))?,? (?:\\w+ )?', CALL_FOR_HARM, ')(?![a-z])'),
      // "kill all immigrants", "we should gas the lot of them" with the group named.
      re(
        "\\b(?<hit>(?:^|i'?d|i would|i will|i'?ll|we should|we must|we need to|we'?ll|let'?s|should|someone should|somebody should|i want to|i wanna|going to|gonna|time to|need to|have to|must|just|i'?d happily|happy to|love to|should just|we ought to) (?:\\w+ )?",
        HARM,
        ' ',
        DETERMINERS,
        '(?:of )?(?:the )?',
        ID,
        ')',
      ),
      re('\\b(?<hit>death to (?:all |the |every |those |these )?(?:\\w+ )?', GROUP_WORD, ')'),
      re('\\b(?<hit>(?:world|country|society|we|everyone|town|city|area|school|street|estate|neighbourhood|britain|england|uk) (?:would be|will be|is|are|were|\'d be) (?:a |so much )?better (?:place |off )?without (?:all |any |those |these |the |them|)?(?:', ID, ')?)'),
      re("\\b(?<hit>better (?:off )?if (?:all |those |these |the )?", ID, ' (?:were|was|got|are) (?:all )?(?:dead|gone|eradicated|killed|removed|wiped out|exterminated|deported|sterili[sz]ed))'),
      re('\\b(?<hit>(?:get|got|getting) rid of (?:all |the |those |these )?', ID, ')'),
    ],
    check: (hit, draft) => {
      if (!speaks(hit, draft) || negated(hit, draft)) return false;
      // "better off without" needs the group named in it or nearby.
      return /without/.test(draft.text.slice(hit.start, hit.end)) ? groupNearby(hit, draft) : true;
    },
    cases: {
      fires: [
        'Honestly asylum seekers should all be shot.',
        'Women like her deserve to suffer.',
        'We need to get rid of the Muslims round here.',
        'Death to every foreigner in this town.',
        'Our town is better off without any Muslims in it.',
      ],
      quiet: [
        'No disabled person should be attacked for using the lift.',
        'It is sickening when people shout that immigrants should be shot.',
        'The beach is better off without plastic in the sea.',
      ],
    },
  },
  {
    id: 'hate.slur',
    category: 'hate',
    message: 'This uses a slur that demeans a group of people.',
    source,
    scope: 'anywhere',
    triggers: [...SLURS, '*'],
    patterns: [re('(?<![a-z*])(?<hit>', SLUR, ')(?![a-z*])')],
    unless: [
      // Everyday senses: a cigarette, an embankment, a meatball, a female dog, an odd feeling, a chink of light.
      test(
        '\\b(?:fag (?:ends?|break|packet|burns?)|(?:packet|box|pack|twenty|couple|ciggies|smoke|smoked|have|had|having|nip out for|quick|sneaky|crafty) (?:of )?(?:a )?fags?|fags? (?:and|or) (?:a|booze|beer|drink))\\b',
      ),
      test('\\b(?:dyke (?:road|wall|walls|path|walk)|(?:sea|river|flood|dutch|new|old|the) dykes?|dykes? (?:along|by|near|beside|at the))\\b'),
      test('\\b(?:faggots? (?:and peas|and mash|and gravy|in gravy|recipe)|(?:ate|eat|having|cook|made|butcher\'?s?) faggots?|faggots? (?:of|for) (?:wood|sticks|kindling))\\b'),
      test('\\b(?:bitch(?:es)? (?:and|with|had) (?:her |their )?(?:pups|puppies|litter)|(?:dog|dogs|female dogs?|canines?|breed|breeding|kennel|whelping|greyhound|labrador|spaniel|terrier)\\b[^.!?]{0,40}\\bbitch(?:es)?|bitch(?:es)?\\b[^.!?]{0,30}\\b(?:puppies|pups|litter|kennel|whelp\\w*))\\b'),
      test('\\b(?:chink (?:of|in) (?:light|the|his|her|their|our)|chinks? in (?:the|his|her|their) armou?r|spic and span)\\b'),
      test('\\b(?:queer (?:feeling|thing|sort|goings|fish|looking|cove|street)|(?:felt|feel|feels|feeling|looks?|seemed|seems|a bit|rather|most|very) queer)\\b'),
      test('\\b(?:homo sapiens|homo erectus|homo genius|flame[- ]retard\\w*|retard(?:s|ed|ing)? (?:the|its|their|growth|progress|ignition|development))\\b'),
      test("\\b(?:poof,? (?:and )?(?:it'?s|just|gone|vanished|disappear\\w*)|(?:and|then|just) poof\\b)"),
      // Reclaimed: said of oneself or one's own, or naming the community ("our queer book club").
      test(
        "\\b(?:i'?m|i am|we'?re|we are|being|as|call(?:ing)? (?:myself|ourselves)|called myself|proud|out and proud|my fellow|fellow|us|ourselves|myself|reclaim\\w*|reclaiming)\\b(?: (?:a|an|the|proud|bad|big|total|happy|loud|out|fat|old|young))*(?: \\w+)? (?:dykes?|queers?|fags?|faggots?|bitch(?:es)?|poofs?|sluts?|nigg\\w+|homos?|trannies|tranny)\\b",
      ),
      test('\\b(?:queer (?:community|people|folk|theory|studies|art|film|cinema|culture|joy|history|identity|youth|kids|friends|couples?|rights|pride|book|books|author|authors|writers?|voices|space|spaces|club|group|collective|liberation|icon)|lgbtq?\\+?)\\b'),
      test('\\b(?:bad|boss|basic|my|sassy|yas+|yes+) bitch(?:es)?\\b|\\bbitch(?:es)?,? (?:please|i love|we did it|we made it|let\'?s go)\\b'),
    ],
    check: speaks,
    cases: {
      fires: [
        'Typical p*ki behaviour from the lot at the bottom of the road.',
        'Whoever wrote that is a total p o o f.',
        'That family are retards, the lot of them.',
      ],
      quiet: [
        'Popped to the shop for twenty fags after drop-off.',
        'Walked along the old sea dyke with the kids at half term.',
        'As a proud dyke I am thrilled the school ran a Pride week.',
        'The book for Year 9 is about queer history in Britain.',
        'Our spaniel had her puppies, the bitch did brilliantly.',
      ],
    },
  },
  {
    id: 'hate.tropes',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    triggers: ['go', 'goes', 'went', 'going', 'sent', 'send', 'racist', 'country', 'country\'s', 'english', 'think', 'know', 'knows', 'lock', 'agenda', 'propaganda', 'ideology', 'pushing', 'push', 'pushes', 'shoving', 'forcing', 'ramming', 'keep', 'house', 'hired', 'hire', 'hiring', 'employ', 'employed', 'employing', 'appointed', 'appoint', 'let', 'letting', 'allowed', 'allowing', 'obviously', 'clearly', 'openly', 'blatantly', 'proper', 'real', 'overrun', 'swamped', 'flooded', 'invaded', 'invasion', 'taking', 'took', 'breed', 'breeding', 'kind', 'sort', 'type', 'lot'],
    patterns: [
      // "Go back to your own country", "send them back where they came from".
      re(
        "\\b(?<hit>(?:(?:^|should|should just|can|could|needs? to|need to|ought to|must|why don'?t (?:you|they|she|he)|just|tell (?:her|him|them) to|and|to) (?:go|fuck off|piss off|clear off|bugger off|get)|send(?:ing)? (?:them|her|him|em|the lot|all of them|the \\w+)(?: all)?) (?:back|home) (?:to (?:your|her|his|their)(?: own)? (?:countr(?:y|ies)|jungle|desert|village|island)|(?:to )?where (?:you|she|he|they|it|them) (?:came|come|belong)s?(?: from)?))",
      ),
      re("\\b(?<hit>(?:not being|i'?m not|im not|i am not|not that i'?m|i'?m no|not to sound) (?:a |being |funny,? )?racist,? but)\\b"),
      re("\\b(?<hit>(?:this|our) (?:country|town|area|city)(?:'s| is| has)? (?:(?:been |gone |going |getting |now )?(?:finished|gone to the dogs|done for|lost|taken over|overrun|swamped|flooded|invaded|not ours any ?more|unrecognisable))\\b)"),
      re("\\b(?<hit>(?:you'?d|you would|you'?ll|u'?d) (?:think|swear) (?:you|we|i) (?:were|was|are|'re|'m|am) in (?:a foreign country|another country|the third world|africa|pakistan|india|bangladesh|poland|romania|somalia|baghdad|kabul|mogadishu|lagos|karachi|delhi|beijing|the middle east))"),
      re("\\b(?<hit>(?:speak|learn|talk) (?:proper |bloody |fucking |the )?english or (?:go|get out|leave|piss off|clear off))"),
      re("\\b(?<hit>(?:we|you|everyone|people|i) (?:all )?knows? what (?:they|they'?re|these|those|that lot|their sort|their kind|them lot) (?:people )?(?:are )?like)"),
      re("\\b(?<hit>lock (?:up )?your (?:cars|doors|bikes|sheds|houses|homes|valuables|daughters|kids)|hide your (?:valuables|bikes|daughters|wallets))"),
      re("\\b(?<hit>(?:gay|lgbt\\w*|trans|woke|pride|homosexual|muslim|islamic|feminist|rainbow) (?:agenda|propaganda|nonsense|rubbish|brainwashing|indoctrination|ideology|crap|lifestyle|garbage))"),
      re("\\b(?<hit>(?:push|pushes|pushing|shove|shoves|shoving|force|forces|forcing|ram|rams|ramming|ping|rub|rubbing) (?:their|that|this|it|his|her|the) (?:\\w+ )?(?:religion|beliefs?|lifestyle|agenda|ideology|rubbish|nonsense|crap|propaganda|views|culture)? ?(?:on|onto|down) (?:our|my|the) (?:kids|children|kid|child|son|daughter|boys?|girls?|throats?))"),
      re("\\b(?<hit>keep (?:your|their|that|the|this|his|her) (?:\\w+ )?(?:agenda|ideology|propaganda|views|lifestyle|religion|beliefs|nonsense|rubbish) (?:away from|out of|to yourself|to themselves))"),
      re("\\b(?<hit>not in my (?:house|home|school|classroom|name|world))\\b"),
      re("\\b(?<hit>(?:breed|breeding) like (?:rabbits|rats|flies|animals|vermin))"),
      re("\\b(?<hit>(?:their|your|that|his|her) (?:sort|kind|type|lot) (?:aren'?t|are not|isn'?t|is not|not) (?:welcome|wanted|needed)|(?:people|folk) (?:of )?(?:their|that|your|his|her) (?:sort|kind|type))"),
      // A member of a group given a job, objected to: "they've let a … teach our kids".
      re(
        "\\b(?<hit>(?:hired|hire|hiring|employ|employed|employing|appointed|appoint|appointing|let|letting|allowed|allowing|taken on|took on|put) (?:a|an|another|some|two|these|those|that) (?:\\w+ )?(?:muslim|jew|gay|lesbian|trans|transgender|immigrant|foreigner|black|disabled|woman|asylum seeker|refugee|homosexual)(?: \\w+)? (?:to|as|in charge|teach\\w*|near|around|with|run\\w*|lead\\w*))",
      ),
      // Saying a member of staff is gay or trans as a reason to object.
      re("\\b(?<hit>(?:obviously|clearly|openly|blatantly|flamingly|proper|so) (?:gay|lesbian|bent|trans|queer|camp))\\b"),
    ],
    check: (hit, draft) => {
      if (!speaks(hit, draft) || negated(hit, draft)) return false;
      const said = draft.text.slice(hit.start, hit.end);
      // Tropes that only hurt with a group nearby: a named group, an objection, or a call to remove someone.
      if (/^(?:we|you|everyone|people|i) |^lock |^hide |^not in my|^(?:hired|hire|hiring|employ|appoint|let|allow|taken|took|put)|^(?:obviously|clearly|openly|blatantly|flamingly|proper|so) /.test(said)) {
        const around = [hit.sentence - 1, hit.sentence, hit.sentence + 1]
          .filter((i) => i >= 0 && i < draft.sentences.length)
          .map((i) => draft.sentenceText(i))
          .join(' ');
        return (ID_RE.test(around) || GROUP_RE.test(around)) && OBJECTION.test(around);
      }
      return true;
    },
    cases: {
      fires: [
        'That new cleaner should go back where she came from.',
        "I'm not racist, but the gates are full of them now.",
        'Honestly this town is finished, overrun completely.',
        'Another assembly about the LGBT agenda. Keep your ideology away from my children.',
        'The new music teacher is obviously gay. Not the sort of role model my boy needs.',
        'Travellers have parked up by the field again, lock your sheds, we all know what they are like.',
        'Can’t believe they let an immigrant teach our kids history. Disgusting.',
      ],
      quiet: [
        'We go back to school on the 4th, so enjoy the last few days.',
        'My grandad went back to his village in Punjab for the summer.',
        'Lock your cars at the leisure centre, there have been break-ins.',
        'We all know what Year 6 are like before the SATs, bless them.',
        'So proud that the school hired a new SENCO to lead the unit.',
      ],
    },
  },
  {
    id: 'hate.sexist',
    category: 'hate',
    message: 'This could read as sexist.',
    source,
    scope: 'anywhere',
    triggers: ['man', 'men', 'women', 'woman', 'female*', 'kitchen', 'girl', 'girls', "she's", 'she', 'bloke'],
    patterns: [
      re("\\b(?<hit>needs? (?:a |some )?(?:real |proper |strong )?(?:man|men|bloke|male) (?:in charge|to run|running|at the top|at the helm|to sort|in the job))"),
      re("\\b(?<hit>(?:women|a woman|females|girls) (?:can'?t|cannot|shouldn'?t|should not|should never|don'?t|aren'?t|are not|will never|can never) (?:be )?(?:teach|lead|run|manage|be in charge|do maths|handle|drive|cope|think|be trusted|be leaders|be heads|be scientists)\\w*)"),
      re("\\b(?<hit>(?:because|cos|'cause|just because|only because) (?:she'?s|she is|they'?re|they are) (?:a |just a )?(?:woman|women|girl|girls|female))"),
      re("\\b(?<hit>(?:get|go|gone|belongs?|stay) (?:back )?(?:in|to) (?:the|her|your) kitchen)"),
      re("\\b(?<hit>(?:all|full of|run by|led by|nothing but) women\\b[^.!?\\n]{0,40}(?:no wonder|that'?s why|explains|what do you expect))"),
      re("\\b(?<hit>(?:the )?(?:whole|all the|all of the|entire) (?:slt|leadership|staff|management|governors|office|senior team)(?: team)? (?:are|is) (?:women|female|all women|all female))"),
    ],
    check: (hit, draft) => {
      if (!speaks(hit, draft) || negated(hit, draft)) return false;
      // "The whole team is women" is only sexist as a reason for something bad: "no wonder…", "needs a man".
      if (!/^(?:the )?(?:whole|all|entire)/.test(draft.text.slice(hit.start, hit.end))) return true;
      const next = hit.sentence + 1 < draft.sentences.length ? draft.sentenceText(hit.sentence + 1) : '';
      return /\b(?:no wonder|needs? a (?:real |proper )?(?:man|bloke)|that'?s why|what do you expect|explains (?:it|a lot|everything))\b/.test(`${draft.sentenceText(hit.sentence)} ${next}`);
    },
    cases: {
      fires: [
        'The trust needs a proper man running this place, not her.',
        'Women cannot lead a school, simple as.',
        'She only got deputy because she is a woman.',
        'Whole leadership team is female. No wonder discipline has gone.',
      ],
      quiet: [
        'Huge congratulations to the women in our PTA who ran the fair.',
        'My wife is in charge of the raffle this year.',
        'Women can lead anything, and our head proves it every day.',
      ],
    },
  },
];

/** An objection or call for removal, for tropes that hurt only in that company. */
const OBJECTION = test(
  "\\b(?:disgust\\w*|disgrace\\w*|wrong|not right|shouldn'?t|should not|not having|not happy|what'?s next|what next|next they'?ll|role models?|get (?:him|her|them) out|sack (?:him|her|them)|not (?:welcome|wanted)|keep (?:him|her|them|it) away|away from (?:our|my)|near (?:our|my) (?:kids|children)|around (?:our|my) (?:kids|children)|asking questions|ridiculous|joke|seriously\\?|why (?:on earth|would)|nobody wants|no one wants|lock|know what|like|close|watch (?:your|out)|keep an eye|dodgy|trouble|thieving|stealing|lazy|scroung\\w*|taking over|everywhere|too many|\\?)",
);

/** Prejudiced wording shared with `abuse.prejudice-at-staff`: prejudice aimed at one member of staff. */
export const PREJUDICE_RULE_IDS: readonly string[] = ['hate.group-demeaned', 'hate.tropes', 'hate.sexist', 'hate.slur'];

/** For other rules: whether a sentence names a protected group. */
export function namesGroup(sentence: string): boolean {
  return ID_RE.test(sentence) || GROUP_RE.test(sentence);
}
