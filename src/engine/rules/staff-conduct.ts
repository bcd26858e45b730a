/**
 * Staff on personal accounts (001 §3): posts that refer to specific pupils, parents, colleagues or school
 * matters (§3.6), engage with pupils or parents (§3.1, §3.8), or risk bringing the school into disrepute
 * (§3.7). Staff role only. General feelings about the job ("marking all weekend", "parents' evening done,
 * bed") stay quiet.
 *
 * Only colleagues-and-leadership is still here: it reads the complaint family's verdict, unanswered and sarcasm
 * lists, which are moving with that family. The other staff-conduct rules are in rules/staff-conduct.yaml.
 */
import { re, test } from '../rule';
import type { Rule } from '../rule';
import { DAMNING, DAMNING_KEYED, SARCASM, UNANSWERED } from './complaint';

const message = 'Staff are asked not to post about specific pupils, parents, colleagues or school matters on personal accounts.';
const source = '001 §3.6–3.7';

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
];
