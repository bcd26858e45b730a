/**
 * Racist, homophobic, transphobic, sexist, religious and other prejudiced remarks (000 §3.4.6, 001 §5.6, 002,
 * 003, 004). Nudged wherever aimed. A group named near a slur-like or excluding frame fires; counter-speech,
 * welcome and thanks stay quiet.
 */
import { any, masked, re, test } from '../rule';
import type { DraftContext } from '../context';
import type { Hit, Rule } from '../rule';

const message = 'This could read as prejudiced against a group of people.';
const source = '000 §3.4.6; 001 §5.6; 002; 003; 004';

/** Slurs. Masked spellings ("f*g") match too. */
const SLURS = any(
  [
    'nigger',
    'nigga',
    'paki',
    'pakis',
    'chink',
    'gook',
    'spic',
    'wog',
    'wogs',
    'coon',
    'kike',
    'raghead',
    'towelhead',
    'gyppo',
    'gypo',
    'pikey',
    'pikeys',
    'darkie',
    'sambo',
    'faggot',
    'fag',
    'fags',
    'dyke',
    'poof',
    'poofter',
    'tranny',
    'trannies',
    'shemale',
    'retard',
    'retards',
    'spastic',
    'spaz',
    'mong',
    'mongs',
    'whore',
    'whores',
  ].map(masked),
);

/** Protected groups as people write them. */
export const GROUP = any([
  'muslims?',
  'islam(?:ic)?',
  'mosques?',
  'jews?',
  'jewish',
  'hindus?',
  'sikhs?',
  'gays?',
  'lesbians?',
  'homosexuals?',
  'homosexuality',
  'bisexuals?',
  'trans(?:gender)?(?: people| kids| women| men| person)?',
  'lgbt\\w*',
  'queers?',
  'pride',
  'immigrants?',
  'immigrant families',
  'migrants?',
  'foreigners?',
  'asylum seekers?',
  'refugees?',
  'travell?ers',
  'gypsies',
  'gipsies',
  'roma',
  'blacks',
  'black (?:people|kids|families|lads)',
  'asians',
  'africans?',
  'arabs?',
  'pakistanis?',
  'indians',
  'romanians?',
  'eastern europeans?',
  'poles',
  'polish (?:people|families|kids)',
  'chinese (?:people|families|kids)',
  'women',
  'disabled (?:people|kids|children)',
  'that community',
  'the same community',
  'their community',
  'foreign (?:staff|teachers?|families)',
]);

/** Identities as people name them, singular and plural (HateCheck's targets and the policies' "racist/homophobic"). */
const IDENTITY = any([
  '(?:a|an|any|that|this|every|each|no|one|some) (?:immigrant|muslim|woman|refugee|migrant|foreigner|jew|lesbian|gay|homosexual)',
  '(?:a|an|any|that|this|every|each|no|one|some|you) (?:trans|gay|disabled|black|muslim|jewish|lesbian|immigrant) (?:person|people|man|woman|kid|guy|girl|boy)',
  "(?:trans|gay|disabled|black|muslim|jewish|immigrant)(?: person| people)?'s",
  'you (?:\\w+ )?(?:women|immigrants|muslims|gays|lesbians|refugees|foreigners|migrants)',
  'women',
  'a woman',
  'females',
  'trans (?:people|women|men|persons?|kids|folk)',
  'a trans (?:person|woman|man|kid)',
  'transgender (?:people|persons?|women|men)',
  'gay (?:people|men|man|persons?|couples?|folk)',
  'a gay (?:person|man|woman)',
  'gays',
  'lesbians?',
  'homosexuals?',
  'disabled (?:people|persons?|kids|folk)',
  'the disabled',
  'a disabled (?:person|man|woman|kid)',
  'muslims?',
  'black (?:people|persons?|men|women|folk|kids)',
  'a black (?:person|man|woman|kid)',
  'blacks',
  'immigrants?',
  'migrants?',
  'refugees?',
  'asylum seekers?',
  'foreigners',
  'jews',
  'a jew',
  'travell?ers',
  'gypsies',
]);

/** What is said of the group: contempt, dehumanisation, calls for harm or exclusion. */
const CONTEMPT_AFTER = any([
  "(?:are|r|is)(?: all| just| nothing but| such| so| absolutely| truly| pretty| complete| total| the| seriously| fucking| literally| basically)* (?:\\w+ )?(?:scum\\w*|vermin|filth|trash|garbage|rubbish|refuse|dirt|animals|pigs|rats|parasites|cockroaches|a plague|a disease|a cancer|disgusting|repugnant|despicable|sickening|pathetic|worthless|stupid|ignorant|subhuman|inferior|evil|a threat|a burden|dickheads|idiots|morons|freaks|perverts|mentally ill|vile|revolting|gross|worst|lesser|dumb\\w*|brainless|dishonest|liars|thieves|criminals|lazy|dirty|a danger|dangerous|violent|savages?|primitive|backward|good for nothing|retarded|incapable|ugly|smelly|a disgrace|an embarrassment|not human|less than human|\\w+ in the head|pricks?|shitheads?|bastards|cunts|twats|wankers|sick in the head)",
  'make(?:s)? me (?:so |feel )?(?:angry|sick|furious|boil|want to \\w+|ill|disgusted)',
  'disgust me',
  '(?:lives?|existence) (?:have|has) no (?:value|worth|point)',
  'can (?:ever )?be (?:a )?(?:valuable|useful|good|decent)',
  'will die',
  '(?:would|were|was|be|being|get|got|should) (?:all )?(?:be )?(?:dead|eradicated|exterminated|shot|killed|wiped out|gassed|hanged|deported|suffer|decriminali[sz]ed)',
  'suffer\\b',
  '(?:should|ought to|must|need to|deserve to|needs to) (?:all |just )?(?:be )?(?:die|dead|killed|executed|shot|hanged|hung|eradicated|exterminated|deported|locked up|removed|sterilised|sterilized|put down|gassed|burned|burnt|wiped out|hurt|punished|beaten)',
  "lives? (?:aren'?t|isn'?t|are not|is not|ain'?t) worth (?:shit|anything|nothing|a thing|protecting|saving|much)",
  'lives? (?:are|is) (?:worthless|worth (?:absolutely )?(?:nothing|less|shit))',
  "(?:can'?t|cannot) help themselves",
  '(?:can|will) never be (?:as )?(?:smart|good|clever|equal|normal)',
  "(?:don'?t|do not) deserve",
  'belong in (?:a zoo|the kitchen|cages?|chains)',
  'are nothing like us',
  '(?:have|has) no place',
  'can all (?:go )?(?:fuck|die|rot)',
]);

const CONTEMPT_BEFORE = any([
  "(?:i|we) (?:really |just |absolutely |truly |genuinely |fucking |so |totally )?(?:hate|despise|loathe|detest|can'?t stand|cannot stand|abhor)",
  '(?:so much |such )?hatred (?:for|of|towards)(?: you)?',
  'typical (?:of )?',
  'what is it with (?:you )?',
  'never trust ',
  '(?:seeing|having|hiring|employing) ',
  'fucking ',
  '(?:see|wish|hope) (?:all |those |these |the )?',
  'put an end to (?:all |those |these |the )?',
  'contempt for',
  'hatred (?:for|of|towards)',
  'no (?:compassion|sympathy|respect|tolerance) for',
  '(?:kill|murder|stab|shoot|hang|slaughter|exterminate|eradicate|gas|get rid of|wipe out|deport|lock up|round up) (?:all |every |those |these |the |any )?(?:of )?(?:the )?',
  'nothing worse than',
  'too many',
  'fuck (?:all|every|those|these)',
  '(?:only|typical|bloody|filthy|dirty|disgusting|stupid) ',
]);

/** Reporting or rejecting someone else's hateful words (HateCheck's counter-speech). */
const QUOTING = test(
  '\\b',
  any([
    'say(?:ing|s)? (?:that |")',
    'said (?:that |")',
    '(?:statements?|comments?|tweets?|posts?|words|phrases?|things) like',
    'claim(?:s|ing|ed)? that',
    '(?:is|are|was) (?:wrong|unacceptable|hateful|racist|sexist|homophobic|transphobic|ableist|bigoted|not ok|not okay)',
    'no one should',
    'nobody should',
    "(?:don'?t|do not|never) (?:say|call|think)",
    'stop (?:saying|calling)',
  ]),
);

/** Rejecting hateful words or acts ("stop calling…", "no one deserves…", "I never said…"). */
const REJECTING = test(
  '\\b',
  any([
    '(?:stop|quit) (?:calling|saying)',
    'calling (?:\\w+ ){1,3}(?:is|was|will)',
    'threatening to',
    "(?:not|never) (?:okay|ok|acceptable|fine) to",
    'thrown in jail',
    'i never said',
    'never tolerate',
    'no (?:\\w+ ){0,2}(?:deserves?|ought|should)',
    'not worth any less',
    "(?:don'?t|do not) (?:hate|think)",
  ]),
);

/** Words inside double quotes are someone else's, reported (HateCheck's counter-quote cases). */
function insideQuotes(hit: Hit, draft: DraftContext): boolean {
  const start = draft.sentences[hit.sentence]?.start ?? 0;
  const before = draft.text.slice(start, hit.start);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Negations before or inside what is said ("are not scum", "I don't hate"). */
const NEGATION = /\b(?:not|never|no longer|nothing against)\b|n't\b/;
/** Wording whose negation is itself the contempt ("lives aren't worth…", "not human"). */
const NEGATIVE_CONTEMPT = /(?:aren'?t|isn'?t|are not|is not|ain'?t) worth|not human|no (?:value|worth|point|place)|never be|can'?t help|can'?t stand|cannot stand|don'?t deserve|do not deserve/;

function negated(hit: Hit, draft: DraftContext): boolean {
  const said = draft.text.slice(hit.start, hit.end);
  if (NEGATIVE_CONTEMPT.test(said)) return false;
  const lead = draft.text.slice(Math.max(0, hit.start - 20), hit.start);
  return NEGATION.test(said) || /\b(?:not|never|don'?t|do not|didn'?t)\b[^.!?\n]{0,12}$/.test(lead);
}

/** Framing that demeans or excludes a group. */
const DEROGATORY = any([
  'disgusting',
  'vermin',
  'scum',
  'animals',
  'filth',
  'filthy',
  'parasites?',
  'rats',
  'cockroaches',
  'sub-?human',
  'savages?',
  'a plague',
  'a disease',
  'a cancer',
  'evil',
  'dirty',
  'smelly',
  'stink',
  'thieves',
  'criminals',
  'terrorists?',
  'rapists?',
  'invad\\w+',
  'invasion',
  'taking over',
  'swarm\\w*',
  'breed like',
  'overrun',
  'agenda',
  'propaganda',
  'brainwash\\w*',
  'indoctrinat\\w*',
  'groomers?',
  'perverts?',
  'unnatural',
  'not normal',
  'rubbish',
  'not having (?:it|that)',
  'not in my house',
  'not welcome',
  "don'?t belong",
  "shouldn'?t be allowed",
  'should be (?:banned|deported|sent back|kicked out|locked up)',
  'send (?:them|em) (?:all )?back',
  '(?:need|needs|should be|want) (?:sending|sent|shipping|shipped|kicking|kicked) (?:home|back|out)',
  'get (?:him|her|them|it) out',
  'keep (?:them|it|that|your \\w+) away from',
  "(?:we|you|everyone) (?:all )?knows? what (?:they|they'?re|these|those) (?:are )?like",
  'lock (?:up )?your (?:cars|doors|bikes|houses)',
  'keep your (?:kids|children|valuables) close',
  "what'?s next",
  'no wonder',
  'role models?',
  'pushing (?:that|their|this|it)',
  'shoving (?:it|that|their)',
  'ruin\\w*',
  'ruin(?:ing|ed)? (?:this|our|the) (?:country|school|area)',
  'not (?:the kind of|a) role model',
  'go back',
  'pushes? in',
  'push(?:ing)? in',
]);

/** Counter-speech, welcome and thanks (HateCheck's non-hateful contrasts). */
export const COUNTER = test(
  '\\b',
  any([
    "(?:racism|homophobia|transphobia|bigotry|prejudice|hate|hatred|discrimination)(?: of any kind)? (?:is|has|have|isn'?t|won'?t|will not|doesn'?t)",
    'stand(?:ing|s)? (?:with|up for|in solidarity)',
    'proud (?:of|to)',
    'welcom\\w+',
    'celebrat\\w+',
    'support(?:ing|ive)?',
    'inclusive',
    'diversity',
    'respect',
    'thank\\w*',
    'lovely',
    'amazing',
    'brilliant',
    'kind(?:ness)?',
    'happy',
    'calling out',
    'call(?:ed)? (?:it|this|that) out',
    "(?:is|was|that'?s|it'?s) (?:racist|homophobic|transphobic|sexist|bigoted)",
    'against (?:racism|hate)',
    'anti-?racis\\w+',
    '(?:are|is) not (?:' + 'disgusting|vermin|scum|animals|criminals|terrorists|a plague|evil|dirty' + ')',
    "(?:aren'?t|isn'?t) (?:disgusting|vermin|scum|animals|criminals|terrorists|a plague|evil|dirty)",
    'no (?:place|room) for',
    'saying (?:that )?["\']',
  ]),
);

/** A group and a demeaning frame must sit close together, with no counter-speech in the sentence. */
function closeEnough(hit: Hit, _draft: DraftContext): boolean {
  return hit.end - hit.start <= 160;
}

export const hateRules: readonly Rule[] = [
  {
    id: 'hate.slur',
    category: 'hate',
    message: 'This uses a slur that demeans a group of people.',
    source,
    scope: 'anywhere',
    patterns: [re('(?<![a-z*])(?<hit>', SLURS, ')(?![a-z*])')],
    unless: [
      test("\\b(?:fag (?:end|ends)|(?:packet|box|pack) of fags|fags? (?:and|or) (?:a|booze))\\b"),
      // Reclaimed use about oneself or one's own ("my n…", "proud to be a …").
      test("\\b(?:my|being a|being an|call(?:ing)? myself an?|i'?m an?|i am an?|we'?re|proud to be an?|as an?) (?:\\w+ )?(?:nigg\\w*|fag\\w*|dyke|queer|poof\\w*|tranny)\\b"),
      test('"[^"]*$'),
    ],
    cases: {
      fires: ['Our new teacher is a total f*ggot.', 'Why is there always a p*ki running the corner shop near school.'],
      quiet: ['Nipped out for a packet of fags after drop-off.', 'The mongoose display at the zoo trip was brilliant.'],
    },
  },
  {
    id: 'hate.group-demeaned',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    patterns: [
      re('\\b(?<hit>', GROUP, "\\b[^\\n]{0,90}?\\b", DEROGATORY, ')'),
      re('\\b(?<hit>', DEROGATORY, "\\b[^\\n]{0,60}?\\b", GROUP, ')\\b'),
    ],
    unless: [COUNTER, QUOTING, REJECTING],
    check: (hit, draft) => closeEnough(hit, draft) && !insideQuotes(hit, draft) && !negated(hit, draft),
    cases: {
      fires: [
        'Muslims are taking over this whole town and nobody says a thing.',
        'Trans people are groomers, keep them away from our kids.',
        'Those asylum seekers by the park need sending home.',
      ],
      quiet: [
        'Muslim families at our school are welcome and I love the Eid assembly.',
        'Saying refugees are criminals is racist and I will keep calling it out.',
        'Our refugee families bring so much to the school, thank you all.',
      ],
    },
  },
  {
    id: 'hate.go-home',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    patterns: [
      re("\\b(?<hit>go(?:es)? back (?:to|where) (?:your|her|his|their|you|she|he|they)(?: came from| own)?(?: countr(?:y|ies)| come from)?)"),
      re("\\b(?<hit>(?:not being|i'?m not|im not|i am not|not that i'?m) (?:a )?racist,? but)\\b"),
      re("\\b(?<hit>this country'?s? (?:is |has )?(?:finished|gone to the dogs|done for|lost|been taken over|overrun))"),
      re("\\b(?<hit>(?:speak|learn) (?:proper |bloody )?english or (?:go|get out|leave))"),
    ],
    unless: [test("\\b(?:racism|racist comments?|hate) (?:is|has|have|isn'?t|won'?t)|\\bstand(?:ing)? (?:with|up for)")],
    cases: {
      fires: [
        'That dinner lady should go back to her own country.',
        "I'm not racist but there are too many of them in Year 2 now.",
        'Honestly this country is finished.',
      ],
      quiet: ['We go back to school on the 4th, so enjoy the last few days.', 'My nan went back to her country for the summer.'],
    },
  },
  {
    id: 'hate.sexist',
    category: 'hate',
    message: 'This could read as sexist.',
    source,
    scope: 'anywhere',
    patterns: [
      re("\\b(?<hit>needs? (?:a )?(?:real )?(?:man|men|bloke) (?:in charge|to run|running|at the top))"),
      re("\\b(?<hit>women (?:can'?t|cannot|shouldn'?t|should not|don'?t|aren'?t) (?:teach|lead|run|manage|be in charge|do maths|handle)\\w*)"),
      re("\\b(?<hit>(?:because|cos|'cause|just because) (?:she'?s|she is|they'?re) (?:a |just a )?(?:woman|women|girl|female))"),
      re("\\b(?<hit>(?:get|go) back (?:in|to) the kitchen)"),
      re("\\b(?<hit>(?:all|full of|run by) women\\b[^.!?\\n]{0,40})(?=[^.!?\\n]*[.!?]?\\s*no wonder)"),
    ],
    cases: {
      fires: ['The governors need a real man in charge, not her.', 'Women cannot run a school, simple as.'],
      quiet: ['Huge congratulations to the women in our PTA who ran the fair.', 'My wife is in charge of the raffle.'],
    },
  },
  {
    id: 'hate.homophobic-frame',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    patterns: [
      re("\\b(?<hit>(?:obviously|clearly|openly|blatantly) (?:gay|lesbian|bent|trans))\\b(?=[^]{0,120}\\b(?:role model|out|not normal|wrong|disgusting|questions|agenda|my (?:boy|son|daughter|kids)))"),
      re("\\b(?<hit>(?:normal|natural|ok|okay|fine) to be (?:gay|lesbian|trans|bi))\\b(?=[^]{0,80}\\b(?:not in my|agenda|away from|wrong|rubbish|nonsense))"),
      re("\\b(?<hit>(?:gay|lgbt\\w*|trans|woke|pride) (?:agenda|propaganda|nonsense|rubbish|brainwashing|indoctrination|ideology))"),
      re("\\b(?<hit>keep (?:your|their|that|the|this) (?:\\w+ )?(?:agenda|ideology|propaganda|views) away from (?:our|my) (?:kids|children|son|daughter|boy|girl))"),
    ],
    unless: [COUNTER],
    cases: {
      fires: [
        'Why are they teaching my kids the gay agenda in Year 3?',
        'Keep your woke ideology away from our children.',
      ],
      quiet: ['My cousin is gay and he is the best uncle my kids could have.', 'The Pride stall at the fair raised £60.'],
    },
  },
  {
    id: 'hate.contempt-for-group',
    category: 'hate',
    message,
    source,
    scope: 'anywhere',
    patterns: [
      re('\\b(?<hit>', IDENTITY, "(?: [a-z']+){0,3}? (?:", CONTEMPT_AFTER, '))'),
      re('(?<hit>\\b', CONTEMPT_BEFORE, ' ?(?:you )?', IDENTITY, ')\\b'),
      re(
        '\\b(?<hit>(?:gay|muslim|disabled|female|black|trans|immigrant|jewish|lesbian|foreign|refugee) (?:trash|vermin|scum|filth|garbage|rubbish|rats|pigs|animals|parasites|lives (?:are|is) worthless))\\b',
      ),
    ],
    unless: [QUOTING, COUNTER, REJECTING],
    check: (hit, draft) => !insideQuotes(hit, draft) && !negated(hit, draft),
    cases: {
      fires: ['Honestly immigrants are parasites, all of them.', 'I despise disabled people, they hold the class back.'],
      quiet: ['Immigrants are not parasites and it makes me angry when people say so.', 'Our refugee families are brilliant.'],
    },
  },
];

/** Prejudiced wording, shared with `abuse.prejudice-at-staff`; slurs and sexism are left to their own rules. */
export const PREJUDICE_PATTERNS: readonly RegExp[] = hateRules
  .filter((r) => r.id === 'hate.group-demeaned' || r.id === 'hate.go-home' || r.id === 'hate.homophobic-frame')
  .flatMap((r) => r.patterns);
