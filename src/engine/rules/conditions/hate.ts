/**
 * Conditions of the hate rules (rules/hate.yaml), and of the hate rules still in TypeScript: who is speaking (not
 * quoting or arguing against someone else's words), whether the claim is denied in its own clause, whether a group
 * is the sentence's subject and whether a group is named nearby. Ported from the regular-expression rules as they
 * were, so the moved rules keep their behaviour; the wording of the rules themselves lives in the rule file.
 */
import type { DraftContext } from '../../context';
import { holds, wordsOf } from '../../lexicon-words';
import { negates, withoutNegation } from '../../negation';
import { test } from '../../regex';
import { someoneElsesHate } from '../../speech';
import type { Conditions, Descriptions, Place } from './types';
import { LastMemo } from '../../last-memo';

/** A protected group spoken of in general (rules/lexicon.yaml {IDENTITY}), for tests over a sentence's text. */
export const hasIdentity = (text: string): boolean => holds('IDENTITY', text);
/** Any group word: a looser test than hasIdentity. */
export const hasGroupWord = (text: string): boolean => holds('GROUP_WORD', text);

/** Words that oppose what follows without negating it ("stop calling…", "against racism"): a denial too, here. */
const OPPOSING = /\b(?:stop|against)\b/;
/** Denied: a denying word (negation.ts) or an opposing one. */
const denies = (said: string): boolean => negates(said) || OPPOSING.test(said);
/** Negative words that are themselves the contempt, or that only frame the sentence, not deny it. */
const NOT_A_DENIAL =
  /\b(?:nothing but|nothing more than|no better than|no more than|not (?:even )?human|not (?:real |even )?people|no (?:value|worth|place|right)|not worth\w*|never be|can'?t (?:help|stop|stand|bear|tolerate|stomach)|cannot (?:help|stop|stand|bear)|don'?t (?:want|like|trust)|do not (?:want|like|trust)|never (?:trust|hire|employ|rent to|serve)|nothing (?:\w+ ){0,4}?(?:is )?worse|no one else|nobody else|no (?:compassion|sympathy|respect|pity|time|patience|love|tolerance|empathy|mercy|room)|(?:is|isn'?t|does|doesn'?t|do|don'?t|how is) (?:it|this|that|people|you)(?: really)? (?:not |n'?t )?(?:obvious|clear|apparent|realise|realize|see|recognise|recognize|understand|know|get it|make it (?:obvious|clear))|why (?:do|does|don'?t|doesn'?t) (?:people|you|they|anyone)(?: really)? (?:not )?(?:see|realise|realize|recognise|recognize|understand|get)|(?:can'?t|cannot|couldn'?t) believe|don'?t (?:forget|get me wrong|know (?:why|how))|never forget|make no mistake|not (?:sure|surprised|being funny|gonna lie|going to lie|to be (?:rude|funny))|no wonder|no offence|why (?:don'?t|not|shouldn'?t|can'?t) (?:we|you|they|i)|(?:don'?t|do not) have anything against|nothing against|if (?:they|you|she|he) (?:weren'?t|wasn'?t|were not|was not)|(?:no one|nobody|none)(?: else)? (?:is|are) (?:as|so)|not (?:being |a |that |at all )?racist|no racist|not (?:a bunch of|a load of|a pack of|some)|(?:aren'?t|are not|isn'?t|is not|not) (?:welcome|wanted|needed)|not in my (?:house|home|school|classroom|name|world)|(?:why )?can'?t (?:they|you|she|he) (?:just )?(?:go|clear off|piss off|bugger off|get lost)|(?:shouldn'?t|should not|should never|must not|mustn'?t|ought not to|can'?t|cannot) be (?:allowed |let |trusted )?(?:anywhere )?(?:near|around|(?:left )?alone with|trusted with))\b/g;
/** Where the clause the hit is in begins: after a comma, semicolon or "but". */
const CLAUSE_BREAK = /(?:[,;:]|\b(?:but|although|though|yet|however|whereas|while))\s*(?![\s\S]*(?:[,;:]|\b(?:but|although|though|yet|however|whereas|while)\b))/;

/**
 * "I don't think women are stupid", "nobody should say immigrants are vermin", "I would never hurt a Muslim":
 * the claim is denied in the clause it sits in (the words before it and the hit itself).
 */
function negated(hit: Place, draft: DraftContext): boolean {
  const sentenceStart = draft.sentences[hit.sentence]?.start ?? 0;
  let lead = draft.text.slice(sentenceStart, hit.start);
  const brk = CLAUSE_BREAK.exec(lead);
  if (brk) lead = lead.slice(brk.index + brk[0].length);
  const said = `${lead}${lead.endsWith(' ') ? '' : ' '}${draft.text.slice(hit.start, hit.end)}`.replace(NOT_A_DENIAL, ' ');
  return denies(said);
}

/** Negated before the hit, for frames whose own words hold the "not" ("women shouldn't lead"). */
function negatedBefore(hit: Place, draft: DraftContext): boolean {
  const sentenceStart = draft.sentences[hit.sentence]?.start ?? 0;
  let lead = draft.text.slice(sentenceStart, hit.start);
  const brk = CLAUSE_BREAK.exec(lead);
  if (brk) lead = lead.slice(brk.index + brk[0].length);
  const own = withoutNegation(draft.text.slice(hit.start, hit.end));
  return denies(`${lead}${lead.endsWith(' ') ? '' : ' '}${own}`.replace(NOT_A_DENIAL, ' '));
}

/** A group is named in this sentence, or in the one before or after (where "they"/"you" refer back). */
function groupNearby(hit: Place, draft: DraftContext): boolean {
  for (let i = Math.max(0, hit.sentence - 1); i <= Math.min(draft.sentences.length - 1, hit.sentence + 1); i++) {
    if (hasIdentity(draft.sentenceText(i))) return true;
  }
  return false;
}

/**
 * The group named as the object of something done to or for it ("the way they treat disabled kids is
 * disgusting") is not the group being called disgusting.
 */
const GROUP_AS_OBJECT =
  /\b(?:about|for|of|to|towards?|against|at|on|by|from|treat|treats|treated|treating|how|way|helping|help|supporting|support|abuse|abusing|abused|attacking|attack|attacked|bullying|bullied|mocking|mocked|calling|call|called|mistreat\w*|failing|fail|failed|let|lets|letting|excluding|excluded|ignoring|ignored|targeting|targeted|welcoming|welcomed|hurting|hurt)\s+$/;
function groupIsSubject(hit: Place, draft: DraftContext): boolean {
  const before = draft.text.slice(Math.max(draft.sentences[hit.sentence]?.start ?? 0, hit.start - 30), hit.start);
  return !GROUP_AS_OBJECT.test(before);
}

/**
 * Trigger words: the group words and the first word of each frame (see `Rule.triggers`). Listed on first use: the
 * group adjectives are read from the lexicon, which a fresh worker whose first draft finds no hate need not parse.
 */
const groupTriggers = (): string[] => [
  'women',
  'woman',
  'female*',
  'trans*',
  'gay*',
  'lesbian*',
  'bisexual*',
  'homosexual*',
  'lgbt*',
  'black*',
  'brown',
  'asian*',
  'african*',
  'arab*',
  'pakistani*',
  'indians',
  'chinese',
  'jew*',
  'muslim*',
  'moslem*',
  'hindu*',
  'sikh*',
  'immigrant*',
  'migrant*',
  'refugee*',
  'foreign*',
  'illegal*',
  'traveller*',
  'travelers',
  'gyps*',
  'gips*',
  'roma',
  'romanian*',
  'polish',
  'mexicans',
  'cripple*',
  'disabled',
  'handicapped',
  'autistic',
  'asylum',
  'eastern',
  'colour',
  'color',
  // Every adjective a group is named by, so no group goes unread ("Somali families", "Kurdish lads").
  ...wordsOf('GROUP:adjective').filter((a) => /^[a-z]+$/.test(a)).flatMap((a) => [a, `${a}s`]),
];
/**
 * Whether a sentence or one next to it holds one of the words (listed on first use). Only the sentences asked about
 * and their neighbours are read, each once per draft: reading every sentence of a long draft for its first hit was
 * about a twenty-fifth of a 100,000-character draft's time.
 */
function nearWords(list: () => readonly string[]): (sentence: number, draft: DraftContext) => boolean {
  // Per sentence of the last draft: 0 not read yet, 1 it holds one of the words, 2 it does not.
  const cache = new LastMemo<DraftContext, Uint8Array>();
  let words: readonly string[] | undefined;
  const holds = (draft: DraftContext, held: Uint8Array, s: number): boolean => {
    if (s < 0 || s >= held.length) return false;
    if (held[s] === 0) held[s] = draft.holdsWord(s, (words ??= list())) ? 1 : 2;
    return held[s] === 1;
  };
  return (sentence, draft) => {
    let held = cache.get(draft);
    if (!held) {
      // A draft with no sentence span reads its words as sentence 0's.
      held = new Uint8Array(Math.max(1, draft.sentences.length));
      cache.set(draft, held);
    }
    return holds(draft, held, sentence - 1) || holds(draft, held, sentence) || holds(draft, held, sentence + 1);
  };
}

/** Prefilter: the sentence, or one next to it, holds a group word (the rules that need a group nearby). */
const nearGroup = nearWords(groupTriggers);

const AGENDA_WORDS = [
  ...['agenda', 'propaganda', 'ideology', 'lifestyle', 'indoctrination', 'brainwashing', 'religion', 'beliefs', 'woke'],
  ...['pride', 'rainbow', 'feminist', 'islamic', 'islam', 'mosque', 'mosques', 'synagogue', 'temple', 'gurdwara', 'quran'],
  ...['hijab', 'burka', 'burqa', 'halal', 'catholic'],
];
/** Sentences speaking of an agenda, ideology, beliefs or a faith's places and customs, with their neighbours. */
const nearAgenda = nearWords(() => AGENDA_WORDS);

/** An objection or call for removal, for tropes that hurt only in that company. */
const OBJECTION = test(
  "\\b(?:disgust\\w*|disgrace\\w*|wrong|not right|shouldn'?t|should not|not having|not happy|what'?s next|what next|next they'?ll|role models?|get (?:him|her|them) out|sack (?:him|her|them)|not (?:welcome|wanted)|keep (?:him|her|them|it) away|away from (?:our|my)|near (?:our|my) (?:kids|children)|around (?:our|my) (?:kids|children)|asking questions|ridiculous|joke|seriously\\?|why (?:on earth|would)|nobody wants|no one wants|lock|know what|like|close|watch (?:your|out)|keep an eye|dodgy|trouble|thieving|stealing|lazy|scroung\\w*|taking over|everywhere|too many|\\?)",
);

/** The words of a hit, and of its sentence with the ones either side. */
const said = (hit: Place, draft: DraftContext): string => draft.text.slice(hit.start, hit.end);
function around(hit: Place, draft: DraftContext): string {
  return [hit.sentence - 1, hit.sentence, hit.sentence + 1]
    .filter((i) => i >= 0 && i < draft.sentences.length)
    .map((i) => draft.sentenceText(i))
    .join(' ');
}

/** Smoking, in a sentence beside a "fag" found: "I hate fags. Quit three years ago today." (the rule's own guards read its sentence). */
const SMOKING =
  /\b(?:smok\w*|cigarettes?|ciggies?|quit(?:ting)? (?:\d|an? |one|two|three|four|five|six|last|since|for|years?|months?|weeks?|days?)|gave up|given up|giving up|vap\w*|nicotine|lighter|patches|tobacco)\b/;
const smokingBeside = (hit: Place, draft: DraftContext): boolean => /^fags?$/.test(said(hit, draft)) && SMOKING.test(around(hit, draft));

/** A group named in the hit's own words, or in or next to its sentence. */
export const groupInOrNear = (hit: Place, draft: DraftContext): boolean =>
  hasIdentity(said(hit, draft)) || hasGroupWord(said(hit, draft)) || groupNearby(hit, draft) || hasGroupPlural(around(hit, draft));
/** Groups as plural nouns ("Albanians", "Somalis"). */
const hasGroupPlural = (text: string): boolean => holds('GROUP:plural', text);


/** "She's too emotional to…" is about women only where women are spoken of in its sentence. */
const WOMEN_RE = /\b(?:women|woman|females?|ladies)\b/;
/** "The whole team is women" is only sexist as a reason for something bad. */
const BLAME_RE = /\b(?:no wonder|needs? a (?:real |proper )?(?:man|bloke)|that'?s why|what do you expect|explains (?:it|a lot|everything))\b/;

/** Tropes that hurt only beside a group: "…their own area", "expect bikes to go missing". */
const NEEDS_GROUP = /(?:area|estate|of town|kind|lot)$|^(?:expect|watch|prepare) /;
/** Tropes that hurt only beside a group and an objection: knowing "what they are like", "lock your sheds". */
const NEEDS_OBJECTION =
  /^(?:we|you|everyone|people|i) |^lock |^hide |^not in my|^(?:all these|all those|so many|too many|full of|overrun|swamped|flooded|nothing but) |^(?:hired|hire|hiring|employ|appoint|let|allow|taken|took|put)|^(?:obviously|clearly|openly|blatantly|flamingly|proper|so) /;

/** Frames that hurt only beside a group ("taken to the vet", "thrown in a skip"). */
const FRAME_NEEDS_GROUP = /^(?:taken|sent|go|belong) to|^(?:dumped|thrown|put|binned|flushed|tossed|chucked|shipped|swept) /;
/** An idea dismissed for who had it ("came from a …") only with a word of dismissal around. */
const DISMISSAL = /\b(?:bullshit|rubbish|crap|stupid|nonsense|shit|garbage|dumb|idiotic|worthless|useless|trash)\b/;

export const HATE_CONDITIONS = {
  'hate-near-group-word': (hit, draft) => nearGroup(hit.sentence, draft) || hasGroupWord(draft.sentenceText(hit.sentence)),
  'hate-frame-in-company': (hit, draft) => {
    const words = said(hit, draft);
    if (FRAME_NEEDS_GROUP.test(words)) return groupNearby(hit, draft);
    if (/^(?:came|comes|coming|come) from/.test(words)) return DISMISSAL.test(around(hit, draft));
    if (/\b(?:your|their) (?:kind|sort|type|lot)\b/.test(words)) return groupNearby(hit, draft) || hasGroupWord(draft.sentenceText(hit.sentence));
    return true;
  },
  'hate-trope-in-company': (hit, draft) => {
    const words = said(hit, draft);
    if (NEEDS_GROUP.test(words) && !groupNearby(hit, draft)) return false;
    if (!NEEDS_OBJECTION.test(words)) return true;
    const text = around(hit, draft);
    return (hasIdentity(text) || hasGroupWord(text)) && OBJECTION.test(text);
  },
  'hate-women-spoken-of': (hit, draft) => !/^(?:she|they)\b/.test(said(hit, draft)) || WOMEN_RE.test(draft.sentenceText(hit.sentence)),
  'hate-blamed-on-women': (hit, draft) => {
    if (!/^(?:the )?(?:whole|all|entire)/.test(said(hit, draft))) return true;
    const next = hit.sentence + 1 < draft.sentences.length ? draft.sentenceText(hit.sentence + 1) : '';
    return BLAME_RE.test(`${draft.sentenceText(hit.sentence)} ${next}`);
  },
  'hate-speaks': (hit, draft) => !someoneElsesHate(hit, draft),
  'hate-smoking-beside': smokingBeside,
  'hate-denied': negated,
  'hate-denied-before': negatedBefore,
  'hate-group-subject': groupIsSubject,
  'hate-group-nearby': groupInOrNear,
  'hate-near-group': (hit, draft) => nearGroup(hit.sentence, draft),
  'hate-near-group-or-agenda': (hit, draft) => nearGroup(hit.sentence, draft) || nearAgenda(hit.sentence, draft),
  'hate-objection-near': (hit, draft) => {
    const text = around(hit, draft);
    return (hasIdentity(text) || hasGroupWord(text)) && OBJECTION.test(text);
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const HATE_DESCRIPTIONS: Descriptions<typeof HATE_CONDITIONS> = {
  'hate-near-group-word': 'a group word is in the sentence or one next to it, or a looser group word ("pride", "mosque") in the sentence',
  'hate-frame-in-company': 'frames that hurt only in company have it: "taken to the vet" and disposal need a group nearby, "came from a …" a word of dismissal nearby, "their kind" a group nearby',
  'hate-trope-in-company': 'words found that are only a trope beside a group ("their own area") have a group nearby, and those that need an objection too ("we know what they are like", "lock your sheds") have both in or next to their sentence',
  'hate-women-spoken-of': 'words found starting "she" or "they" are in a sentence that speaks of women',
  'hate-blamed-on-women': 'words found saying a whole team is women are given as a reason ("no wonder…") in the sentence or the next',
  'hate-speaks': 'the writer says it: not inside double quotes, not reporting, quoting or arguing against hateful words',
  'hate-smoking-beside': 'the word found is "fag" and smoking is spoken of in its sentence or one next to it',
  'hate-denied': 'the claim is denied in its own clause ("I don\'t think…", "nobody should say…")',
  'hate-denied-before': 'the claim is denied before the words found (their own "not" does not count)',
  'hate-group-subject': 'the group is not the object of something done to it ("the way they treat…")',
  'hate-group-nearby': 'a protected group is named in the words found, or in or next to their sentence',
  'hate-near-group': 'a group word is in the sentence or one next to it',
  'hate-near-group-or-agenda': 'a group word, or talk of an agenda, ideology or faith, is in the sentence or one next to it',
  'hate-objection-near': 'a group and an objection or call for removal are in the sentence or one next to it',
};
