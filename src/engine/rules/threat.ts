/**
 * Threats of violence or harm, veiled ones included (000 §3.4.7, 002 "comments which threaten staff/children",
 * 003 §3 "threats of physical harm", 004). Nudged wherever aimed (PRODUCT.md §3).
 *
 * Three shapes: someone says they will hurt someone ("I'll deck him"); someone says a person will end up hurt
 * ("she's getting a slap", "somebody will go home on a stretcher"); and veiled warnings ("he should mind how he
 * goes in the car park", "I know where she lives"). Guardrails keep the idioms parents use about homework,
 * football and food quiet ("these fractions are killing me", "we got battered 5-0", "I could murder a curry").
 */
import { IDENTITY } from '../groups';
import { any, leadWords, re, test } from '../rule';
import type { Rule } from '../rule';

const message = 'This could read as a threat of violence or harm.';
const source = '000 §3.4.7; 002; 003 §3; 004';

/** Someone else as the object: never the writer ("the spellings are killing me"). */
const VICTIM = any([
  'him',
  'her',
  'them',
  'you',
  'u',
  'ya',
  'ye',
  'whoever',
  'the lot of (?:them|you)',
  '(?:that|this|the|his|her|their|your|ur) (?:\\w+ )?(?:teacher|woman|man|bloke|kid|boy|girl|lad|lass|cow|witch|idiot|prat|dad|mum|head|headteacher|ta|deputy|receptionist|caretaker|person|guy|fella|driver|parent|child|brat|thug|bully|bastard|twat|dickhead|git|sod|lady|ladies|coach|cook|nurse|cleaner|governor|senco|tutor|assistant|manager|officer|warden|principal)',
  '(?:his|her|their|your|ur) (?:\\w+ )?(?:head|face|teeth|legs?|arms?|neck|jaw|nose|kneecaps|knees|skull|lights|throats?|fingers|ribs|back|brains?|eyes?)',
  '(?:that|your|their|his|her) \\w+ (?:neck|throat|face|head)s?(?: of yours)?',
  'somebody',
  'someone',
  'anyone',
  'every (?:one|last one) of (?:them|you)',
  '(?:the next|any|every|each|all|those|these|some|a few) (?:\\w+ )?(?:person|people|one|man|woman|kid|guy|of them|of you)',
  `(?:all |those |these |the |every |any |some )?(?:of )?(?:the |those |these )?${IDENTITY}`,
  'the next (?:\\w+ )?(?:muslim|immigrant|jew|woman|refugee|foreigner|gay|migrant|black|trans|disabled)\\w*',
]);

/** Ways of saying "I will" / "I want to" / "someone should". */
const ADVERBS =
  "(?:(?:just|really|actually|personally|literally|honestly|fucking|bloody|happily|gladly|definitely|seriously|physically|probably|absolutely|then|go round and|come (?:in|up|down|round|over) and|go (?:in|up|down|round|over) and|have to|be forced to|end up having to|start to|be the one to|keep|simply|just go and|and) )*";

const INTENT = any([
  "i'?ll",
  'i will',
  "i'?m (?:going to|gonna|gunna|gona|about to|ready to|tempted to|this close to)",
  'im (?:going to|gonna|gunna)',
  'i am (?:going to|gonna|about to|ready to|tempted to)',
  "i'?d",
  'i would',
  // Not "I could…": "I could kill him" is exasperation far more often than intent.
  'i (?:just |really |honestly |genuinely |seriously |sometimes |actually )?(?:want to|wanna|would)',
  'i swear i(?:\'?ll| will)',
  "we'?ll",
  'we will',
  "we'?re (?:going to|gonna)",
  'going to',
  'gonna',
  'gunna',
  'will',
  "(?:someone|somebody|some1|anyone) (?:should|needs to|ought to|wants to|is going to|is gonna|would|will|could|has to)",
  '(?:we|you) (?:should|must|need to|ought to|have to|could)',
  "let'?s",
  'let us',
  "(?:how about|why don'?t|why not) we",
  'time (?:we|to)',
  'let me',
  'i need to',
  "i'?m gonna have to",
]);

/** Verbs that are violent whenever a person is their object ("I'll deck him"). */
const STRIKE_WORDS = [
  'kill',
  'murder',
  'stab',
  'knife',
  'strangle',
  'throttle',
  'choke',
  'shoot',
  'batter',
  'deck',
  'lamp',
  'glass',
  'bottle',
  'headbutt',
  'nut',
  'punch',
  'slap',
  'smack',
  'thump',
  'whack',
  'wallop',
  'clobber',
  'hit',
  'kick',
  'hurt',
  'beat',
  'bury',
  'leather',
  'chin',
  'floor',
  'twat',
  'end',
  'drown',
  'torture',
  'lynch',
  'rape',
  'butcher',
  'slaughter',
  'execute',
  'behead',
  'maim',
  'cripple',
  'run over',
  'smash',
  'knock out',
  'attack',
  'exterminate',
  'eradicate',
  'wipe out',
  'gas',
  'lock up',
  'string up',
];
const STRIKE = any(STRIKE_WORDS);

/** Who a phrase's harm is done to: a person or a group ("make them suffer", "finish off the lot of them"). */
const OBJ = `(?:him|her|them|you|(?:all |those |these |the |every |any )?(?:of )?(?:the |those |these )?(?:${IDENTITY}))`;

/** Violent phrases where the verb alone is not enough ("knock his teeth out", "teach him a lesson"). */
const STRIKE_PHRASE_ENTRIES = [
  'knock (?:\\w+ ){1,3}(?:out|into next week|spark out|flat|senseless|(?:block|head|teeth|lights) (?:off|out|in))',
  'knock seven bells out of',
  "(?:break|snap) (?:his|her|their|your|ur|that \\w+'?s?|those|these) (?:\\w+ )?(?:legs?|arms?|necks?|nose|jaw|fingers|face|teeth|ribs|back|skull|kneecaps)",
  "(?:cut|slit) (?:his|her|their|your|ur|that|those|these) (?:\\w+(?:'s)? )?(?:throats?|face)",
  `(?:snap|break|wring|cut|slit) the (?:necks?|throats?) of ${OBJ}`,
  `(?:put an end to|get rid of|wipe out|finish off|do away with) ${OBJ}`,
  'cut (?:him|her|them|you) (?:up|open)',
  '(?:burn|torch) (?:him|her|them|you)\\b',
  '(?:burn|torch) (?:down )?(?:his|her|their|your|the|that) (?:\\w+ )?(?:house|home|school|academy|car|van|office|place|building)',
  'hang (?:him|her|you)\\b(?! (?:up|on|out|over|in|round|around|from|off|there|back))',
  'sort (?:him|her|them|you) out (?:properly|once and for all|good and proper)',
  'get (?:him|her|them|you) (?:back|good|for (?:this|that|it))',
  'come (?:for|after) (?:him|her|them|you)',
  'hunt (?:him|her|them|you) down',
  'teach (?:him|her|them|you) a (?:\\w+ )?lesson(?! (?:on|about|in|with|for|this|tomorrow|next|today))',
  `make ${OBJ} (?:pay|suffer|regret it|bleed|disappear)`,
  'do (?:him|her|them|you) in',
  'put (?:him|her|them|you) (?:in|into|through|on) (?:hospital|a&e|the ground|a box|a wheelchair|an early grave|the (?:\\w+ )?wall|a wall|the window|(?:his|her|their) (?:own )?window|the floor|the fence|the table|a coma|traction)',
  '(?:rip|tear) (?:his|her|their|your) (?:\\w+ )?(?:head|face|arms?|throat|hair) (?:off|out)',
  'wring (?:his|her|their|your) (?:\\w+ )?neck',
  'rearrange (?:his|her|their|your) face',
  'wipe (?:that|the) (?:smile|smirk) off (?:his|her|their|your) face',
  'beat (?:him|her|them|you) (?:up|senseless|to a pulp|black and blue|half to death|to death|within an inch)',
  'kick (?:his|her|their|your) (?:\\w+ )?(?:head|face|teeth|door) in',
  'smash (?:his|her|their|your) (?:\\w+ )?(?:face|head|teeth|car|windows?) in',
  "(?:put|throw|chuck|lob|send) (?:a |an )?(?:brick|rock|stone|bottle|firework|petrol bomb) (?:through|at) (?:his|her|their|your|the \\w+(?:'s)?|that \\w+(?:'s)?) (?:\\w+ )?(?:windows?|windscreen|door|house|car|head)",
];
const STRIKE_PHRASE = any(STRIKE_PHRASE_ENTRIES);

/** After a striking verb and its person, words that make it something else ("hit you up", "beat them at chess"). */
const NOT_STRIKE =
  /^(?:hit|kick|beat|shoot|kill|end|smash|knock|bury|hurt|floor|chin|deck|punch|slap|run over)\w* (?:\w+ )?(?:up\b|out\b(?! cold)|off\b|back\b|at\b|in (?:the|a) (?:game|match|race|quiz|final)|on (?:saturday|sunday|the (?:day|pitch))|with kindness|to it|a (?:message|text|line|dm|email)|an email|some|a few|home)|^(?:beat|smash|hurt)\w* (?:him|her|them|you) (?:at|in|to)\b|^hurt (?:his|her|their|your)(?: \w+)? feelings/;

const IDIOM = test(
  '\\b',
  any([
    '(?:killing|kills|kill|murdering|destroying|destroyed|slaughtered|slaughtering|battered|hammered|smashed|thrashed|ruined|ruining|finished|finishing|wrecked|broke|breaking|killed) (?:me|us|myself|ourselves|it)\\b',
    'death of (?:me|us)',
    '(?:kill|killing|murder|smash|smashing|destroy|destroying|demolish|demolishing) (?:time|two birds|a (?:pint|curry|pizza|burger|brew|coffee|cuppa|takeaway|kebab|full english|bacon sandwich|chippy|fry[- ]up|roast)|the (?:\\w+ )?(?:test|exam|race|game|match|quiz|interview|audition|presentation|competition|round|homework|sats|gcses?|paper))',
    '(?:could|would) (?:kill|murder|die) for',
    'smash(?:ed|ing)? (?:it|them|that)\\b',
    '(?:got|get|getting|were|was|are|been) (?:absolutely |well |proper |totally )?(?:battered|hammered|thrashed|smashed|destroyed|annihilated|murdered|slaughtered)(?: \\d| by| at| in the| on)',
    'knocked out (?:of|in)',
    'murder mystery',
    'killer (?:heels|workout|tune|app|deal|line|queen)',
    'dressed to kill',
    'break (?:a leg|the ice|the news|the bank|for|up|even|the record|the habit|the rules|(?:his|her|their|my|your) (?:hearts?|record|duck|silence|fall))',
    'beat (?:the (?:traffic|queue|rush|record|heat|system)|them at|us at|me at|you at|him at|her at|the odds)',
    'sort (?:it|this|that|things|yourselves|yourself|the \\w+) out',
    'sort (?:him|her|them|you) out (?:a|with|for|some) ',
    '(?:hit|hits|hitting) the (?:shops|road|sack|gym|hay|jackpot|books|nail|spot|ground running)',
    'burn(?:ed|t)? (?:the|my|our|his|her) (?:dinner|toast|tea|cake|tongue|hand|finger)',
    'end of (?:the|term|year|an era|the day)',
    '(?:get|got|getting) (?:him|her|them|you) (?:a|some|an|the|to|into|ready|home|dressed|up|sorted with)',
    'have (?:him|her|them|you) (?:over|round|back|on|in|for|at)',
    'make (?:him|her|them|you) (?:a|some|an|the|laugh|smile|happy|proud|feel|tea|dinner|breakfast|lunch|up|do|go|wear|eat|read|understand|see)',
    'teach (?:him|her|them|you) (?:to|how|the|about|a thing)',
    'find (?:him|her|them|you) (?:a|some|an|the|somewhere|something)',
    'fill (?:him|her|them|you) in (?:on|about|with)',
    'put (?:him|her|them|you) (?:in|into|on|through) (?:for|the (?:team|squad|school play|choir)|a (?:team|group|class|set))',
    'shoot (?:a|the|some|me|us) (?:message|email|text|video|film|photos?|pics?|hoops|line)',
    '(?:kill|killing) (?:the|a) (?:\\w+ )?(?:mood|vibe|joke|buzz|light|lights|engine)',
    'run (?:him|her|them|you) over (?:to|the|a)',
    'deal with (?:him|her|them|you) (?:myself|personally) (?:and|when|if|at|by|on|in|tomorrow|later|once)',
  ]),
);

/** Reporting, rejecting or joking about a threat, not making one. */
const NOT_A_THREAT = test(
  "\\b(?:no (?:\\w+ ){0,2}(?:deserves?|ought|should)|threatened to|threatening to|(?:said|says|told \\w+|claimed) (?:he|she|they)(?:'d| would| will)|(?:is|are|was) (?:a crime|illegal|never okay|not okay|unacceptable)|in the (?:film|book|play|game|story|show)|zombies?|video game|fortnite|minecraft|roblox|call of duty|fifa|nerf|water pistol|snowball|pillow fight|tickle)\\b",
);

export const threatRules: readonly Rule[] = [
  {
    id: 'threat.intent-to-harm',
    category: 'threat',
    message,
    source,
    scope: 'anywhere',
    triggers: [
      "i'll",
      'ill',
      'will',
      "i'm",
      'im',
      'i',
      "i'd",
      'id',
      'we',
      "we'll",
      "we're",
      'going',
      'gonna',
      'gunna',
      'wanna',
      'someone',
      'somebody',
      'some1',
      'anyone',
      'let',
      "let's",
      'lets',
      'us',
      'you',
      'how',
      'why',
      'time',
      'death',
      'die',
      'start',
      'begin',
      'keep',
      'carry',
      'go',
      'cut',
      'slit',
      'snap',
      'break',
      'wring',
      'take',
      'taking',
      'took',
      'slash',
      'key',
      'brick',
      'torch',
      'smash',
    ],
    // …and one of the words of violence itself.
    alsoTriggers: [
      ...leadWords(STRIKE_WORDS).map((w) => (w.endsWith('*') ? w : `${w}*`)),
      ...leadWords(STRIKE_PHRASE_ENTRIES),
      ...['throwing', 'swinging', 'throw', 'swing', 'lashing', 'kicking', 'death', 'cut', 'slit', 'snap', 'break', 'wring', 'take'],
      ...['taking', 'took', 'slash', 'key', 'brick', 'torch', 'smash', 'die', 'shooting', 'stabbing', 'killing', 'hitting'],
      ...['beating', 'punching', 'hurting', 'attacking', 'murdering', 'slapping'],
    ],
    patterns: [
      // "I'll punch him", "I'm going to batter whoever keyed my car", "I will shoot the next one I see".
      re(
        '\\b(?<hit>',
        INTENT,
        ' ',
        ADVERBS,
        '(?<verb>',
        STRIKE,
        ')(?:s|ed|ing|ting|ping|ding|ming)? (?:the (?:\\w+ )?(?:living )?(?:daylights|hell|shit|crap|life) out of )?',
        VICTIM,
        ')\\b',
      ),
      // "I'll knock his teeth out", "I'm going to teach her a lesson".
      re('\\b(?<hit>', INTENT, ' ', ADVERBS, STRIKE_PHRASE, ')'),
      // "I'll be swinging for him", "I'm about to start lashing out at someone".
      re(
        "\\b(?<hit>(?:i'?ll|i will|i'?m (?:going to|gonna|about to)|gonna|going to|i'?d|i could|i swear i'?ll) (?:\\w+ )?(?:start |be |end up )?(?:throwing|swinging|throw|swing|lashing out|kicking off) (?:punches|fists|hands|for (?:him|her|them|you|someone)|a punch|a chair|chairs|at (?:him|her|them|you)))",
      ),
      // "We'll torture these people without mercy", "I'd happily hang the lot of them".
      re("\\b(?<hit>death to (?:all |the |every |those |these )?\\w+)"),
      re('\\b(?<hit>(?:start|begin|keep|carry on|go on) (?:shooting|stabbing|killing|hitting|beating|punching|kicking|hurting|attacking|murdering|slapping) ', VICTIM, ')\\b'),
      re("\\b(?<hit>(?:will|'ll|gonna|going to|are going to|is going to) die (?:at my hands|by my hand|a (?:horrible|slow|painful|nasty|gruesome|violent|bloody) death))"),
      re("\\b(?<hit>(?:cut|slit|snap|break|wring) (?:their|his|her|your|ur|that|those|these) (?:\\w+ )?(?:throats?|necks?)(?: of yours)?)"),
      re("\\b(?<hit>(?:take|taking|took) (?:a |my )?(?:bat|knife|blade|hammer|crowbar|golf club|baseball bat|gun) to (?:him|her|them|you|his|her|their|your|that))"),
      re("\\b(?<hit>(?:slash|key|brick|torch|smash) (?:his|her|their|your|that \\w+'?s?) (?:\\w+ )?(?:tyres|tires|car|windows?|windscreen|house|van))"),
      re("\\b(?<hit>(?:slash|let down|key|brick|torch|smash|put through) the (?:tyres|tires|windows?|windscreen|car|house|van|front door) (?:of|belonging to) (?:whoever|him|her|them|that|the|every|any))"),
    ],
    unless: [IDIOM, NOT_A_THREAT, test('"[^"]*$')],
    check: (hit) => {
      // "I'll hit you up later", "we'll beat them at rounders": a striking verb in another sense.
      const verb = hit.match.indices?.groups?.verb;
      return verb === undefined || !NOT_STRIKE.test(hit.match.input.slice(verb[0]));
    },
    cases: {
      fires: [
        'If he speaks to my daughter like that again I will punch him.',
        "I'm going to batter whoever keyed my car in the staff car park.",
        "Touch my boy again and I'll knock your teeth out.",
        'Honestly one more detention and I am gonna start swinging for someone.',
        'I swear I will break that caretaker’s legs.',
        'I will snap that skinny neck of yours.',
        "I'll sort him out properly when I see him.",
      ],
      quiet: [
        'These times tables are killing me, send help.',
        'I could murder a curry after that parents evening.',
        "I'll sort it out with the office tomorrow.",
        'We will smash the quiz next week.',
        'I will get him a new lunchbox at the weekend.',
        'I will hit the shops after drop-off.',
      ],
    },
  },
  {
    id: 'threat.someone-will-get-hurt',
    category: 'threat',
    message,
    source,
    scope: 'anywhere',
    triggers: [
      ...['slap', 'smack', 'punch', 'kicking', 'hiding', 'battering', 'beating', 'pasting', 'kicked', 'glassed', 'stabbed'],
      ...['hurt', 'decked', 'battered', 'dragged', 'knocked', 'done', 'leathered', 'lamped', 'filled', 'chinned', 'twatted'],
      ...['clump', 'thump', 'slapping', 'head', 'face', 'teeth', 'kick', 'bullet', 'ambulance', 'stretcher', 'body', 'box'],
      ...['wheelchair', 'hospital', 'coffin', 'pieces', 'wearing', 'eating', 'picking', 'sucking', 'drinking', 'swallowing'],
      ...['spitting', 'looking', 'put', 'putting', 'throw', 'throwing', 'drag', 'dragging', 'kick', 'launch', 'launching'],
      ...['send', 'sending', 'last', 'burn', 'torch', 'bomb', 'blow', 'shoot', 'firebomb', 'injured', 'killed', 'dead', 'shot'],
      ...['a&e', 'grave', 'intensive', 'ground', 'coma', 'getting', 'get', 'got', 'be', 'being'],
    ],
    patterns: [
      re(
        "\\b(?<hit>(?:is|'s|are|'re|will be|'ll be|gonna be|going to be|will get|'ll get|gets|get|needs|need|deserves|deserve|wants|want|asking for|getting) (?:getting |to get )?(?:a |his |her |their |your |a good |a proper |a right |some )?",
        any([
          'slap',
          'smack',
          'punch',
          'kicking',
          'hiding',
          'battering',
          'beating',
          'pasting',
          'kicked in',
          'glassed',
          'stabbed',
          'hurt',
          'decked',
          'battered',
          'dragged',
          'knocked out',
          'done in',
          'leathered',
          'lamped',
          'filled in',
          'chinned',
          'twatted',
          'clump',
          'thump',
          'slap(?:ping)?',
          'head kicked in',
          'face smashed in',
          'teeth knocked out',
          'kick up the arse',
          'bullet',
        ]),
        ')\\b',
      ),
      re(
        "\\b(?<hit>(?:leaving|leave|go(?:ing)? home|end(?:ing)? up|be going home|be leaving|carried out|come out|coming out|going out|go out) (?:in|on|of here in) (?:an ambulance|a stretcher|a body bag|a box|a wheelchair|hospital|the back of an ambulance|a coffin|pieces))",
      ),
      re("\\b(?<hit>(?:he|she|they|you|u|whoever)(?:'ll| will| is going to|'s going to|'re going to) be (?:wearing|eating|picking up|sucking|drinking through|swallowing|spitting out|looking for) (?:it|his|her|their|your|them|a straw|teeth)\\b)"),
      re("\\b(?<hit>(?:put|putting|throw|throwing|drag|dragging|dragged|kick|kicking|launch|launching) (?:him|her|them|you) (?:through|out of|into|off|over|down) (?:his|her|their|your|a|the)(?: own)? (?:\\w+ )?(?:window|windscreen|wall|door|car|van|seat|range rover|hospital|grave|fence|table|stairs|roof|railings))"),
      re("\\b(?<hit>(?:getting|get|got|be|being) dragged (?:out of|out from|across|through|over) (?:his|her|their|your|the|a|that)\\b)"),
      re('\\b(?<hit>(?:put|putting|send|sending) (?:him|her|them|you) (?:in|into|to) (?:hospital|a&e|the hospital|an early grave|a wheelchair|the ground|intensive care|a coma))'),
      re("\\b(?<hit>last (?:few |couple of |two |three )?(?:week|weeks|day|days|month|months|night|weekend) (?:with|of) (?:working|your|his|her|their|two|functioning|both) (?:own )?(?:kneecaps|legs|teeth|knees|arms|hands|fingers|eyes|ribs))"),
      re("\\b(?<hit>(?:burn|torch|bomb|blow up|shoot up|firebomb) (?:the|that|this|your|his|her|their) (?:\\w+ )?(?:school|academy|house|home|car|place|office|classroom)(?: down)?)"),
      re("\\b(?<hit>(?:someone|somebody|people|he|she|they|you)(?:'s| is| are|'re)? (?:going to|gonna|gunna|will|'ll) (?:get|end up|be) (?:seriously |badly |really )?(?:hurt|injured|killed|dead|stabbed|shot))"),
    ],
    unless: [IDIOM, NOT_A_THREAT, test('\\b(?:accident|accidentally|by mistake|fell|tripped|football|rugby|netball|hockey|boxing|karate|judo|training|match|pitch|playground game|tig|british bulldog|sports day|pe lesson)\\b')],
    cases: {
      fires: [
        'Keep pushing me and someone will be going home on a stretcher.',
        'That supply teacher is getting a slap if he shouts at my kid again.',
        'Park across my drive once more and you will be eating your teeth.',
        'I want to burn that school down some days.',
        'If the caretaker grabs my son again he will be dragged out of that office by his ears.',
        'Enjoy your last few days with working legs, whoever you are.',
      ],
      quiet: [
        'My son got a kick in the shin at football and came home limping.',
        'The ambulance came to the school fete as part of the safety talk.',
        'We will be wearing our Christmas jumpers on Friday.',
        'Our lad got battered 6-1 at the tournament but loved it.',
      ],
    },
  },
  {
    id: 'threat.veiled',
    category: 'threat',
    message: 'This could read as a veiled threat, even if it is not meant as one.',
    source,
    scope: 'anywhere',
    triggers: [
      ...['careful', 'watch', 'watching', 'head', 'shoulder', 'eye', 'know', 'knows', 'found', 'visit', 'call', 'hope', 'wait', 'think'],
      ...['waiting', 'warning', 'warned', 'warn', 'catch', 'see', 'find', 'get', 'bump', 'clock', 'try', 'test', 'coming'],
    ],
    patterns: [
      // "He should mind himself leaving tonight", "he'd better watch his back".
      re(
        "\\b(?<hit>(?:wants? to|want to|needs? to|better|had better|should|ought to|'d better|'d best|would do well to) (?:be |keep )?(?:very |really |extra )?(?:careful|watch(?:ing)? (?:his|her|their|your|out|it)|keep (?:his|her|their|your) head down|look(?:ing)? over (?:his|her|their|your) shoulder|sleep with one eye open)(?: (?:walking|going|getting|leaving|coming|driving|parking|on (?:his|her|their|your) way|when|where|at night|after dark|around here|round here|near me|in the car park|at the gate|after school|tonight)|(?=[.!]|\\s*$)))",
      ),
      re("\\b(?<hit>watch (?:your|his|her|their|ur) (?:back|step|mouth)s?)(?![a-z])"),
      re("\\b(?<hit>think (?:twice|very carefully|long and hard) (?:before|next time) (?:he|she|they|you|that \\w+) (?:\\w+ ){0,3}(?:my|our) (?:kids?|children|son|daughter|child|boy|girl|lad|little one|family))"),
      re("\\b(?<hit>(?:i|we|everyone|we all|people|some of us|my (?:husband|partner|brother|cousin|mates|fella)) (?:know|knows|found out|have found out|know exactly) (?:where|when|what (?:car|time|bus|train|route|way|gym|pub|road)|which (?:car|bus|train|route|way|gym|pub|road|house|street|school (?:his|her|their) kids?)) (?:you|he|she|they|u|that \\w+|the \\w+|your \\w+|(?:mr|mrs|miss|ms|sir) \\w+) (?:(?:\\w+ )?(?:live|lives|park|parks|drink|drinks|drive|drives|leave|leaves|finish|finishes|walk|walks|get|gets|go|goes|take|takes|catch|catches|train|trains|run|runs|jog|jogs|shop|shops|goes? to|go(?:es)? home|gets? home)|(?:is|are) (?:at|on) (?:\\w+ )?(?:night|weekends?|saturdays?|sundays?|home)))"),
      re("\\b(?<hit>(?:pay|paying|give|giving|drop|dropping) (?:him|her|them|you) (?:a )?(?:little |friendly |personal |surprise )?(?:visit|call round|home visit))"),
      re("\\b(?<hit>(?:better|'d better|had better|best) hope (?:i|we|my \\w+) (?:don'?t|do not|never|won'?t) (?:see|catch|find|bump into|meet|run into|come across|get hold of)\\w*)"),
      re("\\b(?<hit>(?:wait|waiting|just wait) (?:till|until|til|'til) (?:i|my \\w+) (?:get|see|catch|find|gets|sees) (?:hold of |my hands on |his hands on )?(?:him|her|them|you))"),
      re("\\b(?<hit>consider (?:this|yourself|yourselves|it|him|her) (?:a |your |his |her |their )?(?:final |last |only |first and last )?warn(?:ing|ed))(?! (?:that|to|about|for|of))"),
      re("\\b(?<hit>(?:you'?ve|you have|he'?s|she'?s|they'?ve|he has|she has|they have) been warned|(?:final|last) warning(?: to (?:him|her|them|you))?(?=[.!]|\\s*$)|don'?t say (?:i|we) didn'?t warn)"),
      re("\\b(?<hit>if i (?:ever )?(?:catch|see|find|get hold of|get my hands on|bump into|clock) (?:him|her|them|you|whoever|that|the)[^.!?\\n]{0,60}(?:they|he|she|you|it)(?:'ll| will|'s| is) (?:be |get |going to )?(?:eating|wearing|picking|sorry|in|getting|regret|know|have|dead|hurt))"),
      re("\\b(?<hit>(?:i'?ll|i will|we'?ll|we will|i'?m|i am) (?:be )?(?:waiting|wait) (?:for (?:him|her|them|you)|outside (?:his|her|their|your|the)|at the gates? for|in the car park for))"),
      re("\\b(?<hit>(?:try|test) me)\\b(?=[.!\\s]*$|[.!]+)"),
    ],
    unless: [
      test('\\b(?:be careful|watch out|take care) (?:crossing|on the road|with (?:the|your)|of the (?:ice|traffic)|for (?:the|ice|traffic|cars))'),
      test('\\b(?:ice|icy|slippy|slippery|traffic|roads?|snow|flu|bug|nits|scam|scammers|weather|potholes|puddles|cyclists|speeding|pickpockets|dogs?|wasps?|stairs|steps|floor|fraud|phishing|heat|sun|hay ?fever)\\b'),
      NOT_A_THREAT,
      test('\\b(?:watch your step|watch (?:your|his|her) (?:back|step) (?:on|at|in) the (?:stairs|ice|path))'),
    ],
    cases: {
      fires: [
        'That deputy head should be very careful leaving the car park tonight.',
        "I know where she lives, just saying.",
        'Funny, I found out which gym that deputy goes to on a Tuesday night.',
        "He'd better hope my husband never catches him.",
        'Consider this your final warning, Mr Grant.',
        'That supply teacher wants to think long and hard next time she grabs my son.',
      ],
      quiet: [
        'Be careful walking in on Monday, the path by the gate is icy.',
        'My daughter needs to be careful with her new glasses.',
        'Consider this a warning that the cake stall sells out fast!',
        'Our dog will not be walking far this week, he hurt his paw.',
        'Does anyone know which bus the Year 7s get home on now the route has changed?',
      ],
    },
  },
  {
    id: 'threat.consequences',
    category: 'threat',
    message: 'This could read as a veiled threat, even if it is not meant as one.',
    source,
    scope: 'anywhere',
    triggers: [
      ...["won't", 'wont', "wouldn't", 'wouldnt', 'not', 'lucky', 'sorted', 'sort', 'dealt', 'deal', 'smash', 'knock', 'batter'],
      ...['deck', 'lamp', 'kick', 'decked', 'lamped', 'battered', 'knocked', 'smacked', 'slapped', 'punched', 'thumped', 'gone'],
      ...['coming', 'regret', 'regrets', 'rue', 'rues', 'sure', 'sorry', 'wish', 'know', 'learn', 'answer', 'get', 'find', 'trouble', 'consequences', 'hell'],
      ...['blood', 'bloodshed', 'problem', 'issues', 'responsible', 'hands', 'swear', 'mark', 'need', 'deal', 'sort', 'visit'],
      ...['round', 'wait', 'chat', 'teach', 'out', 'like', 'enjoy', 'forget', "aren't", 'arent', "isn't", 'isnt'],
    ],
    // "She won't be walking straight for a bit", "there'll be trouble", "you'll regret it": harm as a consequence.
    patterns: [
      re("\\b(?<hit>(?:won'?t|wouldn'?t|will not|would not|won'?t be able to|not be able to) (?:be )?(?:teach|work|walk|smil|talk|driv|coach|sit|see|eat)(?:e|ing)? (?:anything|anyone|straight|properly|again|for (?:a |long|weeks|months|a while|a good|some time))\\w*)"),
      re("\\b(?<hit>lucky (?:for (?:him|her|them|you|the \\w+|\\w+) )?(?:that )?(?:it'?s|it is|i'?m|i am|i only|i just|that'?s all|all i'?m doing is|all i am doing is|i'?m only|i am only) (?:only |just )?(?:writing |sending |typing |posting |doing )?(?:an? |this )?(?:email|message|letter|post|words|complaint|posting|writing|typing|this))"),
      re("\\b(?<hit>(?:i'?d|i would|i could|i should|i'?ve a good mind to) (?:have |'ve )?(?:gone|go|went|come|be) (?:round|over|up|down|in) (?:there|to the school|to school|to (?:his|hers|her|theirs|their) (?:house|place)|to his|and)[^.!?\\n]{0,40}(?:sorted|sort|dealt|deal|smash|knock|batter|deck|lamp|kick|sorted it))"),
      re("\\b(?<hit>(?:back in the day|in my day|years ago|a few years ago|if i was younger|if i were younger) (?:i'?d|i would|i'?d have|i would have) (?:\\w+ ){0,3}(?:sorted|decked|lamped|battered|knocked|smacked|slapped|punched|thumped|dealt with|gone round|sorted it))"),
      re("\\b(?<hit>(?:i'?m|i am) coming (?:in|up|down|round)\\b)(?=[^.!?\\n]{0,60}\\b(?:someone|ambulance|hurt|sort|regret|see what happens|leaving|not joking|warned))"),
      re("\\b(?<hit>(?:i'?m|i am|we'?re|we are) coming (?:for|after) (?:him|her|them|you|u|whoever)\\b)"),
      // Others sent to do it: "some of the dads should deal with him", "my brother will sort her out".
      re(
        "\\b(?<hit>(?:someone|somebody|some of the (?:dads|mums|lads|parents|men)|the (?:dads|lads|men)|a few of us|my (?:husband|brother|partner|fella|mates|dad|cousin|boys)) (?:should|needs? to|will|might|ought to|is going to|are going to|is gonna|are gonna|can) (?:deal with|sort out|sort|pay \\w+ a visit|go round to|wait for|have a chat with|teach \\w+ a lesson|have it out with) (?:him|her|them|that (?:man|woman|teacher|dad|mum|bloke|lad)|the (?:bully|dad|mum|teacher|ta|head|caretaker|man|woman|bloke)(?:'s (?:dad|mum|father|mother))?|the \\w+'s (?:dad|mum|father|mother))\\b)",
      ),
      re("\\b(?<hit>(?:he|she|they|you|u|whoever)(?:'ll| will| is going to|'s going to|'re going to| are going to) (?:(?:regret|rue) (?:it|this|that|the day|ever \\w+ing)|be sorry|wish (?:he|she|they|you) (?:hadn'?t|never|had not)|not know what (?:hit|'s hit) (?:him|her|them|you)|learn the hard way|have me to deal with|answer to me|get what'?s coming|find out the hard way)\\b)"),
      re("\\b(?<hit>(?:i'?ll|i will|i'?m going to|i am going to|gonna) make sure (?:he|she|they|you|that \\w+|the \\w+|him|her|them) (?:regrets?|rues?|never forgets?) (?:it|this|that|the day|ever \\w+ing)\\b)"),
      re("\\b(?<hit>(?:won'?t|wouldn'?t|will not|never) know what (?:hit|'s hit) (?:him|her|them|you))"),
      re("\\b(?<hit>(?:won'?t|will not|wouldn'?t|would not|aren'?t going to|isn'?t going to) (?:like|enjoy|forget) what (?:happens|i do|comes next|i'?ll do|i will do|we do))"),
      re("\\b(?<hit>(?:he|she|they|you|u)(?:'ll| will|'d| would) need (?:more than|a lot more than|something more than|a bodyguard|protection|an ambulance|a doctor|a dentist|a surgeon|stitches)(?:[^.!?\\n]{0,40} to (?:protect|save|help) (?:himself|herself|themselves|yourself|him|her|them|you))?)"),
      re("\\b(?<hit>(?:there'?ll|there will|there is going to|there'?s going to) be (?:trouble|consequences|hell to pay|blood|bloodshed|a problem|issues))(?=[^.!?\\n]{0,40}(?:if|when|for (?:him|her|them|you))|[.!]|\\s*$)"),
      re("\\b(?<hit>(?:can'?t|cannot|won'?t|will not) be (?:held )?responsible for (?:my actions|what (?:i do|happens|i might do)))"),
      re("\\b(?<hit>take (?:matters|things|it) into (?:my|our) own hands)"),
      re("\\b(?<hit>(?:swear (?:down|to god|on my \\w+'?s? life)|mark my words)) (?:if|when|he|she|they|you|that|i)\\b"),
    ],
    unless: [
      test('\\b(?:be careful|watch out|take care) (?:crossing|on the road|with (?:the|your)|of the (?:ice|traffic)|for (?:the|ice|traffic|cars))'),
      test('\\b(?:ice|icy|slippy|slippery|traffic|roads?|snow|flu|bug|nits|scam|scammers|weather|potholes|puddles|cyclists|speeding|pickpockets|dogs?|wasps?|stairs|steps|floor|fraud|phishing|heat|sun|hay ?fever)\\b'),
      NOT_A_THREAT,
      test('\\b(?:watch your step|watch (?:your|his|her) (?:back|step) (?:on|at|in) the (?:stairs|ice|path))'),
    ],
    cases: {
      fires: [
        "Lucky for the head that all I'm doing is writing a post.",
        "Mark my words, he'll regret it.",
        "Give my lad one more detention and I'll make sure that man regrets ever taking this job.",
        'Keep shouting at my son and you will not be walking straight for a while.',
        'Years ago I would have gone round and sorted him out myself.',
        'Shout at my daughter once more and you will need a lot more than your lanyard to protect yourself.',
      ],
      quiet: ['We will not be walking to school this week, the car is fixed.', 'You will regret missing the Year 6 show, it was wonderful.'],
    },
  },
  {
    id: 'threat.wish-harm',
    category: 'threat',
    message: 'This wishes violence or harm on someone.',
    source,
    scope: 'anywhere',
    triggers: ['should', 'ought', 'deserve', 'deserves', 'need', 'needs', 'want', 'wants', 'hope', 'kill', 'shoot', 'hang', 'gas', 'exterminate', 'murder', 'string', 'strung', 'see', 'wish', 'pray', 'only'],
    patterns: [
      re(
        "\\b(?<hit>(?:should|should all|ought to|deserves? to|needs? to|want(?:s)? to see (?:him|her|them)) (?:be |get )?(?:all )?(?:shot|hanged|hung|lynched|gassed|stabbed|killed|executed|beaten|put down|burned|burnt|strung up|die|burn|rot|raped|tortured|run over|drowned|beaten up|beheaded)\\b)",
      ),
      re("\\b(?<hit>(?:i )?hope (?:he|she|they|you|u|that \\w+) (?:dies|die|gets? hit by|gets? run over|gets? hurt|rots?|burns?|crashes|gets? cancer|gets? stabbed|gets? beaten|chokes?|drowns?))"),
      // Harm longed for: "can't wait to see him hurt", "I wish the lot of them were dead", "if only his neck got broken".
      re("\\b(?<hit>(?:love|like|want|wish|hope|can'?t wait|would like|dream of|long) to see (?:\\w+ ){0,4}(?:suffer|die|burn|hang|rot|bleed|dead|hurt|beaten|shot|killed|executed|gassed|locked up|in pain|strung up|wiped out))"),
      re("\\b(?<hit>(?:wish|hope|pray)(?: that)? (?:he|she|they|you|u|them|him|her|someone|somebody|everyone|people|all|those|these|every|the|some|whoever)(?: \\w+){0,3}? (?:would|will|could|'d|gets?|got|were|was)? ?(?:all )?(?:be |get )?(?:shot|killed|murdered|hanged|hung|gassed|stabbed|raped|beaten|burned|burnt|drowned|tortured|executed|run over|wiped out|exterminated|dead|died|strangled)\\b)"),
      re("\\b(?<hit>(?:if only|wish) (?:\\w+ ){0,6}(?:had|got) (?:their|his|her|your) (?:\\w+ )?(?:throats?|necks?) (?:cut|slit|snapped|broken))"),
      re("\\b(?<hit>(?:kill|shoot|hang|gas|exterminate|murder) (?:all|every one of|every last one of) (?:them|those|these|the)\\b)"),
    ],
    unless: [
      test('\\b(?:plants?|weeds?|tomatoes|batteries|phone|laptop|meeting|ideas?|bills?|prices?|rules?|policy|plans?|proposals?|scheme|homework|uniform|gcses?|sats|exams?|the (?:law|bill|rule))\\b'),
      test('\\bno (?:\\w+ ){0,2}(?:deserves?|ought|should)|\\b(?:things|stuff|statements?|comments?) like|\\bsay(?:ing)? (?:that )?"'),
      test('\\bhang (?:all |up )?(?:these |those |the |them |some |my |our )?(?:pictures|photos|paintings|coats|decorations|lights|clothes|washing|posters|frames|baskets|plants|flowers|signs|banners|bunting|curtains|stockings)\\b'),
      NOT_A_THREAT,
    ],
    check: (hit, draft) => {
      // "Nobody deserves to be hurt", "I hope no one gets hurt": denied, not wished.
      const lead = draft.text.slice(draft.sentences[hit.sentence]?.start ?? 0, hit.end);
      return !/\b(?:not|never|nobody|no one|no-one|none)\b|n't\b/.test(lead.replace(/\b(?:if only|can'?t wait)\b/g, ''));
    },
    cases: {
      fires: ['People like him should be strung up.', 'I hope she gets run over on her way in.'],
      quiet: ['The old tablets should be recycled, not binned.', 'I hope they get the hall heating fixed.', 'No child deserves to be hurt at school.'],
    },
  },
];
