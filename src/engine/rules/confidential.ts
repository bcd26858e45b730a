/**
 * Confidential matters about other people: safeguarding, investigations, suspensions and exclusions, medical,
 * mental-health and SEN details (000 §3.2.2, 004 "posting confidential information"). A parent's own child's
 * diagnosis or EHCP is theirs to share and stays quiet.
 */
import { isOtherChild } from '../names';
import { any, re, test } from '../rule';
import type { DraftContext } from '../context';
import type { Hit, Rule } from '../rule';

const message = "This shares confidential details about someone else, such as a safeguarding, health or SEN matter.";
const source = '000 §3.2.2; 004';

/** Matters that are private to the person they concern (000 §3.2.2 "safeguarding", 004 "confidential information"). */
export const SENSITIVE = any([
  'safeguarding (?:investigation|concern|issue|referral|case|matter|incident|report)',
  'safeguarding',
  '(?:suspended|sacked|dismissed)(?: pending [a-z]+)?',
  'warning(?<=(?:final|written|formal) warning)',
  'came out (?:to (?:me|us|her|him|them|the class|everyone)|as (?:gay|trans|bi|bisexual|lesbian|queer|non-binary))',
  'under investigation',
  'being investigated',
  'investigation into',
  'social services',
  'social workers?',
  'child protection',
  'police (?:were|was|have been|got|had to be) (?:called|involved|round)',
  '(?:got|been|was|were|being) arrested',
  'arrested',
  'in prison',
  'in jail',
  'on bail',
  'in care',
  'fostered',
  'foster (?:care|carers?|placement)',
  '(?:permanently |temporarily )?excluded',
  'exclusion',
  'expelled',
  'self[- ]harm\\w*',
  'cutting (?:herself|himself|themselves)',
  'suicid\\w*',
  'overdose',
  'eating disorder',
  'anorexi\\w*',
  'bulimi\\w*',
  'signed off(?: sick| work| with \\w+)?',
  'off (?:sick |work )?with (?:stress|depression|anxiety|cancer|a breakdown|burnout|mental health)',
  'depression',
  'depressed',
  'breakdown',
  'mental health',
  'camhs',
  'cancer',
  'chemo\\w*',
  'leukaemia',
  'meningitis',
  'in hospital',
  'back in hospital',
  'intensive care',
  'heart (?:operation|surgery|condition)',
  'operation',
  'surgery',
  'kidneys?',
  'epilep\\w+',
  'seizures?',
  'diabet\\w+',
  'diagnos\\w+',
  'autis\\w+',
  'adhd',
  'asd',
  'dyslexi\\w+',
  'dyspraxi\\w+',
  'ehcp',
  'sen support',
  'special needs',
  'on the (?:child protection |cp )?register',
  'pregnant',
  'ivf',
  'fertility (?:treatment|problems|issues)',
  'menopause',
  'terminal(?:ly ill)?',
  'dementia',
  'alzheimer\\w*',
  'heart attack',
  'stroke',
  'hiv',
  'sectioned',
  'psychiatric',
  'therapy',
  'counselling',
  'pregnancy',
  'miscarriage',
  'abortion',
  'divorc\\w+',
  "(?:husband|wife|partner|boyfriend|girlfriend|fianc\\w+)(?:'s| has| had| is)? (?:left|walked out on|cheated on|moved out|kicked (?:her|him) out|run off with|gone off with)",
  'split(?:ting)? up',
  'separat(?:ed|ing)',
  'affair',
  'domestic (?:abuse|violence)',
  'restraining order',
  'rehab',
  'addict\\w*',
  '(?:brought|bringing|found with|caught with|carrying|had) (?:a |an )?(?:knife|blade|weapon|drugs|cannabis|weed|vape)',
  'troubled home',
  'bereave\\w+',
]);

/** Someone other than the writer's family, as the subject of a sentence. */
const OTHER_PERSON = new RegExp(
  '\\b' +
    any([
      '(?:mr|mrs|miss|ms|mx|dr|sir) [a-z*]+',
      "[a-z]+(?: [a-z])?'s (?:mum|dad|mother|father|parents|family|brother|sister)",
      '(?:a|the|one of the|that|this|two|three|several|some) (?:\\w+ ){0,2}(?:teacher|ta|head|deputy|member of staff|staff member|boy|girl|lad|kid|child|pupil|student|dinner lady|receptionist|caretaker|senco)s?',
      '(?:a|one of the) (?:year \\d{1,2}|y\\d{1,2}) (?:staff|teachers?|boy|girl|kid|pupil)',
      'one of (?:my|the) (?:little ones|kids|pupils|students|year \\d+s|class|tutees|form)',
      'one of my year \\d+s',
      'one of the (?:year \\d{1,2} )?staff',
      'little [a-z]+',
      '(?:his|her|their) (?:mum|dad|family|parents)',
      'a teacher at',
      '(?:kid|boy|girl|ta|teacher) who',
    ]),
  'g',
);

/** The writer's own family as the subject. */
const OWN_PERSON = /\b(?:my|our) (?:son|daughter|child|kid|boy|girl|lad|husband|wife|partner|mum|dad|nan|family|youngest|eldest)(?!'?s (?:class|school|teacher|friend|mate|year|form|group|set|team|tutor))|\b(?:my|our) (?:\w+ )?(?:corner|case|review|meeting|application|appointment|journey|story)\b|\b(?:i'?ve|i have|i was|i'?m|i am)\b/g;

function lastIndexBefore(re: RegExp, text: string, limit: number): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) last = m.index;
  return last;
}

/** Where the last other family's child is named before `limit`, by name ("Jo in Year 7 has…"). */
function lastOtherChildBefore(draft: DraftContext, sentenceStart: number, sentence: string, limit: number): number {
  let last = -1;
  const words = /\b[a-z]{2,}\b/g;
  for (let m = words.exec(sentence); m && m.index < limit; m = words.exec(sentence)) {
    const at = sentenceStart + m.index;
    if (draft.capitalAt(at) && isOtherChild(draft, at, at + m[0].length)) last = m.index;
  }
  return last;
}

const ownPupilsCache = new WeakMap<DraftContext, boolean>();

/** Staff naming their own class anywhere in the draft ("one of my Year 4s"): read once per draft, not per hit. */
function mentionsOwnPupils(draft: DraftContext): boolean {
  let mentions = ownPupilsCache.get(draft);
  if (mentions === undefined) {
    mentions = /\bone of my\b|\bmy (?:class|pupils|students|little ones|year \d+s|(?:year \d+ )?(?:tutor group|form group|form|group|set|tutees))\b|\b(?:student|pupil|child|kid|boy|girl) (?:in|from) my\b/.test(draft.text);
    ownPupilsCache.set(draft, mentions);
  }
  return mentions;
}

/** The nearest person named before the sensitive words decides whose matter it is; failing that, the next. */
export function aboutSomeoneElse(hit: Hit, draft: DraftContext): boolean {
  const sentenceStart = draft.sentences[hit.sentence]?.start ?? 0;
  const sentence = draft.sentenceText(hit.sentence);
  const limit = hit.start - sentenceStart;
  const other = Math.max(lastIndexBefore(OTHER_PERSON, sentence, limit + 1), lastOtherChildBefore(draft, sentenceStart, sentence, limit));
  const own = lastIndexBefore(OWN_PERSON, sentence, limit + 1);
  if (other >= 0 || own >= 0) return other > own;
  const otherAfter = lastIndexBefore(OTHER_PERSON, sentence, sentence.length);
  const ownAfter = lastIndexBefore(OWN_PERSON, sentence, sentence.length);
  if (otherAfter >= 0 || ownAfter >= 0) return otherAfter > ownAfter;
  // Staff posting about "one of my kids" is about a pupil.
  if (draft.role === 'staff' && mentionsOwnPupils(draft)) return true;
  // "he/she" carrying on from a child or member of staff named in the sentence before.
  const prev = hit.sentence > 0 ? draft.sentenceText(hit.sentence - 1) : '';
  OTHER_PERSON.lastIndex = 0;
  return /\b(?:he|she|his|her)\b/.test(sentence) && OTHER_PERSON.test(prev) && !OWN_PERSON.test(prev);
}

export const SENSITIVE_TRIGGERS = [
  'warning', 'came',
  'safeguarding', 'suspended', 'sacked', 'dismissed', 'investigation', 'investigated', 'social', 'protection', 'police', 'arrested', 'prison', 'jail', 'bail', 'care', 'fostered', 'foster', 'excluded', 'exclusion', 'expelled', 'harm', 'harming', 'cutting', 'suicid*', 'overdose', 'disorder', 'anorexi*', 'bulimi*', 'signed', 'stress', 'anxiety', 'burnout', 'depression', 'depressed', 'breakdown', 'mental', 'camhs', 'cancer', 'chemo*', 'leukaemia', 'meningitis', 'hospital', 'intensive', 'operation', 'condition', 'surgery', 'kidney', 'kidneys', 'epilep*', 'seizure', 'seizures', 'diabet*', 'diagnos*', 'autis*', 'adhd', 'asd', 'dyslexi*', 'dyspraxi*', 'ehcp', 'sen', 'special', 'register', 'pregnant', 'pregnancy', 'miscarriage', 'abortion', 'divorc*', 'left', 'walked', 'cheated', 'moved', 'kicked', 'run', 'gone', 'split', 'splitting', 'separated', 'separating', 'affair', 'ivf', 'fertility', 'menopause', 'terminal', 'terminally', 'dementia', 'alzheimer*', 'attack', 'stroke', 'hiv', 'sectioned', 'psychiatric', 'therapy', 'counselling', 'domestic', 'restraining', 'rehab', 'addict*', 'knife', 'blade', 'weapon', 'drugs', 'cannabis', 'weed', 'vape', 'troubled', 'bereave*',
];

export const confidentialRules: readonly Rule[] = [
  {
    id: 'confidential.sensitive-about-others',
    category: 'confidential',
    message,
    source,
    scope: 'school',
    triggers: SENSITIVE_TRIGGERS,
    patterns: [re('\\b(?<hit>', SENSITIVE, ')(?![a-z])')],
    unless: [
      test('\\b(?:mental health (?:week|day|awareness|first aider|lead|support|team)|anti-?bullying|safeguarding (?:policy|training|team|lead|procedures?)|designated safeguarding|policy says|exclusion zone|operation (?:christmas|shoebox)|cancer research|race for life|macmillan|fundrais\\w*|sponsored|charity|awareness (?:week|day|month)|world \\w+ day)\\b'),
    ],
    check: aboutSomeoneElse,
    cases: {
      fires: [
        'Heard Mr Bell is off work with anxiety, poor man, that is why Year 5 have supply.',
        'One of the Year 5 teachers has been suspended, apparently it is a safeguarding thing.',
        'A lad in my daughter’s form has just been diagnosed with autism, his mum told me.',
        'Little Maisie’s dad is in prison, that explains her behaviour at school.',
      ],
      quiet: [
        "My daughter's EHCP review went really well, thank you to her school SENCO.",
        'The school safeguarding policy is on the website if anyone needs it.',
        'Cake sale for cancer research at school on Friday, bring your pennies.',
        'The head of inclusion came to our EHCP meeting and argued our case brilliantly. Thank you!',
      ],
    },
  },
];
