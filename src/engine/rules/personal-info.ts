/**
 * Personal information about someone: where they live, their phone number, their car, where to find them
 * (004 "posting personal information about an individual", 003). Only about the school community; a parent
 * giving their own number for a lost coat is not this.
 */
import type { DraftContext } from '../context';
import { re, test } from '../rule';
import type { Rule } from '../rule';

const message = "This shares someone's personal details, such as where they live or their number.";
const source = '004; 003 §3';

const STREET = '(?:road|street|close|grove|avenue|lane|way|drive|crescent|court|gardens|terrace|mews)';

const plateCache = new WeakMap<DraftContext, boolean>();
function hasPlateShape(draft: DraftContext): boolean {
  let has = plateCache.get(draft);
  if (has === undefined) {
    has = /[a-z]{2}\d{2} ?[a-z]{3}/.test(draft.text);
    plateCache.set(draft, has);
  }
  return has;
}

export const personalInfoRules: readonly Rule[] = [
  {
    id: 'personal_info.phone-number',
    category: 'personal_info',
    message,
    source,
    scope: 'school',
    // A phone number starts "0…" or "+44…".
    triggers: ['0*', '44*'],
    patterns: [re('(?<![0-9])(?<hit>(?:\\+44 ?\\(?0?\\)? ?|0)(?:7\\d{3}|1\\d{2,4}|2\\d)[ -]?\\d{3}[ -]?\\d{3,4})(?![0-9])')],
    unless: [test("\\b(?:call|text|ring|message|whatsapp|contact|reach) (?:me|us)\\b|\\bmy (?:number|mobile)\\b|\\b(?:office|reception|main) (?:number|line)\\b")],
    cases: {
      fires: ["Here is Mr Shaw's mobile, 07700 900123, tell him what you think."],
      quiet: ['Found a school jumper, text me on 07700 900123 if it is yours.'],
    },
  },
  {
    id: 'personal_info.home-address',
    category: 'personal_info',
    message,
    source,
    scope: 'school',
    triggers: ['lives', 'live', 'living', 'moved', 'number', 'no', 'house', 'home', 'flat', 'place', 'bungalow', 'semi', 'one', 'address', 'where', 'road', 'street', 'close', 'grove', 'avenue', 'lane', 'way', 'drive', 'crescent', 'court', 'gardens', 'terrace', 'mews'],
    patterns: [
      re(
        "\\b(?<hit>(?:lives?|living|moved) (?:on|at|in|above|near|round the corner from|opposite|next to|behind|by) (?:the )?[a-z]+(?: [a-z]+)?(?: " + STREET + ')?)',
      ),
      re('\\b(?<hit>(?:number|no\\.?|house) \\d{1,4}\\b)(?=[^.!?\\n]{0,30}\\b' + STREET + '\\b)'),
      re('\\b(?<hit>\\d{1,4} [a-z]+ ' + STREET + ')\\b'),
      re("\\b(?<hit>(?:house|home|flat|place) (?:on|in) [a-z]+ " + STREET + ')\\b'),
      // A home picked out by what is outside it: "the one with the caravan on the drive".
      re("\\b(?<hit>(?:the )?(?:house|one|place|bungalow|flat|semi) with (?:the|a|two) (?:\\w+ ){1,3}(?:outside|on the drive|in the (?:front|back)(?: garden)?|on the front|out front|by the door|in the window))"),
      re("\\b(?<hit>home address|where (?:she|he|they) live)s?\\b"),
      re("\\b(?<hit>(?:the )?(?:big )?(?:house|one) on [a-z]+ " + STREET + ')\\b'),
    ],
    unless: [
      test("\\b(?:i|we) (?:live|lived|moved|just moved)\\b"),
      test('\\b(?:lives? (?:on|in) (?:the )?(?:same|this|that|our|a) (?:street|road|estate|area)|lives? in hope|lives? near (?:here|school|us))'),
    ],
    cases: {
      fires: [
        'Miss Reed lives on Cedar Avenue, number 22, if anyone wants a word.',
        "The head's house is 4 Mill Lane, go and knock.",
        'That TA is the bungalow with the blue camper van on the drive, near the church.',
      ],
      quiet: ['We live on Cedar Avenue and the school is a two minute walk.', 'My son lives for Friday football club.'],
    },
  },
  {
    id: 'personal_info.car-or-whereabouts',
    category: 'personal_info',
    message,
    source,
    scope: 'school',
    triggers: [
      ...['reg', 'registration', 'number', 'numberplate', 'plate', 'drives', 'drive', 'drinks', 'eats', 'found', 'sits', 'always'],
      ...['goes', 'walks', 'runs', 'trains', 'swims', 'shops', 'personal', 'private', 'home'],
    ],
    patterns: [
      re("\\b(?<hit>(?:reg(?:istration)?|number ?plate|plate) (?:number |ending |is |ends |starts )*(?:in |with )?(?=[a-z]{0,3}\\d)[a-z0-9]{2,4}(?: ?[a-z0-9]{3})?)\\b"),
      re("\\b(?<hit>drives? (?:a|the|that) (?:\\w+ ){0,2}(?:fiat|audi|bmw|ford|vauxhall|range rover|mercedes|merc|golf|polo|corsa|mini|tesla|kia|nissan|toyota|honda|land rover|volvo|jeep|van|car|hatchback|estate|suv|4x4|people carrier|motorbike))\\b"),
      // Where someone can be found at a regular time: a routine given away.
      re("\\b(?<hit>(?:drinks|eats|can be found|sits|is always|goes|walks (?:his|her|their) dog|runs|trains|swims|shops) (?:in|at|round|around|to) (?:the )?[a-z]+(?: [a-z]+)? (?:every|most|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|weekend|morning|evening|day|lunchtime)s?)"),
      re("\\b(?<hit>(?:personal|private|home) (?:mobile|number|phone|email|address|facebook|instagram))\\b"),
    ],
    unless: [test("\\b(?:my|our) (?:car|reg|van|personal)\\b|\\bregister\\b")],
    // A routine is personal only when it is someone's: the head, "she", a named teacher.
    check: (hit, draft) =>
      !/^(?:drinks|eats|can be found|sits|is always|goes|walks|runs|trains|swims|shops)\b/.test(draft.text.slice(hit.start, hit.end)) ||
      draft.staffSentence[hit.sentence] === true ||
      /\b(?:he|she|they|him|her)\b/.test(draft.text.slice(draft.sentences[hit.sentence]?.start ?? 0, hit.start)),
    cases: {
      fires: [
        'That TA drives the silver Ford Focus, reg ending 7PX, in case you see her.',
        "Anyone got Mrs Ford's personal mobile?",
        'The head of Year 7 swims at the leisure centre every morning at six.',
      ],
      quiet: ['School says parents should not park across the gate, whatever car you drive.'],
    },
  },
  {
    id: 'personal_info.online-accounts',
    category: 'personal_info',
    message,
    source,
    scope: 'school',
    // Pointing people at a member of staff's own social media: "here's Miss X's Instagram".
    triggers: ['instagram', 'insta', 'facebook', 'fb', 'tiktok', 'snapchat', 'twitter', 'socials', 'account', 'profile', 'onlyfans', 'linkedin', 'tinder'],
    patterns: [
      re(
        "\\b(?<hit>(?:her|his|their|[a-z]+'s) (?:personal |private |own |real |secret )?(?:instagram|insta|facebook|fb|tiktok|snapchat|twitter|socials|onlyfans|linkedin|tinder|dating profile|facebook profile|account|profile))\\b",
      ),
    ],
    unless: [test("\\b(?:my|our) (?:own )?(?:instagram|insta|facebook|fb|tiktok|snapchat|twitter|socials|account|profile)\\b|\\bthe school'?s (?:instagram|insta|facebook|fb|tiktok|twitter|account|page|profile)\\b")],
    // Only a member of staff (or another parent named by title): the school's own accounts are public anyway.
    check: (hit, draft) => draft.staffSentence[hit.sentence] === true && !/^(?:the )?(?:school|academy|trust|pta)/.test(draft.text.slice(hit.start, hit.end)),
    cases: {
      fires: ['Found Mr Doyle’s personal Instagram, have a look at his holiday pics before you trust him with your kids.'],
      quiet: ['Follow the school’s Instagram for trip updates, the office posts every day.'],
    },
  },
  {
    id: 'personal_info.number-plate',
    category: 'personal_info',
    message,
    source,
    scope: 'school',
    // A UK registration ("AB12 CDE") names one car, and so one person, wherever it appears.
    // Digits first (rare in prose), then the letters either side; a draft with no such run is skipped at once.
    where: (_sentence, draft) => hasPlateShape(draft),
    patterns: [re('\\d{2} ?[a-z]{3}\\b(?<=(?<![a-z0-9])(?<hit>[a-z]{2}\\d{2} ?[a-z]{3}))')],
    unless: [test("\\b(?:my|our) (?:car|reg|van)\\b")],
    cases: {
      fires: ['Whoever drives LM19 XRT needs to stop parking across the school gate, the head has been told.'],
      quiet: ['My car is LM19 XRT if the school office needs it for the permit.'],
    },
  },
];
