/**
 * Public complaints about the school, trust or staff instead of the complaints procedure (000 §3.4.2 and §3.3
 * "Parents must use the Trust's Complaints Policy", 002, 003 §4 "Refraining from making complaints, negative
 * comments…", 004). Only sentences about the school: "the council are a joke" is not the school's to answer.
 * Parents only; a staff member's complaint about their school is `staff_conduct`.
 *
 * Four ways people complain in public: a verdict on the school ("a shambles"), being ignored or kept in the
 * dark, rallying other parents ("I want everyone to know"), and sarcasm ("lovely of them to tell us the night
 * before"). Unfair treatment ("one rule for them") is a verdict too.
 */
import { NOT_THE_SCHOOL } from '../lexicon';
import { any, re, test } from '../rule';
import { reportedOrRejected } from '../speech';
import type { DraftContext } from '../context';
import type { Hit, Rule } from '../rule';

const message = 'This reads as a public complaint. The school asks for concerns to go through its complaints route.';
const source = '000 §3.4.2; 002; 003 §4; 004';

const NOUN_VERDICT = any([
  'joke',
  'shambles',
  'disgrace',
  'farce',
  'mess',
  'circus',
  'embarrassment',
  'scandal',
  'laughing stock',
  'nightmare',
  'pantomime',
  'car crash',
  'omnishambles',
  'travesty',
  'con',
  'rip-?off',
  'waste of (?:time|space|money)',
  'free[- ]for[- ]all',
  'zoo',
]);

/** Verdicts on how the school is run. */
export const DAMNING = any([
  `(?:is|are|was|were|'s|'re|been|getting|becoming|become|turning into|turned into) (?:an? )?(?:absolute |complete |total |utter |bloody |actual |such a |a bit of a |proper |right |fucking |massive |joke of a )?${NOUN_VERDICT}`,
  `(?:absolute|complete|total|utter) (?:${NOUN_VERDICT}|clowns|chaos|amateurs|cowboys|muppets|rubbish|incompetence)`,
  'disgraceful',
  'shambolic',
  'appalling',
  'atrocious',
  'abysmal',
  'woeful',
  'diabolical',
  'ridiculous',
  'ludicrous',
  'laughable',
  'pathetic',
  'unprofessional',
  'incompeten(?:t|ce)',
  'clueless',
  'chaotic',
  'disorganised',
  'shocking',
  'dire',
  'unacceptable',
  'not acceptable',
  'not good enough',
  'not on\\b',
  'out of order',
  "not ok(?:ay)?(?= in| for| to treat|[.!]|$)",
  'harassment',
  '(?:pestering|hounding|harassing) (?:us|me|parents|families)',
  'beyond a joke',
  'beyond belief',
  'a step too far',
  'worst (?:school|teacher|head|academy|trust|decision|communication|run)',
  "(?:this|the|our|that|my \\w+'?s) (?:school|academy|trust) (?:is|has been) (?:not good|rubbish|terrible|awful|useless|failing|going downhill|a nightmare|so bad|badly run|poorly run|criminal|shameful|scandalous|disgusting|a disgrace)",
  "the way (?:this|the|our|that) (?:school|academy|trust|head|teacher|staff|office|senco)(?: \\w+)? (?:treats?|treated|speaks? to|talks? to|spoke to|handles?|handled|deals? with|dealt with) (?:\\w+ ){1,4}(?:is|was) (?:\\w+ )?(?:criminal|shameful|scandalous|disgusting|disgraceful|appalling|shocking|wrong|cruel|a disgrace|a scandal)",
  'not fit for purpose',
  'let (?:us|our kids|the kids|my \\w+|them|parents|him|her|everyone|these kids) down',
  'failing (?:our|my|the|these) (?:kids|children|son|daughter|pupils|students|boys|girls)',
  'do(?:es)? better',
  'deserve(?:s)? better',
  'should be ashamed',
  'ashamed of (?:yourselves|themselves|itself)',
  'sort (?:yourselves|your \\w+|it|this) out',
  'get a grip',
  "couldn'?t care less",
  'care(?:s)? more about [^.!?\\n]{1,40} than',
  '(?:only|just) care(?:s)? about (?:results|money|ofsted|league tables|(?:their|its) (?:reputation|image)|uniform|attendance figures)',
  "no idea what (?:they|she|he|you)(?:'?re|'?s| are| is) doing",
  "(?:taught|teaching|learnt|learned|learning) (?:my \\w+ |him |her |them |the kids |our kids )?(?:absolutely |literally )?nothing",
  'double standards?',
  'one rule for',
  'rules for (?:thee|them|us|parents|kids)',
  'hypocri(?:te|tes|sy|tical)',
  'do as i say',
  'who do (?:they|you|she|he) think (?:they|you|she|he) (?:are|is)',
  '(?:daft|stupid|ridiculous|pointless|petty|silly|mad|nonsense|draconian|over the top) (?:rules?|decisions?|ideas?|polic(?:y|ies)|detentions?|sanctions?|punishments?)',
  'what really goes on',
  'over the top',
  'heavy[- ]handed',
  '(?:zero|no) common sense',
  'lack of (?:communication|support|care|respect|organisation|leadership|discipline|consistency)',
  'no (?:communication|organisation|consistency|accountability|discipline|support)\\b',
  '(?:terrible|awful|poor|rubbish|dreadful|shocking|non-existent|zero|appalling|abysmal) (?:communication|organisation|leadership|management|teaching|behaviour management|support|discipline)',
  "(?:communication|organisation|leadership|management|teaching|behaviour management|support|discipline|the food|the dinners|the uniform rules|the rules|the homework|the website|the app|the system|the policy) (?:is|are|has been|was|have been) (?:\\w+ )?(?:rubbish|terrible|awful|poor|appalling|shocking|dreadful|a joke|non-existent|useless|pathetic|laughable|atrocious|abysmal|ridiculous|a shambles)",
  '(?:bullying|behaviour|discipline) (?:is|has got|has gone) (?:out of control|worse|non-existent|a joke)',
  '(?:kids|children|pupils|boys|girls) (?:just )?run(?:ning)? riot',
  "(?:let|lets|letting|allow|allows) (?:him|her|them|the kids|kids|pupils|bullies|these kids) (?:run riot|get away with|carry on|do what)",
  "nothing (?:is|gets|was|ever gets|has been) (?:ever )?done",
  "(?:won'?t|wouldn'?t|doesn'?t|didn'?t|never|don'?t) (?:do|does|did) (?:a thing|anything|nothing|a single thing|jack|zilch)",
  '(?:swept|brushed) under the (?:carpet|rug)',
  "(?:didn'?t|don'?t|doesn'?t|won'?t|aren'?t|isn'?t|not) (?:take|taking|took) (?:it|this|bullying|us|me|my concerns|it) seriously",
  'making excuses',
  'passing the buck',
  '(?:sent|sending) (?:my|our) \\w+ home (?:for|over|because)',
  // Money wasted: "blew thousands on a new logo".
  '(?:wasted|wasting|wastes?|blew|blown|squandered|splashed out|frittered) (?:away )?(?:\\w+ )?(?:thousands|millions|hundreds|\\d[\\d,.]*k?|a fortune|money|our money|so much|all that money|a small fortune)(?: of (?:pounds|our money))? on',
  '(?:favour|favours|favouring|favoured) (?:the )?(?:girls|boys|certain (?:kids|children|families|pupils)|(?:posh|rich|quiet|sporty|clever|bright|popular|pta|teachers\'?) (?:kids|children|families|parents))',
  '(?:get|gets|got|getting) away with (?:blue )?murder',
  '(?:isolation|isolated|detention|excluded|suspended|suspension|exclusion|sent home|a sanction|a behaviour point|a demerit)(?: (?:my|our|his|her|their) (?:son|daughter|boy|girl|lad|kids?|child)| (?:him|her|them))? (?:all day |for a week |for a day |for (?:two|three|\\d) days )?(?:for|over) (?:a |the |her |his |wearing |having |forgetting |talking|nothing|one )?(?:missing |wrong |tiny |small )?(?:tie|skirt|socks|shoes|haircut|hair|coat|jewellery|earrings|nail varnish|trainers|colour|pencil case|nothing|uniform|blazer)',
]);

/**
 * Verdicts keyed on their telling word, the rest looked back for ("downhill", then "gone"). Kept apart from
 * `DAMNING`: one pattern with both kinds runs slower than two.
 */
export const DAMNING_KEYED = any([
  // Keyed on the telling word, the rest looked back for ("gone" and "has" are everywhere).
  '(?:downhill|pot|dogs)(?<=(?:gone|going) (?:right |completely |rapidly |totally )?(?:downhill|to pot|to the dogs))',
  '(?:terrible|awful|bad|rubbish|requires improvement|inadequate|poor|dreadful|a joke)(?<=(?:gone|went|going|dropped) from (?:good|great|outstanding|brilliant|excellent) to (?:terrible|awful|bad|rubbish|requires improvement|inadequate|poor|dreadful|a joke))',
  '(?:ruined|wrecked|destroyed)(?<=(?:has|have|had) (?:completely |totally |absolutely )?(?:ruined|wrecked|destroyed)) (?:it|the school|this school|our school|everything|the place)',
  "care\\b(?<=(?<!\\bi )(?:don'?t|doesn'?t|couldn'?t|didn'?t|never) (?:even )?(?:seem to )?care)",
  // Favourites and lost control of a class.
  'favourites(?<=(?:has|have|got|plays?|playing|played) (?:(?:obvious|clear|blatant|such|their|his|her|definite|massive) )*favourites)',
  '(?:control|wild|feral|carnage|mayhem)(?<=(?<!\\b(?:my|our) )(?:class|classes|kids|children|pupils|students|year \\d+|they|lessons?) (?:is|are|was|were|have been|has been) (?:completely |totally |absolutely |just |utterly |so )?(?:out of control|running wild|feral|carnage|mayhem))',
  "(?:manage|control|handle)(?<=(?:he|she|they|sir|miss|(?:mr|mrs|miss|ms) [a-z]+|(?:the|that|this|her|his|their|our|new|supply|cover) (?:\\w+ )?(?:teacher|ta|head|deputy|staff)) (?:just |really |clearly |simply |obviously |honestly )?(?:can'?t|cannot|couldn'?t|is unable to|(?:has|have) no idea how to) (?:even )?(?:manage|control|handle)) (?:them|the class|(?:his|her|their) class|a class|the kids|the children|the pupils|behaviour)",
  '(?:control|authority)(?<=(?<!\\b(?:i|we) (?:have|had|\'ve) )(?:zero|no) (?:control|authority))(?= over| of| in|[.!,]|$)',
]);

/** Being ignored, kept in the dark or fobbed off. */
export const UNANSWERED = any([
  "(?:no ?one|nobody|no-one)(?: (?:from|at|in) (?:the )?\\w+)? (?:has |have |had |ever |even |actually |bothered to |has bothered to )*(?:replied|responded|answered|returned|got back|called back|rang back|bothered|listens|listened|cares|cared|reads|read|is reading|checking|told us|explained|apologised|acknowledged)",
  '(?:ignored|ignoring|ignores) (?:my|our|\\d+|all|every|the|us|me|parents|emails|it|them|him|her|calls|letters|complaints|concerns|requests)',
  '(?:being|been|is|was|are|were|keeps? being|keep getting|got|get|getting) (?:completely |totally |just )?(?:ignored|fobbed off|brushed off|stonewalled|passed from pillar to post|given the run-?around)',
  "(?:still )?(?:no|zero|not a single|not one|not even a|never a) (?:reply|response|answer|phone call|call back|callback|explanation|word|update|apology|warning|notice|consultation|acknowledgement|follow[- ]up)\\b",
  "(?:hasn'?t|haven'?t|didn'?t|never|won'?t|doesn'?t|don'?t|hadn'?t|wouldn'?t) (?:even )?(?:bother(?:ed)? to )?(?:reply|replied|respond|responded|answer|answered|answers|replies|responds|get back|got back|call(?:ed)? back|rang back|ring back|return(?:ed)? (?:my|our|any)|acknowledge|apologise|apologised|explain|explained|let us know|inform|informed)",
  '(?:fob|fobbed|fobbing) (?:us |me |you |parents |people |everyone )?off',
  '(?:kept|keeping|keep|keeps) (?:us|parents|everyone|me|families) in the dark',
  '(?:said|say|says|told us|tell us|tells us|telling us) (?:absolutely )?nothing',
  'nobody tells (?:us|parents|anyone) anything',
  "(?:found|find|had to find) out (?:about [^.!?\\n]{0,30})?(?:from|on|through|via) (?:another|other|a|the) (?:mum|mums|parent|parents|dad|dads|kid|kids|child|family|families|facebook|news|local paper|grapevine|whatsapp group|group chat)",
  "(?:from|via) (?:another|other|a) (?:mum|parent|dad|kid|child)s?,? not (?:from )?the (?:school|academy|head|teacher|office)",
  '(?:phones?|emails?|calls?|messages?) (?:is |are |go |goes |get |gets )?(?:never|not) (?:answered|returned|replied to|picked up)',
  '(?:goes|going|went|go) straight to (?:voicemail|answerphone)',
  "(?:with|on|given|giving|gave (?:us|me|parents|families)|give (?:us|me|parents|families)|at) (?:only |just |barely |less than )?(?:\\d+|one|two|three|four|five|six|a few|a couple of|an?|a day'?s|a week'?s|an hour'?s|no|zero|hardly any|barely any|24 hours'?|48 hours'?|five minutes'?|ten minutes'?) (?:days?'?|weeks?'?|hours?'?|minutes?'?|mins?'?)? ?notice",
  '(?:the|a) (?:night|day|morning|evening|weekend) before(?! (?:the|a) (?:trip|fair|show|play|exam)s? (?:was|were|is) (?:lovely|great|brilliant))',
  'last[- ]minute',
  '(?:without|with no|with zero) (?:any )?(?:warning|notice|explanation|consultation|reason|discussion)',
  '(?:without|never) (?:even )?(?:asking|telling|consulting|informing|checking with|ringing|calling|letting) (?:us|me|parents|families|anyone|the parents)',
  "(?:weeks?|months?|days?|terms?|a year|half a term) (?:later|on),? (?:and )?(?:still )?(?:nothing|no (?:reply|change|news|word))",
  '(?:still )?waiting (?:for|on) (?:a|an|any) (?:reply|response|answer|call|call back|explanation|apology|update|meeting|decision)',
  "(?:hasn'?t|haven'?t|has not|have not|wasn'?t|weren'?t) (?:been )?(?:changed|sorted|dealt with|fixed|covered|replaced|marked|returned|answered|addressed|resolved|followed up|investigated|looked at) (?:once|at all|for|since|in|yet)",
  '(?:been |gone |going )?without (?:a |his |her |their |any |proper |a proper )?(?:1:1|one[- ]to[- ]one|teacher|support|ta|specialist|qualified teacher|maths teacher|english teacher|science teacher|lessons?|help)\\b',
  '(?:there is|there\'?s|there are) (?:no|still no) (?:teacher|support|ta|help)',
  "no (?:teacher|adult|member of staff|staff|one) (?:checking|watching|supervising|there|on the gates?|in the playground|on duty|around|looking)",
  "(?:i|we) (?:don'?t|do not|no longer|can'?t|cannot) trust (?:them|the school|the trust|the head|school|anyone there|the staff|a word)",
]);

/** Taking it public: rallying other parents instead of raising it privately. */
export const GOING_PUBLIC = any([
  '(?:i|we) want (?:every|all|other|the other|all the|everyone|people|everybody)(?: \\w+){0,5}? to (?:know|see|hear|be aware|read)',
  '(?:so|until) (?:every|all|other|the other) (?:parents?|families|mums|dads) (?:know|knows|can see|are aware|hear)',
  'parents (?:need|deserve|should|ought|have a right) (?:to know|to be told|better|to hear|to be warned)',
  '(?:please )?(?:share|spread) (?:this|the word|so|far and wide|widely|if you)',
  '(?:is|am) i the only one',
  "(?:does|do|did|has|have) (?:anyone|anybody) else (?:\\w+ )?(?:feel|think|find|get|notice|have|struggle|reckon|see|worry)",
  "whoever (?:thought|decided|came up with|planned) (?:\\w+ ){0,10}?(?:was )?a (?:good|great|bright|clever) idea",
  "(?:got|given|gets|get|getting|received) (?:a |an )?(?:red card|detention|sanction|warning|behaviour point|isolation|demerit|negative point|exclusion|yellow card) for (?:\\w+ing|nothing|breathing|asking|talking|smiling|laughing|sneezing)\\b",
  'is it (?:only |just )?me,? or',
  "(?:is|are) (?:anyone|anybody) else(?:'s)? (?:\\w+ )?(?:having|getting|finding|dealing|fed up|sick|experiencing|noticing|struggling|had)",
  '(?:has|have) (?:anyone|anybody) (?:else )?(?:actually |ever )?(?:had|got|been given|received) (?:a |any )?(?:straight answer|reply|response|answer|explanation)',
  '(?:how|why) (?:is|are|was|were) (?:that|this|it|they|the school) (?:acceptable|ok|okay|allowed|fair|right|legal|normal|still)',
  "what(?: is|'s) the point (?:of|in) (?:telling|emailing|raising|complaining|reporting|asking|having|going|ringing|writing)",
  'is (?:anyone|anybody) (?:actually |even )?(?:reading|listening|in charge|there|home|awake)',
  '(?:does|do|did) (?:anyone|anybody|nobody|no one)(?: (?:at|in) \\w+)? (?:actually |even |ever )?(?:check|read|care|listen|bother|look at|supervise|monitor|answer|notice|teach)',
  '(?:judge|decide|see) for yourselves',
  'is this (?:how|what|acceptable|normal|ok|okay) (?:\\w+ ){0,4}(?:should|acceptable|normal|now|treated)',
  "don'?t let them (?:fob|get away|brush|fool)",
  '(?:until|till|til|unless) they (?:start )?(?:listen|listening|do something|sort it|take notice|act|answer)',
  'end of my tether',
  "at my wits'? end",
  'had (?:enough|it up to here)',
  '(?:fed up|sick|sick and tired|tired) (?:of|with) (?:this|the|them|being|their)',
  '(?:i|we) used to (?:love|rate|recommend|like|trust) (?:this|the|our|that) (?:school|academy|place|trust)',
  "(?:i'?m|i am|we'?re|we are|i feel|i was|we were) (?:absolutely |so |really |completely |totally |utterly |very |beyond |just |honestly )?(?:disgusted|appalled|livid|fuming|furious|seething|raging|outraged|horrified|let down|worry|worried|upset|angry|disappointed)\\b",
  "(?:moving|move|pulling|pull|taking|take) (?:them|him|her|my \\w+|our \\w+|the kids) (?:out|schools?|to another school|elsewhere|the minute|as soon|away)",
  "(?:won'?t|will not|would never|wouldn'?t|can'?t) (?:recommend|send (?:my|another|any))(?! (?:\\w+ ){0,2}(?:enough|highly enough|more))",
  '(?:avoid|stay away from) (?:this|that|the) (?:school|academy)',
  '(?:needs? to be|should be|being) (?:exposed|named and shamed)',
  '(?:ofsted|the council|the papers|the press|my mp) (?:need|needs|should|will) (?:to )?(?:know|hear|see|look|be told)',
  '(?:report|reporting|reported) (?:them|the school|this|it|the head) to (?:ofsted|the council|the dfe|the papers|the press)',
  '(?:going|went|gone|go) to the (?:papers|press|local paper|news|ombudsman)',
  '(?:surely|why (?:is|isn\'?t|are|aren\'?t)) (?:someone|somebody|anyone|no one|nobody|the school|they|staff|a teacher|an adult) (?:should|would|could|checking|doing|dealing|watching)',
  'instead of (?:dealing with|sorting|doing anything about|tackling|addressing|punishing|stopping|helping) (?:him|her|them|it|the \\w+)',
  "why (?:does|do|did|would|is|are) (?:this|the|our|that) (?:school|academy|teacher|head|staff) (?:do|does|did|treat|think|allow|let|punish)",
  'is (?:anyone|anybody) (?:else )?keeping (?:theirs|their \\w+|them) (?:off|home)',
]);

/** Sarcasm aimed at the school ("Lovely of them to tell us the night before", "great communication as usual"). */
export const SARCASM = any([
  '(?:lovely|nice|good|great|kind|thoughtful|helpful|considerate|decent|big) of (?:\\w+ ){1,3}to (?:announce|tell|let|inform|give|send|cancel|change|ask|charge|spring|wait|bother|warn|mention)',
  'thanks? (?:a lot |so much |again |a bunch )?(?:\\w+ )?for (?:nothing|(?:the )?(?:short|no|zero) notice|letting us know|ignoring|wasting|the (?:last-minute|late|useless|helpful))',
  '(?:brilliant|great|fantastic|amazing|excellent|top|fab|stellar|superb|outstanding|genius|world-class|fine) (?:planning|communication|organisation|organising|leadership|work|job|idea|decision|move|thinking|management|timing)[^.!?\\n]{0,25}(?:as (?:always|usual|ever)|again|there|👏|🙃|🙄)',
  '(?:really|truly|clearly|obviously) (?:feeling|preparing|showing|living) (?:the|that|them|up to)',
  "(?:funny|interesting|amazing|strange|odd|convenient|curious|weird) how (?:the|my|our|a|some|they|his|her|it'?s|its|certain|only|every|none|nobody|no one)",
  '(?:second|third|fourth|fifth|sixth|another|umpteenth) (?:year|time|week|term|day|month) (?:running|in a row|this (?:half )?term|this week|this month|this year)',
  '(?:yet )?another (?:inset|training|closure|staff training) day',
  '(?:\\w+ )?(?:hello|anyone)\\?{2,}',
  'what (?:century|decade|planet|world) (?:are|is) (?:they|we|you|the school|the head|it|this school|this place) (?:living )?in',
  "(?:clearly|obviously) (?:doesn'?t|don'?t|has never|have never|never) (?:have|had|got|work|works|worked|met) (?:a (?:real )?job|jobs|kids|children|a clue|a child|a working parent|to work)",
  '(?:budget )?cuts? (?:never|don\'?t|doesn\'?t) (?:seem to )?(?:touch|affect|apply to|reach)',
  'while (?:our|the|my) (?:kids|children|pupils) (?:sit|are sat|suffer|go without|freeze|wait|stand)',
  'meanwhile (?:half |all )?(?:the )?(?:staff|teachers|head|slt|leadership|trust)',
  'while lecturing',
  'some of us (?:have|work|actually have|do) (?:jobs|real jobs|to work|work)',
  'award[- ]winning',
  'who needs (?:teachers|lessons|maths|english|an education)',
  '(?:so|really) glad (?:my|our) (?:\\w+ ){0,3}(?:is|are) (?:learning|being taught)',
]);

/** Someone praising the channel that worked, or explaining they used it instead of posting. */
const USED_THE_CHANNEL = test(
  '\\b',
  any([
    'complaints? (?:procedure|process|form|policy|route) (?:works|worked|is|was|actually)',
    "used the (?:school'?s |trust'?s |academy'?s |proper )?(?:complaints?|proper channels)",
    'instead of (?:posting|ranting|moaning|writing)',
    'stop moaning',
    '(?:ranting|moaning|posting) (?:on|about it on) here (?:doesn|won|never|isn)',
    "(?:emailed|rang|called|phoned|spoke to|met|went in to see|messaged) (?:the )?(?:head|school|office|year group|teacher|senco|head of \\w+)[^.!?]{0,60}(?:instead|got|and they|the same|sorted|within|straight away|back)",
    'got a (?:call|meeting|reply|response|proper|written|phone call)',
    'credit where',
    'fair play to (?:them|the school|\\w+)',
    'talk to them',
    '(?:in|at) a meeting',
    '(?:they|school|the head|the school|she|he) (?:sorted|listened|explained|rang me back|called me back|got back to me)',
  ]),
);

/** A complaint needs the school or its staff named somewhere, not only its children (that is other rules' business). */
function aboutTheSchool(hit: Hit, draft: DraftContext): boolean {
  return draft.aboutInstitution && !draft.notTheSchool && draft.nearestTarget(hit.start) !== 'other' && !reportedOrRejected(hit, draft);
}

/**
 * A bare "Disgusting." judges what the sentence before it told: the school's or its staff's doing, not a
 * stranger's ("someone sprayed graffiti on the gate. Disgusting.").
 */
function verdictOnTheSchool(hit: Hit, draft: DraftContext): boolean {
  if (hit.sentence === 0) return true;
  const before = draft.sentenceText(hit.sentence - 1);
  return (draft.staffSentence[hit.sentence - 1] === true || draft.strongSentence[hit.sentence - 1] === true) && !/\b(?:someone|somebody|whoever|vandals?|thieves|burglars?|police|a man|a woman|some (?:kids|idiots|people))\b/.test(before);
}

const VERDICT_TRIGGERS = [
  'joke', 'shambles', 'disgrace', 'farce', 'mess', 'circus', 'embarrassment', 'scandal', 'laughing', 'nightmare', 'pantomime', 'crash', 'omnishambles', 'travesty', 'con', 'rip', 'ripoff', 'waste', 'free', 'zoo', 'clowns', 'chaos', 'amateurs', 'cowboys', 'muppets', 'rubbish', 'incompetence', 'disgraceful', 'shambolic', 'appalling', 'atrocious', 'abysmal', 'woeful', 'diabolical', 'ridiculous', 'ludicrous', 'laughable', 'pathetic', 'unprofessional', 'incompetent', 'clueless', 'chaotic', 'disorganised', 'shocking', 'dire', 'unacceptable', 'acceptable', 'enough', 'on', 'order', 'beyond', 'step', 'worst', 'school', 'academy', 'trust', 'downhill', 'pot', 'dogs', 'purpose', 'let', 'failing', 'better', 'ashamed', 'sort', 'grip', 'care', 'cares', 'idea', 'nothing', 'double', 'one', 'rules', 'hypocrite', 'hypocrites', 'hypocrisy', 'hypocritical', 'say', 'daft', 'stupid', 'pointless', 'petty', 'silly', 'mad', 'nonsense', 'draconian', 'really', 'top', 'heavy', 'common', 'lack', 'no', 'terrible', 'awful', 'poor', 'dreadful', 'non', 'zero', 'bullying', 'behaviour', 'discipline', 'riot', 'lets', 'letting', 'allow', 'allows', 'done', 'thing', 'anything', 'single', 'jack', 'zilch', 'swept', 'brushed', 'seriously', 'excuses', 'buck', 'sent', 'sending', 'isolation', 'detention', 'excluded', 'sanction', 'point', 'demerit',
  'favourites', 'favour', 'favours', 'favouring', 'favoured', 'murder', 'wasted', 'wasting', 'waste', 'wastes', 'blew', 'blown', 'squandered', 'splashed', 'frittered', 'priorities', 'control', 'wild', 'feral', 'carnage', 'mayhem', 'manage', 'handle', 'authority',
];

export const complaintRules: readonly Rule[] = [
  {
    id: 'complaint.damning-verdict',
    category: 'complaint',
    message,
    source,
    scope: 'school',
    roles: ['parent'],
    triggers: [...VERDICT_TRIGGERS, 'fail', 'notgoodenough', 'sortitout', 'badschool', 'ok', 'okay', 'harassment', 'pestering', 'hounding', 'harassing', 'criminal', 'shameful', 'scandalous', 'disgusting', 'way', 'who', 'furious', 'fuming', 'livid', 'disgusted', 'appalled', 'raging', 'seething', 'incandescent', 'horrified', 'outrageous', 'suspended', 'suspension', 'exclusion', 'isolated', 'ruined', 'wrecked', 'destroyed', 'requires', 'inadequate', 'poor'],
    patterns: [
      re('\\b(?<hit>', DAMNING, ')(?![a-z])'),
      re('\\b(?<hit>', DAMNING_KEYED, ')(?![a-z])'),
      // A verdict or a feeling standing alone as a sentence: "Shambles." "What a joke." "Absolutely furious."
      re("^\\s{0,3}(?<hit>(?:what an? |an? |absolute |total |complete |utter |just )?(?:shambles|joke|disgrace|farce|mess|circus|nightmare|pantomime|omnishambles))(?=\\s*[.!?]+|\\s*$)"),
      re("^\\s{0,3}(?<hit>(?:great |interesting |lovely |wonderful |nice |brilliant )?priorities(?:,? (?:eh|hey|people|there|guys|much))?)(?=\\s*[.!?🙄]+|\\s*$)"),
      re("^\\s{0,3}(?<hit>(?:absolutely |so |really |just |utterly |beyond |frankly |quite )?(?:furious|fuming|livid|disgusted|appalled|raging|seething|incandescent|horrified|disgusting|shameful|outrageous|scandalous))(?=\\s*[.!?]+|\\s*$)"),
      re('(?<![a-z0-9])(?<hit>#(?:fail|notgoodenough|shambles|disgrace|joke|sortitout|badschool|notacceptable|letdown))\\b'),
    ],
    unless: [USED_THE_CHANNEL, test(NOT_THE_SCHOOL)],
    check: (hit, draft) => aboutTheSchool(hit, draft) && (!/(?:disgusting|shameful|outrageous|scandalous)$/.test(draft.text.slice(hit.start, hit.end)) || verdictOnTheSchool(hit, draft)),
    cases: {
      fires: [
        'The way this school handles bullying is a total farce.',
        'Pickup at the academy is an absolute shambles every single day.',
        'Mrs Kay has no idea what she is doing with that class.',
        'Sent home from the academy over the wrong colour trainers. Ridiculous.',
        'One rule for the staff, another for the kids at this school.',
        'Mr Price plays favourites in 6P and the quiet ones never get picked for anything.',
        'The deputy head kept the whole of Year 2 in at lunch because one child was giggling. Shameful.',
        'The academy splashed out a fortune on a new logo and the heating still packs up every week. Priorities!',
        'Half of Year 8 science lessons are mayhem, the cover teacher has zero control over them.',
      ],
      quiet: [
        'The council’s bin collection is a joke.',
        'The referee was shocking today. School team played brilliantly though.',
        'Not a dig at the school at all, but the bus company is a shambles.',
        'The school show was a brilliant mess of glitter and giggles, loved it.',
        'Year 3 families, the uniform shop in town is a con, forty quid for one jumper.',
        'Two weeks of half term and my kids are feral, roll on school starting again.',
        'Somebody dumped a mattress outside the school overnight. Disgusting.',
      ],
    },
  },
];
