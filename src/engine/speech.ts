/**
 * Whose words are these? Quoting, reported speech and counter-speech, one implementation read at three reaches:
 * - A sentence passes on what someone said (quotation marks, "apparently", "he told us"): annotate's `reported`
 *   manner, which the model reads and which marks the rules' evidence as not plain (`reportsSpeech`).
 * - A sentence reports someone else's words or argues against them ("calling teachers lazy is out of order",
 *   "people who say that are bigots"): the abuse, complaint and hate rules drop what they found there (issue #3:
 *   "quotes … argues against abuse" stay quiet). One list of frames, read once per sentence.
 * - A hit sits between double quotes (`insideQuotes`), or between quotes of either kind (`betweenQuotes`).
 * A sentence that asserts the words while sounding like a report of them ("where's the harm in saying…") is no
 * counter-speech, for every family alike.
 */
import type { DraftContext } from './context';
import type { Place } from './rules/conditions/types';
import { gateOf } from './word-gate';
import type { WordGate } from './word-gate';
import { LastMemo } from './last-memo';
import { machineCode } from './regex';
import { FRAME_GATES } from './word-gates.generated';

/** The hit sits inside double quotes (normalisation turns curly quotes into plain ones). */
export function insideQuotes(hit: Place, draft: DraftContext): boolean {
  const start = draft.sentences[hit.sentence]?.start ?? 0;
  // Counted in place: no copy of the words before, nor an array of the marks.
  const text = draft.text;
  let marks = 0;
  for (let at = start; at < hit.start; at++) if (text.charCodeAt(at) === 34) marks++;
  return marks % 2 === 1;
}

/**
 * Whether a hit sits between quotation marks of either kind in its sentence ('…', "…", “…”, ‘…’), each within 200
 * characters of it: the words someone else said, for the own-child exception (analyze.ts: "my four-year-old told her
 * brother 'I'm going to kill you'"). Wider than `insideQuotes`, which the rules' guards read as they were written.
 */
export function betweenQuotes(hit: Place, draft: DraftContext): boolean {
  const span = draft.sentences[hit.sentence];
  if (!span) return false;
  const text = draft.text;
  const opens = (at: number): boolean => {
    const c = text[at];
    if (c === '"' || c === '\u201c' || c === '\u2018') return true;
    // An apostrophe opens a quotation only after a space or the sentence's start ("i'm" does not).
    return c === "'" && (at === span.start || /[\s(:]/.test(text[at - 1] ?? ''));
  };
  const closes = (at: number): boolean => {
    const c = text[at];
    if (c === '"' || c === '\u201d' || c === '\u2019') return true;
    return c === "'" && !/[a-z0-9]/.test(text[at + 1] ?? '');
  };
  let open = -1;
  for (let p = hit.start - 1; p >= span.start && p >= hit.start - 200; p--) {
    if (opens(p)) {
      open = p;
      break;
    }
  }
  if (open < 0) return false;
  for (let p = hit.end; p < span.end && p < hit.end + 200; p++) if (closes(p)) return true;
  return false;
}

/** Words of passing on what was said: hearsay, whoever said it ("apparently", "he told us", "rumour has it"). */
export const HEARSAY = [
  // Not the writer's own reporting or telling: "I reported it to the head", "Told them four times".
  "said|says|saying|told (?:me|us|him|her|by)|(?<!(?:^|\\b(?:i|we|i've|we've|ive|weve|i have|we have|i had|we had|and) ))told them|apparently|allegedly|rumour|rumours|heard|reported(?! (?:it|this|him|her|them)\\b)|claims?|claimed",
  'according to|someone wrote|someone said|was called|called (?:her|him|them|my)',
];
/**
 * An opening single quote: one after a space or at the start, before a letter, that opens no dropped-letter word
 * ('em, 'cause, 'til, rock 'n' roll). A contraction's apostrophe follows a letter, so it never matches.
 */
const SINGLE_QUOTED = /(?:^|[\s(])'(?!(?:em|cause|cos|coz|til|tis|twas|n|bout|round)(?![a-z]))[a-z]/;

/** Verbs of saying or posting, every form, as the frames below use them. */
const SAYING = 'say|says|said|saying|call|calls|called|calling|tweet\\w*|post(?:s|ed|ing)?|wr(?:ite|ites|ote|iting|itten)|shout\\w*';
/** Someone other than the writer, whose words may be told: "people who say…", "someone wrote…", "a troll messaged…". */
const SAYERS = 'people|those|anyone|someone|somebody|everyone|folk|users?|trolls?|a troll|accounts?|an account|idiots|some idiot|bigots|racists|a parent|parents|kids';
/** Verbs by which such a person passes words on, besides SAYING. */
const PASSING_ON = `${SAYING}|sprayed|scrawled|messaged|spout\\w*|spread\\w*|claim\\w*|yell\\w*|scream\\w*|chant\\w*`;

/**
 * A sentence frame that disowns the words around it. `hateOnly` frames read only for the hate rules: they condemn
 * in general ("this has to stop", "it says everything about…", "if you think…"), or tell what "he", "she" or
 * "they" say or think, and those are how a complaint or an insult of staff is itself worded ("the school needs to
 * stop pretending…", "she thinks she owns the building"), while beside hateful words they are counter-speech.
 */
export interface Frame {
  pattern: string;
  hateOnly?: true;
}
export const FRAMES: readonly Frame[] = [
  // The sentence opens on the saying: "Calling teachers lazy is…", "To say that…". Not "posting" or "writing",
  // which open the writer's own act ("Posting this so everyone knows what he's like").
  { pattern: '^\\W*(?:calling|saying|claiming|suggesting|implying|insisting|telling|shouting|to say|to call|to claim)\\b' },
  // Someone else says it: "people who say…", "someone wrote on the gate…", "a troll has messaged me that…".
  // "who wrote" or "who posted" may be of a letter or a photo; only speaking verbs tell words in a relative clause
  // ("whoever wrote that is a total prat" insults the author).
  { pattern: `\\b(?:(?:${SAYERS}) (?:who|that)|whoever) (?:say|says|said|saying|call|calls|called|calling|claim\\w*|spout\\w*|chant\\w*)\\b` },
  { pattern: `\\b(?:${SAYERS}) (?:has |have )?(?:${PASSING_ON}) (?:that |this |on |"|')` },
  { pattern: '\\b(?:stop|quit) (?:calling|saying|posting|telling)\\b' },
  { pattern: "\\b(?:not|never|isn'?t|is not|no longer) (?:ok|okay|on|acceptable|fine|fair|right|cool|alright|funny|kind|a joke) to (?:call|say|talk|speak|post|write)\\b" },
  { pattern: "\\b(?:no one|nobody|you|people|we|parents) (?:should|shouldn'?t|can'?t|mustn'?t|must not|should not|should never) (?:call|say|speak to|talk to|post)\\b" },
  {
    pattern:
      '\\b(?:out of order|not on|uncalled for|bang out of order|beyond the pale) to (?:call|say|speak)\\b|\\b(?:is|was|are) (?:so |completely |totally |bang |well )?(?:out of order|uncalled for|not on|unacceptable|bullying|vile|horrible|disgusting|nasty)\\b.*\\b(?:they|she|he|teachers|staff) (?:work|works|do|does|deserve)\\b',
  },
  // Quoted after a word of saying: `said "…"`, `comments like "…"`; the quoted words themselves are `insideQuotes`.
  {
    pattern: `\\b(?:${SAYING}|messages?|comments?|statements?|stuff|things|words|phrases?|slogans?|graffiti|chants?|signs?|banners?|replies|dms?) (?:like |that |such as |me )?"`,
    hateOnly: true,
  },
  {
    pattern: `\\b(?:${SAYERS}|men|he|she|they) (?:who |that )?(?:${PASSING_ON}|think|thinks|believe|believes) (?:that |stuff |things |such |rubbish |crap |shit |me )?(?:like )?`,
    hateOnly: true,
  },
  { pattern: '\\b(?:stop|quit) (?:treating|spreading|claiming|pretending)', hateOnly: true },
  { pattern: "\\b(?:not|never|isn'?t|is not|no longer) (?:ok|okay|acceptable|fine|right|cool|alright|funny|a joke) to\\b", hateOnly: true },
  {
    pattern:
      '\\bhow (?:hateful|hurtful|ignorant|cruel|wrong|vile|nasty|bigoted|racist|sexist|homophobic|transphobic|misguided|pathetic) (?:you|that|it|they|this|people)\\b|\\bshows? (?:how|that|what|just how|you)\\b|\\bsays (?:more|a lot|everything|so much) about\\b',
    hateOnly: true,
  },
  { pattern: "\\bto you,? but\\b|\\byour (?:opinion|views?|words) (?:doesn'?t|don'?t|do not|does not|mean|count|matter)", hateOnly: true },
  {
    pattern:
      "\\b(?:disheartening|sad|depressing|shocking|appalling|horrifying|sickening|disgusting|awful|horrible|upsetting|heartbreaking|scary|frightening|worrying|alarming|hurts|painful) (?:to (?:still )?(?:see|hear|read)|that (?:people|anyone|someone|some|you|they|we))\\b",
    hateOnly: true,
  },
  { pattern: '\\bcall(?:s|ing|ed)? for (?:the )?(?:death|murder|killing|deportation|execution|removal|extermination|harm)\\b', hateOnly: true },
  {
    pattern:
      "\\b(?:can'?t|cannot) believe (?:people|anyone|someone|somebody|some people) (?:still |would |could |actually )?(?:say|says|think|thinks|believe|call|calls|write|writes|post|posts|shout|shouts)\\b|\\b(?:if|when) you (?:think|say|believe|call)\\b|\\banyone who (?:says|thinks|believes|calls)\\b",
    hateOnly: true,
  },
  {
    pattern:
      "\\b(?:will|'ll|gets?|got) (?:be |get )?(?:blocked|reported|banned|muted)\\b|\\bwhat makes you (?:say|think)\\b|\\bwhy (?:would|do|did|does) (?:you|people|anyone|someone|he|she|they) (?:say|think|write|call|post|believe)\\b",
    hateOnly: true,
  },
  // Wondering how anyone could hate a group is arguing against that hate: "how could anyone still hate…", "asked
  // how anyone could hate…", "why would people hate…". A question put to one person ("why do you hate them?") is no
  // statement of hate either.
  {
    pattern:
      '\\b(?:how|why) (?:on earth )?(?:(?:would|could|can|do|does|did) (?:anyone|anybody|people|someone|somebody|you|they|some people)|(?:anyone|anybody|someone|somebody) (?:would|could|can)) (?:still |ever |even |possibly |actually |really )?(?:hate|hates|despise|despises|detest|detests|look down on)\\b',
    hateOnly: true,
  },
  // Telling of other people's hatred in order to condemn it: "some people hate … and it's disgusting".
  {
    pattern:
      "\\b(?:some|other|these|those|many) people (?:still |really |actually |seem to |just )?(?:hate|despise|detest|can'?t stand|look down on)\\b.*\\b(?:disgusting|shameful|vile|sickening|appalling|wrong|sad|awful|horrible|heartbreaking|ridiculous|pathetic|a disgrace)\\b",
    hateOnly: true,
  },
  { pattern: '\\b(?:denounce|condemn|reject|challenge|call(?:s|ed|ing)? out|call (?:it|this|that|them|him|her) out)\\b', hateOnly: true },
  {
    pattern:
      "\\b(?:racism|sexism|homophobia|transphobia|bigotry|prejudice|hate|hatred|discrimination|ableism|islamophobia|antisemitism|misogyny|xenophobia)(?: of any kind| like (?:this|that))? (?:is|has|have|isn'?t|won'?t|will not|doesn'?t|never|should|must|needs to)\\b",
    hateOnly: true,
  },
  {
    pattern:
      "\\byour (?:\\w+ )?(?:hatred|contempt|disdain|bigotry|racism|sexism|homophobia|transphobia|prejudice|hate|views|attitude)\\b|\\b(?:has|have|needs?|must|got) to stop\\b|\\bstop (?:right )?now\\b",
    hateOnly: true,
  },
  { pattern: '\\bstand(?:ing|s)? (?:with|up for|in solidarity with|against|together)\\b', hateOnly: true },
  // Naming words as hate rejects them as hate; of what a member of staff said or did it is the complaint itself.
  {
    pattern:
      "\\b(?:that'?s|that is|it'?s|it is|this is|was|so|how) (?:so |really |just |deeply |incredibly |absolutely )?(?:racist|sexist|homophobic|transphobic|ableist|bigoted|hateful|disablist|xenophobic|islamophobic|antisemitic|misogynistic)\\b",
    hateOnly: true,
  },
];

/**
 * Wording that asserts the claim while sounding like a report of it ("where's the harm in saying…"), or that
 * waves away anyone who would deny it ("…and anyone who says otherwise is deluded").
 */
const ASSERTED =
  /\b(?:anyone|anybody|everyone|people) (?:who|that) (?:says?|thinks?|believes?|claims?) (?:otherwise|different(?:ly)?|so)\b|\b(?:mistake|wrong|harm|problem|issue|crime|lie) (?:in|with|about) (?:saying|calling|stating|thinking|believing|admitting)|\bnothing wrong with (?:saying|calling|thinking)|\b(?:is|isn'?t) it (?:clear|obvious|apparent|true|a fact|time)|\bhow is it not (?:clear|obvious|apparent)|\b(?:we all|everyone|everybody) knows? (?:that )?/;

/**
 * A frame as it is tested: compiled on first use, and only in a sentence holding what the frame's own words need
 * (word-gate.ts, worked out from the pattern itself, so nothing is kept beside it by hand). Most sentences hold the
 * words of few frames, so a fresh worker compiles few of them (together they took about 18 ms to compile).
 */
interface Tester {
  /** `opened`: the frames whose words the text holds (`framesOpened`). */
  test(text: string, opened: number): boolean;
}
/** A frame's source as compiled: a closing boundary written (?=\b) means the same, and V8 compiles it faster. */
const sourceOf = (frame: Frame): string => frame.pattern.replace(/\)\\b/g, ')(?=\\b)');
/** Each frame's source as compiled, as a list of one, for its gate (`npm run rules` ships their gates). */
export const FRAME_LISTS: readonly (readonly string[])[] = FRAMES.map((frame) => [sourceOf(frame)]);
/**
 * What a frame's every match holds (null: nothing to ask for): a unit test checks it against the corpus. The gate
 * shipped in word-gates.generated.ts when it was made from this very frame: working the frames' gates out cost a
 * fresh worker's first verdict about 2 ms.
 */
export const frameGate = (frame: Frame): WordGate | null => {
  const i = FRAMES.indexOf(frame);
  return gateOf(FRAME_LISTS[i] ?? [sourceOf(frame)], FRAME_GATES[i]);
};

function tester(frame: Frame): Tester {
  const bit = 1 << FRAMES.indexOf(frame);
  const source = sourceOf(frame);
  let re: RegExp | undefined;
  return {
    test(text, opened) {
      if ((opened & bit) === 0) return false;
      re ??= machineCode(new RegExp(source));
      return re.test(text);
    },
  };
}
const COUNTER = FRAMES.filter((f) => !f.hateOnly).map(tester);
const COUNTER_OF_HATE = FRAMES.filter((f) => f.hateOnly).map(tester);

/** Every frame's gate words in one tree by letter; at the end of each word, the bits of the frames asking for it. */
interface GateNode {
  next: Map<number, GateNode>;
  frames: number;
}
let gateTree: GateNode | undefined;
/** The frames with nothing to ask for: open in every text. */
let openAlways = 0;

function buildGateTree(): GateNode {
  if (FRAMES.length > 31) throw new Error('speech: more frames than bits in a number');
  const root: GateNode = { next: new Map(), frames: 0 };
  FRAMES.forEach((frame, i) => {
    const gate = frameGate(frame);
    if (gate === null) openAlways |= 1 << i;
    for (const word of gate ? [...gate.starts, ...gate.pieces] : []) {
      let node = root;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), frames: 0 }));
        node = child;
      }
      if (node === root) openAlways |= 1 << i;
      node.frames |= 1 << i;
    }
  });
  return root;
}

/**
 * The frames whose gate words the text holds anywhere (bit i: FRAMES[i]; what `textOpens` answers frame by frame), in
 * one pass over the text. Asking each of the frames' 230 words in turn, a search of the text each, cost a long draft
 * with many hits in quotes or reports a tenth of its time.
 */
export function framesOpened(text: string): number {
  const root = (gateTree ??= buildGateTree());
  let frames = openAlways;
  for (let p = 0; p < text.length; p++) {
    for (let q = p, node = root.next.get(text.charCodeAt(p)); node; node = node.next.get(text.charCodeAt(++q))) frames |= node.frames;
  }
  return frames;
}
/** One of HEARSAY's words, whole. */
export const HEARSAY_RE = new RegExp(`(?:^|[^a-z0-9'])(?:${HEARSAY.join('|')})(?![a-z0-9])`);

/**
 * The sentence passes on what someone said: quotation marks or hearsay (annotate's `reported` manner, which the
 * model reads). Hearsay does not disown the words ("apparently the head is a liar" may be the writer spreading it),
 * so it only marks the rules' evidence as not plain; the frames below are what disown them. `mayBeHearsay` false:
 * the caller knows the text holds none of HEARSAY's words (annotate's word gates), and no search is made for them;
 * `mayBeQuoted` false: it knows no word of the text starts with an apostrophe, so no single quotation opens in it.
 */
export function reportsSpeech(text: string, mayBeHearsay = true, mayBeQuoted = true): boolean {
  return text.includes('"') || (mayBeQuoted && SINGLE_QUOTED.test(text)) || (mayBeHearsay && HEARSAY_RE.test(text));
}

/** A sentence's counter-speech: bits of what `counterSpeech` answers. */
export const COUNTER_SPEECH = {
  /** Reports someone else's words or argues against them, and does not assert them. */
  any: 1,
  /** The same, or a `hateOnly` frame: counter-speech to hateful words. */
  ofHate: 2,
} as const;

const holds = (frames: readonly Tester[], text: string, opened: number): boolean => frames.some((f) => f.test(text, opened));

/** The counter-speech of one sentence's normalised, lowercase text (COUNTER_SPEECH bits). */
export function counterSpeech(text: string): number {
  const opened = framesOpened(text);
  if (holds(COUNTER, text, opened)) return ASSERTED.test(text) ? 0 : COUNTER_SPEECH.any | COUNTER_SPEECH.ofHate;
  return holds(COUNTER_OF_HATE, text, opened) && !ASSERTED.test(text) ? COUNTER_SPEECH.ofHate : 0;
}

/** Per draft and sentence: for each reading (a COUNTER_SPEECH bit), whether it was read (bit << 2) and its answer. */
const known = new LastMemo<DraftContext, Uint8Array>();

/**
 * Whether a sentence's counter-speech holds `bit`, read once per draft, sentence and reading, on first ask: only
 * sentences where a rule found something ask, and the hate-only frames only when a hate rule asks.
 */
function counterIn(draft: DraftContext, sentence: number, bit: number): boolean {
  let read = known.get(draft);
  if (!read) {
    read = new Uint8Array(draft.sentences.length);
    known.set(draft, read);
  }
  let bits = read[sentence] ?? 0;
  if ((bits & (bit << 2)) === 0) {
    const text = draft.sentenceText(sentence);
    const asserted = (): boolean => ASSERTED.test(text);
    // Read only when a frame is tried: a sentence whose first reading is already known may need none.
    let opened = -1;
    const open = (): number => (opened < 0 ? (opened = framesOpened(text)) : opened);
    const any = (bits & (COUNTER_SPEECH.any << 2)) !== 0 ? (bits & COUNTER_SPEECH.any) !== 0 : holds(COUNTER, text, open()) && !asserted();
    bits |= (COUNTER_SPEECH.any << 2) | (any ? COUNTER_SPEECH.any | COUNTER_SPEECH.ofHate | (COUNTER_SPEECH.ofHate << 2) : 0);
    if (bit === COUNTER_SPEECH.ofHate && !any) bits |= (COUNTER_SPEECH.ofHate << 2) | (holds(COUNTER_OF_HATE, text, open()) && !asserted() ? COUNTER_SPEECH.ofHate : 0);
    read[sentence] = bits;
  }
  return (bits & bit) !== 0;
}

/** Someone else's words, quoted, reported or argued against: the abuse and complaint rules' reading. */
export function someoneElses(hit: Place, draft: DraftContext): boolean {
  return insideQuotes(hit, draft) || counterIn(draft, hit.sentence, COUNTER_SPEECH.any);
}

/** The same for hateful words, where naming them as hate, or condemning in general, also disowns them. */
export function someoneElsesHate(hit: Place, draft: DraftContext): boolean {
  return insideQuotes(hit, draft) || counterIn(draft, hit.sentence, COUNTER_SPEECH.ofHate);
}
