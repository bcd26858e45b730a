/**
 * Staff on personal accounts (001 §3): posts that refer to specific pupils, parents, colleagues or school
 * matters (§3.6), engage with pupils or parents (§3.1, §3.8), or risk bringing the school into disrepute
 * (§3.7). Staff role only. General posts about the job ("marking all weekend") stay quiet.
 */
import { isOtherChild } from '../names';
import { re, test } from '../rule';
import type { Rule } from '../rule';
import { DAMNING, SARCASM, UNANSWERED } from './complaint';
import { SENSITIVE, aboutSomeoneElse } from './confidential';
import { namingChildRules } from './naming-child';

const message = 'Staff are asked not to post about specific pupils, parents, colleagues or school matters on personal accounts.';
const source = '001 §3.6–3.7';

export const staffConductRules: readonly Rule[] = [
  {
    id: 'staff_conduct.specific-parent',
    category: 'staff_conduct',
    message,
    source: '001 §3.1, §3.6',
    scope: 'anywhere',
    roles: ['staff'],
    patterns: [
      re("\\b(?<hit>(?:some|a|one|the|this|that|dear) (?:of the )?(?:parents?|mums?|dads?|mothers?|fathers?)(?! evening)(?:'s)? (?:at|who|of|in|turned|told|called|stood|emailed|rang|came|really|need|think|thinks|decided|shouted|complained|screamed|swore|just|today|this)\\b)"),
      re("\\b(?<hit>(?:parents?|mums?|dads?) at (?:pick-?up|drop-?off|the gate|my school|our school))"),
      re("\\b(?<hit>you know who you are)\\b"),
      re("\\b(?<hit>(?:he'?s|she'?s|they'?re) a credit to you)\\b"),
      re("\\b(?<hit>(?:his|her) (?:mum|dad) would (?:'?sort me out'?|sort me|have a word))"),
    ],
    cases: {
      fires: ['One mum at pick-up today told me I was ruining her son’s life. Lovely.', 'Dear parent who parks on the zigzags every morning: we see you.'],
      quiet: ['Parents evening tonight, wish me luck!', 'Lovely to meet so many new families at the open evening.'],
    },
  },
  {
    id: 'staff_conduct.colleagues-and-leadership',
    category: 'staff_conduct',
    message,
    source,
    scope: 'anywhere',
    roles: ['staff'],
    patterns: [
      re("\\b(?<hit>(?:a certain|one|this one|that one) (?:colleague|co-worker|line manager)|(?:colleague|co-worker|line manager) who)\\b"),
      re("\\b(?<hit>(?:when )?(?:slt|the head|our head|my head|your head|the deputy|governors|senior leadership|leadership|the trust|[a-z]+ head)(?: \\w+){0,2} (?:announce|announces|announced|decide|decides|decided|takes?|took|ran|run|cut|cuts|cutting|tell|told|expect|expects|want|wants|think|thinks)\\b)"),
      re("\\b(?<hit>(?:head'?s|boss'?s) (?:best )?(?:mate|friend|pal))\\b"),
      re("\\b(?<hit>(?:interview|applied|application) (?:today )?for (?:deputy|assistant|head|the)\\b[^.!?\\n]{0,30})"),
      re("\\b(?<hit>(?:can'?t|cannot|couldn'?t) say (?:that|this|too much|much|it) (?:officially|publicly|out loud)?|(?:please )?don'?t share this|not my call|off the record)\\b"),
      re("\\b(?<hit>(?:our|the|my school'?s|my) (?:sats |gcse |exam |ofsted )?results (?:came in|are in|were|are) (?:today )?(?:grim|awful|terrible|shocking|bad|dire|a disaster))"),
      re("\\b(?<hit>fewer tas|cutting (?:our|my) ppa|budget gap|redundanc\\w+|restructur\\w+)\\b"),
      re("\\b(?<hit>#edutwitter)\\b"),
      re('\\b(?<hit>', DAMNING, ')(?![a-z])'),
      re('\\b(?<hit>', UNANSWERED, ')(?![a-z])'),
      re('\\b(?<hit>', SARCASM, ')'),
      re("\\b(?<hit>(?:love it here|you couldn'?t make it up|why (?:i|we|you) (?:even )?bother))\\b"),
    ],
    unless: [
      test("\\b(?:ofsted treats|the government|the dfe|this country|the system|national|every teacher|to all (?:the )?teachers|fellow teachers)\\b"),
    ],
    requires: [
      test("\\b(?:slt|head|deputy|governors?|leadership|colleague|trust|school|parents?|results|budget|ppa|tas|interview|share|call|officially|record|edutwitter|here|staff|policy|surveys?)\\b"),
    ],
    cases: {
      fires: [
        'When the head announces a new marking policy on the last day of term. Thanks for that.',
        'To a certain colleague who never does their duty: we all notice.',
        'Our results are in and they are dire. Please don’t share this.',
      ],
      quiet: ['Marking all weekend again, send coffee.', 'Proud of every teacher who kept going this term.'],
    },
  },
  {
    id: 'staff_conduct.pupils-and-contact',
    category: 'staff_conduct',
    message: 'Staff are asked not to identify pupils, post their photos, or engage with pupils or parents on personal accounts.',
    source: '001 §3.1, §3.6, §3.8, §4.1',
    scope: 'anywhere',
    roles: ['staff'],
    patterns: [
      re("\\b(?<hit>(?:friend|follow) request from (?:a |one of (?:my|the) )?(?:pupil|student|year \\d{1,2}|kid|child|parent|mum|dad))"),
      re("\\b(?<hit>(?:one of my|my) (?:year \\d{1,2}s|little ones|tutor group|form group|kids|pupils|students|class|group|lot))\\b(?=[^.!?\\n]{0,80}\\b(?:today|this|who|had|has|is|was|did|said|told|selfie|photo|pics?|dressed|scrub|stole|best|nativity|residential|prom|camhs|social services|excluded))"),
      re("\\b(?<hit>(?:asked|told|tells|said to) (?:a|one of the|one of my) (?:year \\d{1,2}|y\\d{1,2}|pupil|student|kid|boy|girl))"),
      re("\\b(?<hit>a (?:year \\d{1,2}|y\\d{1,2}) (?:told|asked|said|called|threw|swore|kicked|pupil|student|boy|girl))"),
      re("\\b(?<hit>(?:kid|boy|girl|lad|child|pupil|student) who kicked off)"),
      re("\\b(?<hit>(?:don'?t tell the head|shh+)\\b[^.!?\\n]{0,30})"),
      re("\\b(?<hit>selfie with (?:my|the) [^.!?\\n]{1,30})"),
      re("\\b(?<hit>(?:pics?|photos?|videos?) of (?:my|our) (?:tutor group|form|class|year \\d+s|kids|pupils))"),
      re("\\b(?<hit>(?:look at|meet) my (?:amazing|lovely|gorgeous|fab|brilliant) (?:year \\d+s|class|kids|pupils|tutor group))"),
      re("\\b(?<hit>(?:tell|give) [a-z]+ (?:i said|well done|a hug|from me))"),
      re("\\b(?<hit>(?:posted|put) (?:it|this) on here as)"),
      re("\\b(?<hit>with the school (?:badge|logo|crest))"),
    ],
    cases: {
      fires: [
        'Got a friend request from a Year 9 last night. Declined, obviously.',
        'A Year 7 told me my jumper looked like a carpet. Harsh.',
        'Look at my amazing Year 2s in their costumes!',
      ],
      quiet: ['Year 11 mocks to mark this weekend, send biscuits.', 'Thinking of all my colleagues starting back tomorrow.'],
    },
  },
  {
    id: 'staff_conduct.pupil-matters',
    category: 'staff_conduct',
    message: "Staff are asked not to post about pupils' individual matters, such as their health, care or behaviour.",
    source: '001 §3.6; 001 §2.3',
    scope: 'anywhere',
    roles: ['staff'],
    patterns: [
      re('\\b(?<hit>', SENSITIVE, ')(?![a-z])'),
      ...(namingChildRules.find((r) => r.id === 'naming_child.pupil-by-name')?.patterns ?? []),
    ],
    check: (hit, draft) => {
      const name = hit.match.indices?.groups?.name;
      return name ? isOtherChild(draft, name[0], name[1]) : aboutSomeoneElse(hit, draft);
    },
    cases: {
      fires: ['Sat with one of my Year 4s while the social worker came in. Heartbreaking.'],
      quiet: ['Mental health matters: take a break this half term, colleagues everywhere.'],
    },
  },
];
