/**
 * "if my son touches my straighteners again ill break his fingers": a threat's words in a sentence about the writer's
 * own child alone (analyze.ts checks the annotation names no one else), whose subject is that child, with nobody else
 * pointed at before the threat's last word, read as exasperation far more often than as a threat
 * (docs/annotation.md, own-child-exasperation). The model then judges the draft without the rule's hit. A threat for
 * the child's sake keeps it: the own child is then not the subject ("if that boy touches my son again…"), someone
 * else is pointed at ("if anyone hurts my son…", "…whoever did it", "if Jayden…"), the harm is aimed at "you", or
 * the child is the one wronged ("if my daughter gets bullied again…").
 */
import type { DraftContext } from './context';
import { OWN_FAMILY } from './lexicon';
import { looksLikeName } from './names';

/** The writer's own child or family as the subject: at the start of the sentence or of a clause. */
const OWN_SUBJECT = new RegExp(
  `(?:^|[,;:(]|\\b(?:if|when|and|but|so|cos|because|honestly|seriously|swear|now|once|til|till|until|next time))\\s*${OWN_FAMILY}(?![a-z'])`,
);
/** Anyone else the harm could be meant for, or the child as the one wronged. */
const SOMEONE_ELSE = new RegExp(
  [
    "\\b(?:he|she|they|you|your|you're|youre|u|ur|ya|anyone|anybody|someone|somebody|whoever|whoevers|everyone|nobody|people)\\b",
    "\\b(?:that|this|the|those|these|a|an|another|other|some|his|her|their)(?: [\\w-]+){0,2} (?:boy|girl|kid|child|lad|lass|bully|bullies|man|woman|bloke|teacher|parent|mum|dad|mother|father|family|kids|boys|girls|lads)s?\\b",
    '\\b(?:gets?|got|getting|is|was|been|being|keeps? getting) (?:\\w+ )?(?:bullied|hurt|picked on|pushed|hit|punched|kicked|bitten|attacked|beaten|touched|harmed|teased|left out|threatened|called|taught|told off|shouted at|blamed|excluded|bullying)\\b',
    '\\b(?:comes?|came|coming) (?:home|out)\\b',
    '\\b(?:crying|cried|in tears|bruised?|bruises)\\b',
  ].join('|'),
);

/** Whether the threat's words ending at `end` fall on the writer's own child, the sentence's subject, and no one else. */
export function harmFallsOnOwnChild(draft: DraftContext, sentence: number, end: number): boolean {
  const span = draft.sentences[sentence];
  if (!span) return false;
  const upTo = draft.text.slice(span.start, end);
  const own = OWN_SUBJECT.exec(upTo);
  if (!own) return false;
  // Whoever is pointed at or named before the threat, or in it, other than the writer's own.
  const rest = `${upTo.slice(0, own.index)} ${upTo.slice(own.index + own[0].length)}`;
  return !SOMEONE_ELSE.test(rest) && !namesSomeone(draft, span.start, end);
}

/** A name (names.ts) after the sentence's first word, which any sentence capitalises: someone else is in it. */
function namesSomeone(draft: DraftContext, from: number, to: number): boolean {
  const text = draft.text;
  const isLetter = (at: number): boolean => {
    const c = text.charCodeAt(at);
    return c >= 97 && c <= 122;
  };
  let first = true;
  for (let i = from; i < to; i++) {
    if (!isLetter(i) || (i > from && (isLetter(i - 1) || text.charCodeAt(i - 1) === 39))) continue;
    let end = i;
    while (end < to && isLetter(end)) end++;
    if (!first && looksLikeName(draft, i, end)) return true;
    first = false;
    i = end;
  }
  return false;
}
