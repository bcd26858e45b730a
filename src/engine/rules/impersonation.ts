/**
 * Posting as the school, or running a page, group or account with its name, logo, crest or letterhead
 * (003 §3–4; 001 §2.1 and §4.1: only SLT-approved accounts speak for the school).
 */
import { any, re, test } from '../rule';
import type { Rule } from '../rule';

const message = "This uses the school's name or branding as if it were the school. Only the school's own accounts should.";
const source = '003 §3–4; 001 §2.1, §4.1';

const BRANDING = any(['logo', 'crest', 'badge', 'branding', 'letterhead', 'letter head', 'headed paper', 'emblem']);

export const impersonationRules: readonly Rule[] = [
  {
    id: 'impersonation.school-branding',
    category: 'impersonation',
    message,
    source,
    scope: 'school',
    triggers: [
      ...['logo', 'crest', 'badge', 'branding', 'letterhead', 'letter', 'headed', 'emblem', 'changed', 'change', 'changing', 'set'],
      ...['switched', 'parody', 'fake', 'spoof', 'official'],
    ],
    patterns: [
      re(
        "\\b(?<hit>(?:used|using|use|stuck|put|with|nicked|copied|borrowed|pinched|lifted) (?:the |their |its |our )?(?:school'?s? |academy'?s? |trust'?s? |official |[a-z]+'s |[a-z]+ )?(?:official )?",
        BRANDING,
        ')\\b',
      ),
      re("\\b(?<hit>(?:on|using) (?:the )?(?:school|academy|trust|[a-z]+) (?:letterhead|headed paper))"),
      re("\\b(?<hit>", BRANDING, ' and everything)'),
      // Taking on the school's identity: "changed my name and picture to the school's".
      re("\\b(?<hit>(?:changed|change|changing|set|switched) my (?:display |profile |user ?|screen |account |page )?(?:name|picture|pic|photo|avatar|handle) to)"),
      re("\\b(?<hit>(?:logo|crest|badge) (?:as|for) my (?:profile|display|cover) (?:pic|picture|photo))"),
      re("\\b(?<hit>(?:parody|fake|spoof) (?:account|page|profile))"),
      re("\\b(?<hit>(?:as|called|named) ['\"][^'\"\\n]{0,40}official[^'\"\\n]{0,30}['\"])"),
    ],
    unless: [
      // Someone else's page, reported or asked about: not the writer posting as the school.
      test("\\b(?:they'?re|they are|they'?ve|he'?s|she'?s|someone'?s|somebody'?s|someone|somebody|people are|a parent|another parent|whoever)\\b[^.!?]{0,25}\\b(?:using|used|put|stuck|set up|made|created|started|running|run)\\b"),
      test("\\b(?:no|without (?:the|a|any)|not using (?:the|a)|didn'?t use (?:the|a)) (?:school )?(?:name|logo|crest|badge|branding)"),
      test("\\b(?:scam|reported it|report it|isn'?t the real|is not the real|the real page|beware|don'?t fall for)\\b"),
      test(
        '\\b(?:jumpers?|blazers?|book bags?|polo shirts?|sweatshirts?|cardigans?|pe kit|hoodies?|uniform|ties?|caps?)\\b[^.!?]{0,30}\\b(?:logo|badge|crest)\\b|\\b(?:logo|badge|crest) (?:jumpers?|blazers?|uniform|hoodies?|sweatshirts?|cardigans?|polo|ties?)',
      ),
    ],
    cases: {
      fires: [
        'Made a parents page and put the academy crest on it so it looks proper.',
        "Just launched a parody account of the school, logo and everything.",
        'Switched my profile name to the academy’s for a laugh, see who messages me.',
      ],
      quiet: [
        'There is a fake school page asking for bank details, it is a scam, report it.',
        'Where do people buy the jumpers with the school logo?',
      ],
    },
  },
  {
    id: 'impersonation.page-in-school-name',
    category: 'impersonation',
    message,
    source,
    scope: 'school',
    triggers: ['set', 'setting', 'made', 'making', 'created', 'creating', 'started', 'starting', 'run', 'running', 'launched', 'posted', 'posting', 'post', 'real', 'official', 'actual', 'proper', 'pretend', 'pretending'],
    patterns: [
      re(
        "\\b(?<hit>(?:set up|setting up|made|making|created|creating|started|starting|run|running|launched|set) (?:up )?(?:a |an |my |our )?(?:new |little )?(?:facebook |fb |insta(?:gram)? |twitter |x |tiktok |whatsapp )?(?:page|group|account|profile|handle) (?:called|named) ['\"]?)",
      ),
      re("\\b(?<hit>(?:set up|made|created|started|launched) @[a-z0-9_]+)"),
      re("\\b(?<hit>(?:posted|posting|post) (?:it |this )?(?:on here )?as ['\"])"),
      // A page named as the school's official voice, or passed off as the real one.
      re("\\b(?<hit>(?:set up|setting up|made|making|created|creating|started|starting|launched|set) (?:up )?(?:a |an |my |our |the )?(?:[a-z@_]+ ){1,4}(?:official|news|updates|info|announcements) (?:page|group|account|profile|handle|channel))\\b"),
      re("\\b(?<hit>(?:page|account|group|profile|feed|channel)\\b[^.!?\\n]{0,60}\\b(?:than|like|instead of|as if it (?:was|were|is)) the (?:real|official|actual|proper) (?:one|page|account|school|group))"),
      re("\\b(?<hit>pretend(?:ing)? to be (?:the )?(?:school|academy|trust|head|headteacher|office))\\b"),
    ],
    unless: [
      test("\\b(?:no (?:school )?(?:name|logo)|private (?:whatsapp )?group|scam|reported)\\b"),
    ],
    check: (hit, draft) => {
      // The name given must be the school's, or say "official".
      const to = Math.min(draft.text.length, hit.end + 80);
      const after = draft.text.slice(hit.start, to);
      // The pack's names as the context found them: one lookup, however many names the pack has.
      return /official|school|academy|primary|trust|college|high/.test(after) || draft.namesSchoolWithin(hit.start, to);
    },
    cases: {
      fires: [
        "I've made a page called 'Hillside Academy Parents Official' for all the news.",
        'Launched @HillsideNews for the real school news, follow it.',
        'Started a Hillside Academy Official Updates group, it gets the news out quicker than the real one does.',
      ],
      quiet: [
        'Set up a WhatsApp group called Year 2 Party Mums, message me to join.',
        'Started a running club called Mums on the Move, all welcome.',
        'The school news page is so much clearer than the old one, well done to whoever runs it.',
      ],
    },
  },
];
