/**
 * Whether a short draft is a message still being written: the engine reads the draft at every pause in typing, and
 * "Dear Mr Ashworth,", "Hi Mrs Jones" or "the deputy at" are the start of a message, which says nothing yet. Such a
 * start is only a greeting and names ("Dear Mr Ashworth,", "Mr Dunn's", "@outwoodgrange", "Bexton,"), or it ends on a
 * word a sentence goes on after ("the deputy at", "Mrs Reyes who"). A short draft that says something, however
 * tersely ("sack the head", "bexton = joke", "Ms Begum 🔫🔫 tomorrow"), is not one (decide.ts `floorFor`).
 */
import type { DraftContext } from './context';
import { TITLES as TITLE_LIST } from './lexicon';
import type { Tokens } from './model/features';

/** Words a sentence goes on after: a draft that ends on one is still being written. */
const GOES_ON = new Set([
  'a', 'an', 'the', 'at', 'to', 'of', 'in', 'on', 'for', 'from', 'with', 'by', 'about', 'and', 'or', 'but', 'who',
  'whose', 'which', 'that', 'this', 'my', 'our', 'your', 'his', 'her', 'their', 'is', 'are', 'was', 'were', 'has',
  'have', 'had', 'be', 'been', 'will', 'would', 'if', 'so', 'as', 'because', 'when',
]);
/** The words of a greeting. */
const GREETING = new Set(['dear', 'hi', 'hello', 'hey', 'hiya', 'morning', 'good', 'afternoon', 'evening', 'all', 'everyone']);
/** Titles: the word after one is a name, capitalised or not ("mr bates"). */
const TITLES: ReadonlySet<string> = new Set(TITLE_LIST);
/** Marks that say nothing on their own: punctuation, and the @ of a handle. */
const MARKS = /^[\s.,!?;:'"()@&-]*$/;

export function unfinished(draft: DraftContext, tokens: Tokens): boolean {
  const { text, n, schoolRefs } = draft;
  let last = '';
  let previous = '';
  let onlyGreetingAndNames = true;
  for (let k = 0; k < tokens.count; k++) {
    const from = tokens.start[k] as number;
    const word = text.slice(from, tokens.end[k] as number);
    if (MARKS.test(word)) continue;
    last = word;
    // Capitalised past the first word, or after a title: a name. A first word's capital is the sentence's. A handle
    // ("@outwoodgrange") and the school's own name are names too: whom the message is to, not what it says.
    const name =
      (n.upper[from] === 1 && previous !== '') ||
      TITLES.has(previous) ||
      text.charCodeAt(from - 1) === 64 ||
      schoolRefs.some((r) => r.start <= from && from < r.end);
    if (!GREETING.has(word) && !TITLES.has(word) && !name) onlyGreetingAndNames = false;
    previous = word;
  }
  return last !== '' && (onlyGreetingAndNames || GOES_ON.has(last));
}
