/**
 * Allegations about staff or pupils: accusations of wrongdoing, defamatory or unverified claims
 * (000 §3.4.1 and §3.4.3, 002, 003, 004). Only about the school community.
 */
import { any, re, test } from '../rule';
import type { Rule } from '../rule';

const message = 'This accuses someone of wrongdoing in public. The school asks for allegations to be raised privately.';
const source = '000 §3.4.1, §3.4.3; 002; 003; 004';

/** The writer's child (or children in general) on the receiving end. */
const VICTIM = any([
  "my (?:son|daughter|boy|girl|lad|child|kid|little one|youngest|eldest|6yo|\\dyo|grandson|granddaughter)(?:'s \\w+)?",
  'our (?:son|daughter|boy|girl|lad|child|kid)',
  'him',
  'her',
  'them',
  'other (?:kids|children|pupils)',
  'the (?:kids|children|pupils|little ones)',
  'kids',
  'children',
  'pupils',
  'a (?:child|pupil|student|boy|girl|year \\d+)',
]);

const HARMS = any([
  'grabbed',
  'grabbing',
  'grabs',
  'hit',
  'hits',
  'hitting',
  'slapped',
  'slapping',
  'punched',
  'punching',
  'kicked',
  'kicking',
  'pushed',
  'pushing',
  'pushes',
  'shoved',
  'shoving',
  'bit',
  'bitten',
  'biting',
  'bites',
  'bullied',
  'bullying',
  'bullies',
  'screamed at',
  'screaming at',
  'screams at',
  'shouted at',
  'shouting at',
  'shouts at',
  'swore at',
  'swearing at',
  'sworn at',
  'manhandled',
  'dragged',
  'assaulted',
  'abused',
  'humiliated',
  'humiliating',
  'picks on',
  'picking on',
  'picked on',
  'singled out',
  'singling out',
  'targeting',
  'targeted',
  'threatened',
  'threatening',
  'tripped',
  'strangled',
  'choked',
  'starting on',
  'stealing from',
  'stole from',
]);

export const allegationRules: readonly Rule[] = [
  {
    id: 'allegation.harmed-a-child',
    category: 'allegation',
    message,
    source,
    scope: 'school',
    patterns: [
      re('\\b(?<hit>', HARMS, ' ', VICTIM, ')\\b'),
      re(
        "\\b(?<hit>(?:put|puts|putting|laid|lay|lays|laying) (?:his|her|their) hands? on (?:my|our|a|the|him|her|them)\\b)",
      ),
      re(
        "\\b(?<hit>(?:my (?:son|daughter|boy|girl|lad|child|kid)|he|she)(?:'s| has| was| is| got| keeps)? (?:been |being |getting )?(?:punched|hit|kicked|bitten|pushed|grabbed|hurt|assaulted|attacked|slapped|thumped|strangled|shoved|humiliated) (?:by|three|twice|again|every|\\d|on)\\w*)",
      ),
      re(
        "\\b(?<hit>(?:made|make|makes|making|forced|forcing|forces) (?:her|him|them|my \\w+) (?:to )?(?:sit|eat|stand|stay|wait|work) (?:(?:her|his|their) \\w+ )?(?:alone|on (?:her|his|their) own|in the corridor|outside|by (?:her|him|them)sel(?:f|ves)|in (?:a|the) cupboard|on the floor)\\b)",
      ),
      re("\\b(?<hit>(?:wet|soiled) (?:herself|himself|themselves))\\b"),
      re(
        "\\b(?<hit>(?:told|tells|said to|called) (?:my \\w+|him|her|a \\w+) (?:that )?(?:(?:he|she|they)(?:'d| would| will|'ll| is|'s| was) )?['\"]?(?:never amount|stupid|thick|a pain|useless|lazy|a liar|naughty|fat|ugly|a waste|worthless|an idiot|pathetic)\\w*)",
      ),
      re("\\b(?<hit>(?:was |been )?told by (?:his|her|their|the) \\w+ (?:teacher|ta|head) (?:that )?(?:he|she|they)(?:'d| would| will|'ll)? ['\"]?(?:never|not amount))"),
      re("\\b(?<hit>(?:lost|loses|losing) (?:my|his|her|their) (?:son'?s |daughter'?s |child'?s )?(?:inhaler|epipen|epi-pen|medication|medicine|insulin))\\b"),
      re("\\b(?<hit>(?:smashed|broke|broken|snapped|ripped|stole|stolen|nicked|taking|took|takes) (?:my|his|her) (?:son'?s |daughter'?s |child'?s )?(?:phone|glasses|bag|coat|dinner money|lunch money|money|bike|tablet|shoes))\\b"),
      re("\\b(?<hit>(?:throw|threw|throws|throwing) (?:a |the )?(?:chairs?|tables?|stones?|rocks?|scissors))\\b"),
      re("\\b(?<hit>(?:kept|keeps|keeping) (?:my \\w+|her|him) (?:in )?(?:in at|in during|off) (?:break|lunch|play)\\w*)"),
    ],
    unless: [test("\\b(?:accident|accidentally|by mistake|playing|game|tig|football|rugby|match|fell|tripped over|dog|cat|wasp|bee|nettles|brother|sister|siblings?|cousin)\\b")],
    cases: {
      fires: [
        'The cover teacher grabbed my son by the collar in front of the whole class.',
        'A boy in Year 3 keeps punching my daughter at lunch and nothing is done.',
        'Her teacher made her sit on her own in the corridor all afternoon.',
      ],
      quiet: [
        'My son got hit by a football at lunch, he is fine, just a bruise.',
        'The PE teacher was brilliant when my daughter fell and hurt her ankle.',
      ],
    },
  },
  {
    id: 'allegation.misconduct',
    category: 'allegation',
    message,
    source,
    scope: 'school',
    patterns: [
      re("\\b(?<hit>(?:drunk|half[- ]cut|pissed|sloshed|tipsy|stoned|high as a kite|off (?:his|her|their) face|on something|on drugs|slurring|stinks? of (?:booze|drink|alcohol|weed)|smell(?:s|ed)? of (?:booze|drink|alcohol|weed)|reeks? of \\w+))\\b"),
      re("\\b(?<hit>(?:lying|lied|lie|lies) to (?:parents|us|me|everyone|the parents|ofsted|the governors))\\b"),
      re("\\b(?<hit>(?:they'?re|they are|he'?s|she'?s|is|are) (?:a )?(?:liars?|lying|crooks?|corrupt|fiddling|on the take|stealing|thieves|frauds?))\\b"),
      re("\\b(?<hit>crooks|lining (?:their|his|her) (?:own )?pockets|fiddling the|embezzl\\w+|cover(?:ing|ed)?[ -]up|hush[ -]hush|swept under the (?:carpet|rug))\\b"),
      re("\\b(?<hit>(?:the )?(?:head'?s|headteacher'?s|deputy'?s|ceo'?s|principal'?s|boss'?s) (?:best )?(?:mates?|pal|friend|mate from \\w+|daughter|son|wife|husband))\\b"),
      re("\\b(?<hit>(?:mum|dad|mother|father|parent|wife|husband) (?:is )?(?:on|a) (?:the )?governors?)\\b"),
      re("\\b(?<hit>(?:leaving|left|leaves) (?:the )?(?:class|kids|children|pupils) (?:with the ta|alone|on their own|unsupervised|to it))"),
      re("\\b(?<hit>(?:sits?|sat|sitting) (?:in the staff ?room |at (?:her|his) desk |in the corner )?on (?:her|his) phones?)"),
      re("\\b(?<hit>(?:always|constantly|forever|permanently) on (?:her|his) phones?)"),
      re("\\b(?<hit>park(?:s|ed|ing)? (?:in|on) the (?:disabled (?:bay|space)s?|zig ?zags?|zig-zags?|yellow lines|kerb outside))"),
      re("\\b(?<hit>(?:still has|still got|kept) (?:a|her|his|their) job after)"),
      re(
        "\\b(?<hit>(?:teacher|staff|ta|head|deputy|(?:mr|mrs|miss|ms|sir) [a-z*]+)\\b[^.!?\\n]{0,40}\\b(?:suspended|sacked|arrested|under investigation|being investigated|disciplinary))",
      ),
      re(
        "\\b(?<hit>(?:investigation|investigations|allegations?|disciplinary) (?:into|against|about|on) (?:one of the |a |the |one of our )?(?:[a-z0-9]+ ){0,2}(?:staff|teachers?|tas?|head|deputy|mr|mrs|miss|dinner ladies|dinner lady))",
      ),
      re("\\b(?<hit>after what (?:happened|went on) (?:on|at|in|with))"),
      re("\\b(?<hit>(?:some of us|we all|everyone) knows?(?: it| what| why| the truth)?)(?=[.!\\s]*$|[.!])"),
      re("\\b(?<hit>i know exactly why)"),
      re("\\b(?<hit>let'?s just say)"),
      re("\\b(?<hit>(?:involves|involving|involved) a (?:year \\d+ )?(?:girl|boy|pupil|student|child))"),
      re("\\b(?<hit>make of that what you will|coincidence,? i'?m sure|funny that|just asking questions|draw your own conclusions|i'?ll say no more)"),
      re("\\b(?<hit>(?:£\\d+k?|\\d+k) (?:a year )?on a (?:head'?s|teacher'?s|ceo'?s) salary)"),
      re("\\b(?<hit>(?:she|he|they)(?:'re|'s| are| is) lying)\\b"),
      re("\\b(?<hit>(?:a|the|this) (?:nasty little|little|spoilt|spoiled) (?:thug|brat|bully|shit|sod|madam|cow|toerag))"),
      re("\\b(?<hit>(?:comes?|came) home (?:in tears|crying|upset) (?:because of|thanks to) (?:him|her|them|that|the))"),
      re("\\b(?<hit>(?:not being racist|all the kids getting (?:sanctioned|punished|excluded) are))"),
    ],
    unless: [
      test("\\b(?:fancy dress|dressing up|for world book day|christmas party)\\b"),
      test("(?:^\\s*|\\b(?:i|we) )(?:got|get|was|were|am|'m) (?:so |well |a bit |very )?(?:drunk|tipsy|pissed|sloshed)"),
    ],
    cases: {
      fires: [
        'Pretty sure the Year 4 teacher turned up drunk to the school disco.',
        'The academy are lying to parents about why the trip was cancelled.',
        'The deputy parks in the disabled bay every morning.',
        'Makes you wonder how that TA still has a job after the swimming trip.',
      ],
      quiet: [
        'The Year 6 teacher was on her phone taking photos for the class page.',
        'Got drunk at my sister’s wedding and now the school run is hell.',
      ],
    },
  },
];
