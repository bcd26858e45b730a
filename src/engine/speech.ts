/**
 * Whose words are these? A draft that quotes an insult to report it ("someone wrote 'the deputy is a lazy cow'
 * on the gate") or argues against it ("calling teachers lazy is out of order") is not itself abusive (issue #3:
 * "quotes … argues against abuse" stay quiet). Shared by the abuse and complaint rules; the hate rules keep
 * their own, longer list of counter-speech.
 */
import type { DraftContext } from './context';
import type { Place } from './rules/conditions/types';

/** The hit sits inside double quotes (normalisation turns curly quotes into plain ones). */
export function insideQuotes(hit: Place, draft: DraftContext): boolean {
  const start = draft.sentences[hit.sentence]?.start ?? 0;
  const before = draft.text.slice(start, hit.start);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Sentences that report someone else's words or reject them: each frame with the words it cannot match without (one
 * of them must be in the sentence), so a sentence without any is passed over before its pattern is compiled or run.
 */
const REPORTED_OR_REJECTED: readonly (readonly [needs: readonly string[], frame: RegExp])[] = [
  [['calling', 'saying', 'telling', 'posting', 'writing', 'shouting', 'to call', 'to say'], /^\W*(?:calling|saying|telling|posting|writing|shouting|to call|to say)\b/],
  [['stop ', 'quit '], /\b(?:stop|quit) (?:calling|saying|posting|telling)\b/],
  [['should', 'can', 'mustn', 'must not'], /\b(?:no one|nobody|you|people|we|parents) (?:should|shouldn'?t|can'?t|mustn'?t|must not|should not|should never) (?:call|say|speak to|talk to|post)\b/],
  [[' to '], /\b(?:not|never|isn'?t|is not) (?:ok|okay|on|acceptable|fair|right|funny|kind) to (?:call|say|talk|speak|post|write)\b/],
  [
    ['wrote', 'written', 'said', 'called', 'shouted', 'posted', 'sprayed', 'scrawled', 'tweeted', 'messaged'],
    /\b(?:someone|somebody|people|a parent|parents|kids|whoever|some idiot|a troll|an account) (?:has |have )?(?:wrote|written|said|called|shouted|posted|sprayed|scrawled|tweeted|messaged) (?:that |this |on |"|')/,
  ],
  [
    ['out of order', 'not on', 'uncalled for', 'beyond the pale', 'unacceptable', 'bullying', 'vile', 'horrible', 'disgusting', 'nasty'],
    /\b(?:out of order|not on|uncalled for|bang out of order|beyond the pale) to (?:call|say|speak)\b|\b(?:is|was|are) (?:so |completely |totally |bang |well )?(?:out of order|uncalled for|not on|unacceptable|bullying|vile|horrible|disgusting|nasty)\b.*\b(?:they|she|he|teachers|staff) (?:work|works|do|does|deserve)\b/,
  ],
];

/** Someone else's words, reported or argued against, in the hit's sentence. */
export function reportedOrRejected(hit: Place, draft: DraftContext): boolean {
  if (insideQuotes(hit, draft)) return true;
  const sentence = draft.sentenceText(hit.sentence);
  return REPORTED_OR_REJECTED.some(([needs, frame]) => needs.some((word) => sentence.includes(word)) && frame.test(sentence));
}

/** Words of passing on what was said: hearsay, whoever said it ("apparently", "he told us", "rumour has it"). */
const HEARSAY = [
  'said|says|saying|told (?:me|us|him|her|them|by)|apparently|allegedly|rumour|rumours|heard|reported|claims?|claimed',
  'according to|someone wrote|someone said|was called|called (?:her|him|them|my)',
];
/**
 * An opening single quote: one after a space or at the start, before a letter, that opens no dropped-letter word
 * ('em, 'cause, 'til, rock 'n' roll). A contraction's apostrophe follows a letter, so it never matches.
 */
const SINGLE_QUOTED = /(?:^|[\s(])'(?!(?:em|cause|cos|coz|til|tis|twas|n|bout|round)(?![a-z]))[a-z]/;

const HEARSAY_RE = new RegExp(`(?:^|[^a-z0-9'])(?:${HEARSAY.join('|')})(?![a-z0-9])`);

/**
 * The sentence passes on what someone said: quotation marks or hearsay (annotate's `reported` manner, which the
 * model reads). Hearsay does not disown the words ("apparently the head is a liar" may be the writer spreading it),
 * so it only marks the rules' evidence as not plain; `reportedOrRejected` is what disowns them.
 */
export function reportsSpeech(text: string): boolean {
  return text.includes('"') || SINGLE_QUOTED.test(text) || HEARSAY_RE.test(text);
}

