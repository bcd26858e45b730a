/**
 * Staff on personal accounts (001 §3): posts that refer to specific pupils, parents, colleagues or school
 * matters (§3.6), engage with pupils or parents (§3.1, §3.8), or risk bringing the school into disrepute
 * (§3.7). Staff role only. General feelings about the job ("marking all weekend", "parents' evening done,
 * bed") stay quiet.
 */
import { re, test } from '../rule';
import type { Rule } from '../rule';
import { DAMNING, DAMNING_KEYED, SARCASM, UNANSWERED } from './complaint';

const message = 'Staff are asked not to post about specific pupils, parents, colleagues or school matters on personal accounts.';
const source = '001 §3.6–3.7';

const PARENT = '(?:parents?|mums?|dads?|mothers?|fathers?|carers?|grandparents?|nans?|grans?)';
const PUPIL = '(?:pupils?|students?|kids?|child|children|boys?|girls?|lads?|year \\d{1,2}s?|y\\d{1,2}s?|reception(?: kids| children)?|tutees?|little ones?)';

const LEADERSHIP_WORDS = [
  ...['slt', 'head', 'deputy', 'governor', 'governors', 'leadership', 'management', 'colleague', 'worker', 'trust', 'school'],
  ...['parent', 'parents', 'results', 'budget', 'ppa', 'tas', 'interview', 'share', 'call', 'officially', 'record', 'here'],
  ...['staff', 'policy', 'survey', 'surveys', 'boss', 'promotion', 'job', 'department', 'newsletter', 'inset', 'ofsted'],
  ...['inspection', 'measures', 'improvement', 'first', 'academised', 'academized', 'administration', 'taken', 'closed'],
  ...['naming', 'name', 'names', 'displays', 'credit', 'mine', 'manager', 'hod', 'hoy'],
];

export const staffConductRules: readonly Rule[] = [
  {
    id: 'staff_conduct.colleagues-and-leadership',
    category: 'staff_conduct',
    message,
    source,
    scope: 'anywhere',
    roles: ['staff'],
    // The same words `requires` asks for: a sentence without one of them can never be kept.
    triggers: LEADERSHIP_WORDS,
    patterns: [
      re("\\b(?<hit>(?:a certain|one|this one|that one|one particular|a particular) (?:colleague|co-worker|line manager|member of staff|teacher|ta|deputy|head of \\w+|person in (?:my|our) department)|(?:colleague|co-worker|line manager)(?: of mine)? (?:who|keeps|kept|has|is|always|never|just|took|takes|taking|thinks|decided|told))\\b"),
      re("\\b(?<hit>(?:naming|name) names|(?:going to|gonna|will) name (?:and shame|them|him|her))\\b"),
      re(
        "\\b(?<hit>(?:when )?(?:slt|the head|our head|my head|your head|the deputy|governors|the governors|senior leadership|leadership|the trust|management|my boss|the ceo|the exec head|[a-z]+ head)(?: \\w+){0,2} (?:announce|announces|announced|announcing|decide|decides|decided|deciding|takes?|took|taking|ran|run|running|cut|cuts|cutting|tell|tells|told|telling|expect|expects|expecting|want|wants|wanting|think|thinks|make|makes|made|making|forget|forgets|forgot|forgetting|ignore|ignores|ignored|ignoring|blame|blames|blamed|blaming|dump|dumps|dumped|dumping|move|moved|moving|scrap|scrapped|scrapping|change|changed|changing|introduce|introduced|introducing|push|pushes|pushed|pushing|panic|panics|panicked|panicking|micromanag\\w+|threw|throws|throwing|drag|drags|dragging|put|puts|putting)\\b)",
      ),
      re("\\b(?<hit>(?:head'?s|boss'?s|deputy'?s) (?:best )?(?:mate|friend|pal|favourite))\\b"),
      // Being hauled in by a manager: "the deputy pulled me aside about my displays".
      re("\\b(?<hit>(?:(?:the|my|our) )?(?:head|deputy|boss|line manager|slt|hod|hoy|head of (?:department|year|\\w+))(?: \\w+)? (?:called|pulled|hauled|dragged|summoned|took) me (?:in|into|aside|to one side|out|up|over)\\b|(?:got|been|was|get) (?:called|pulled|hauled|dragged|summoned) (?:in|into|aside|up) (?:to |by )?(?:the |my )?(?:head|deputy|boss|slt|line manager)\\b)"),
      re("\\b(?<hit>(?:interview|applied|application|promotion) (?:today |yesterday )?for (?:deputy|assistant|head|the|a|my)\\b[^.!?\\n]{0,30}|(?:didn'?t|did not) get (?:the job|it|the promotion|the post)|passed over for)"),
      re("\\b(?<hit>(?:can'?t|cannot|couldn'?t) say (?:that|this|too much|much|it|anything|more) ?(?:officially|publicly|out loud|on here)?|(?:please )?don'?t share this|not my (?:call|decision)|off the record|between (?:you and me|us|ourselves))\\b"),
      re("\\b(?<hit>(?:our|the|my school'?s|my|this year'?s) (?:sats |gcse |a-level |exam |ofsted |mock |phonics )?(?:results|data|grades|scores|inspection) (?:came in|are in|were|are|is|came back) (?:today |finally )?(?:\\w+ )?(?:grim|awful|terrible|shocking|bad|dire|a disaster|embarrassing|rubbish|dreadful|woeful|poor))"),
      re("\\b(?<hit>(?:fewer|cutting|cut|losing|lost|lose) (?:our |my )?(?:tas|staff|ppa|teachers|support staff|teaching assistants|budget)|budget (?:gap|cuts|deficit|black hole|crisis)|redundanc\\w+|restructur\\w+|staffing (?:crisis|shortage|is a joke))\\b"),
      re('\\b(?<hit>', DAMNING, ')(?![a-z])'),
      re('\\b(?<hit>', DAMNING_KEYED, ')(?![a-z])'),
      re('\\b(?<hit>', UNANSWERED, ')(?![a-z])'),
      re('\\b(?<hit>', SARCASM, ')'),
      re("\\b(?<hit>(?:love it here|you couldn'?t make it up|why (?:i|we|you) (?:even )?bother|living the dream|what a place to work|best employer ever))\\b"),
      // School news that is not the writer's to give: inspection outcomes, takeovers, leaks.
      re("\\b(?<hit>(?:going|gone|put|placed|been put) (?:in|into) (?:special measures|administration|a trust)|special measures|requires improvement|(?:ofsted|inspection) (?:rating|grade|report|judgement|result|outcome)s?|being (?:taken over|academised|academized|closed down)|(?:you )?heard it here first|you didn'?t hear (?:it|this) from me|not supposed to (?:say|tell|share|post))\\b"),
    ],
    unless: [
      test("\\b(?:ofsted treats|the government|the dfe|this country|the system|national|nationally|every teacher|to all (?:the )?teachers|fellow teachers|teachers everywhere|any teacher|the profession|dear teachers|teachers,)\\b"),
    ],
    requires: [
      test(`\\b(?:${LEADERSHIP_WORDS.join('|').replace('worker', 'co-worker')})\\b`),
    ],
    cases: {
      fires: [
        'When the head decides on a new marking policy on the last day of term. Thanks for that.',
        'Looks like our school is heading into special measures after the inspection. You heard it here first.',
        'To a particular colleague who never does their bus duty: we all notice.',
        'Our mock results came back dreadful. Off the record, staffing is a joke.',
        'My line manager pulled me aside after lunch to moan about my seating plan. Fuming.',
      ],
      quiet: ['Marking all weekend again, send coffee.', 'Proud of every teacher who kept going this term.', 'Training today on the new parent complaints policy, all very sensible.'],
    },
  },
  {
    id: 'staff_conduct.pupils-and-contact',
    category: 'staff_conduct',
    message: 'Staff are asked not to identify pupils, post their photos, or engage with pupils or parents on personal accounts.',
    source: '001 §3.1, §3.6, §3.8, §4.1',
    scope: 'anywhere',
    roles: ['staff'],
    triggers: [
      ...['friend', 'follow', 'follower', 'message', 'snapchat', 'instagram', 'tiktok', 'accepted', 'added', 'following'],
      ...['followed', 'messaged', "dm'd", 'dmed', 'snapchatted', 'whatsapped', 'texted', 'my', 'asked', 'told', 'tells', 'said'],
      ...['caught', 'sent', 'gave', 'a', 'one', 'kid', 'boy', 'girl', 'lad', 'child', 'pupil', 'student', "don't", 'dont', 'shh*'],
      ...['selfie', 'selfies', 'pic', 'pics', 'photo', 'photos', 'picture', 'pictures', 'video', 'videos', 'vid', 'vids'],
      ...['look', 'meet', 'check', 'tell', 'some'],
    ],
    patterns: [
      re("\\b(?<hit>(?:friend|follow|follower|message|snapchat|instagram|tiktok) requests? from (?:a |an |one of (?:my|the|our) |two |some )?(?:old |former |ex-?)?", PUPIL, '|', "(?:friend|follow) requests? from (?:a |an |one of (?:the|our) )?", PARENT, ')'),
      re("\\b(?<hit>(?:accepted|added|following|followed|messaged|dm'?d|dmed|snapchatted|whatsapped|texted) (?:a |an |one of (?:my|the|our) |some of (?:my|the|our) )?(?:former |ex-?)?", PUPIL, ')\\b'),
      re(
        "\\b(?<hit>(?:one of my|some of my) (?:year \\d{1,2}s|y\\d{1,2}s|little ones|tutor group|form group|form|kids|pupils|students|class|group|lot|tutees|set|babies)|my (?:year \\d{1,2}s|y\\d{1,2}s|little ones|tutor group|form group|form|kids|pupils|students|class|group|lot|tutees|set|babies)(?=[^.!?\\n]{0,80}\\b(?:selfie|photo|pic|pics|picture|dressed up|stole|camhs|social services|excluded|cried|crying|hit|swore|kicked|threw|fight|fought|told me|said to me|asked me|called me|wrote|asked if|asked whether)\\b))",
      ),
      re(
        "\\b(?<hit>(?:one of my|some of my) (?:year \\d{1,2}s|y\\d{1,2}s|little ones|tutor group|form group|form|kids|pupils|students|class|group|lot|tutees|set|babies))\\b(?=[^.!?\\n]{0,80}\\b(?:today|this (?:morning|afternoon|week)|who|had|has|is|was|did|said|told|asked|wrote)\\b)",
      ),
      re("\\b(?<hit>(?:asked|told|tells|said to|caught|sent|gave) (?:a|one of the|one of my|this|that) (?:year \\d{1,2}|y\\d{1,2}|pupil|student|kid|boy|girl|lad|child)\\b)"),
      re("\\b(?<hit>(?:a|one) (?:year \\d{1,2}|y\\d{1,2}) (?:told|asked|said|called|threw|swore|kicked|punched|hit|spat|ran|cried|pupil|student|boy|girl|lad|kid|who|that|with) )"),
      re("\\b(?<hit>(?:kid|boy|girl|lad|child|pupil|student) (?:in my (?:class|form|set|lesson) )?who (?:kicked off|threw|swore|hit|ran|bit|stormed|refused|was sent|got excluded|got sent|punched|spat|told me|called me))"),
      re("\\b(?<hit>(?:don'?t tell (?:the head|slt|anyone|my head|the boss)|shh+)\\b[^.!?\\n]{0,30})"),
      re("\\b(?<hit>selfies? with (?:my|the|our|some of my) (?:class|kids|pupils|students|year \\d+s?|form|tutor group|little ones|group|lot))"),
      re("\\b(?<hit>(?:pics?|photos?|pictures?|videos?|vids?) of (?:my|our|the) (?:tutor group|form|class|year \\d+s?|kids|pupils|students|little ones|lot))"),
      re("\\b(?<hit>(?:look at|meet|check out) (?:my|our) (?:amazing|lovely|gorgeous|fab|brilliant|fabulous|wonderful|beautiful|little) (?:year \\d+s?|class|kids|pupils|tutor group|form|students|little ones))"),
      re("\\b(?<hit>tell (?:her|him|them|[a-z]+) (?:i said )?(?:hi|hello|happy birthday|congratulations|congrats|well done|good luck|a hug|from me))"),
    ],
    cases: {
      fires: [
        'Got a follow request from one of my old Year 9s last night. Declined, obviously.',
        'A Year 7 told me my tie looked like a fish finger. Harsh.',
        'Check out my fabulous Year 2s in their costumes!',
      ],
      quiet: ['Year 11 mocks to mark this weekend, send biscuits.', 'Thinking of all my colleagues starting back tomorrow.'],
    },
  },
];
