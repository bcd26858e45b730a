/**
 * The words a phrase cannot match without: one of them must stand somewhere in the sentence. A phrase is indexed by
 * its first words (first-index.ts), and many start with a word that is everywhere ("the", "he", a long list of
 * subjects) while what makes them rare comes later ("… shouldn't be allowed"). Before a sentence is read, the words
 * it holds say which phrases could match at all (phrase-index.ts); the others are not tried, wherever their first
 * words stand.
 */
import { CLASSES, CLASS_WORDS } from './classes';
import type { Node } from './language';

/**
 * Words most sentences hold: function words and the words of school life. A phrase's needs are best drawn from
 * elsewhere in it, so these cost more when choosing (they are still better than no needs at all).
 */
export const COMMON: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so as of to in on at by for with from into out up down over about than then that this ' +
    "these those there here it its it's is are was were be been being am do does did done have has had having will " +
    'would shall should can could may might must not no yes i me my mine you your yours u ur he him his she her hers ' +
    'we us our they them their who whom whose what which when where why how all any some one just very really too ' +
    "also only even still again more most much many get got go going gonna ' \" , . ! ? - : ; ( ) " +
    "i'm im don't dont can't cant won't wont didn't didnt isn't isnt " +
    'school schools teacher teachers kids kid child children class year mum mums dad dads parent parents son ' +
    'daughter boy girl head miss sir mr mrs ms today day time people'
  ).split(' '),
);
export const COMMON_COST = 40;

/** Most words and prefixes a phrase's needs may hold: past it, waking it costs more than trying it. */
const MOST_NEEDS = 400;
/**
 * A class ({FORM}, {POSSESSIVE}…) is met by more tokens than a word, and some by many: it costs more than any list
 * of words can, so it is a need only where no word is.
 */
const CLASS_COST = MOST_NEEDS * COMMON_COST;

/**
 * What a phrase needs: a token that is one of `words`, starts with one of `prefixes`, is a masked word, or is of one
 * of `classes` ({FORM}, {NUMBER}…: tested once per distinct token, as the index's classes are).
 */
export interface Needs {
  words: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
  masked: ReadonlySet<string>;
  classes: ReadonlySet<string>;
}

interface Found {
  words: Set<string>;
  prefixes: Set<string>;
  masked: Set<string>;
  classes: Set<string>;
  cost: number;
}

const found = (kind: 'words' | 'prefixes' | 'masked' | 'classes', value: string, cost: number): Found => {
  const out: Found = { words: new Set(), prefixes: new Set(), masked: new Set(), classes: new Set(), cost };
  out[kind].add(value);
  return out;
};

/**
 * Finds needs: `optionsOf` gives a lexicon entry's options (parsed). Remembers each entry's needs, so a list used by
 * many phrases is worked out once.
 */
export class NeedFinder {
  private readonly entries = new Map<string, Found | null>();

  constructor(private readonly optionsOf: (name: string, form: string | undefined) => Node[][]) {}

  /**
   * The cheapest needs every match of the sequence meets; null when nothing in it is needed (gaps, {WORD}…).
   * `skip`: nodes not to draw needs from (those the phrase is indexed by say nothing its index does not).
   */
  of(nodes: readonly Node[], skip?: (node: Node) => boolean): Needs | null {
    const best = this.seq(skip ? nodes.filter((n) => !skip(n)) : nodes);
    return best && { words: best.words, prefixes: best.prefixes, masked: best.masked, classes: best.classes };
  }

  private seq(nodes: readonly Node[]): Found | null {
    let best: Found | null = null;
    for (const node of nodes) {
      const found = this.node(node);
      // The later of two equal choices: the words after a phrase's first are the ones its index did not use.
      if (found && (!best || found.cost <= best.cost)) best = found;
    }
    return best;
  }

  private node(node: Node): Found | null {
    switch (node.k) {
      case 'word':
        return found('words', node.w, COMMON.has(node.w) ? COMMON_COST : 1);
      case 'prefix':
        return found('prefixes', node.p, node.p.length < 4 ? COMMON_COST : 2);
      case 'masked':
        return found('masked', node.w, 1);
      case 'alt':
        return this.union(node.options);
      case 'slot': {
        const written = CLASS_WORDS[node.name];
        if (written !== undefined) return found('words', written, COMMON.has(written) ? COMMON_COST : 1);
        // {WORD} is every word.
        if (node.name === 'WORD') return null;
        if (CLASSES[node.name]) return found('classes', node.name, CLASS_COST);
        const key = node.form ? `${node.name}:${node.form}` : node.name;
        if (!this.entries.has(key)) {
          // Marked as unknown first: an entry that (wrongly) holds itself ends here rather than looping.
          this.entries.set(key, null);
          this.entries.set(key, this.union(this.optionsOf(node.name, node.form)));
        }
        return this.entries.get(key) ?? null;
      }
      // Optional words, gaps, any token and negations need nothing of their own.
      default:
        return null;
    }
  }

  private union(options: readonly (readonly Node[])[]): Found | null {
    const out: Found = { words: new Set(), prefixes: new Set(), masked: new Set(), classes: new Set(), cost: 0 };
    for (const option of options) {
      const one = this.seq(option);
      if (!one) return null;
      for (const w of one.words) out.words.add(w);
      for (const p of one.prefixes) out.prefixes.add(p);
      for (const m of one.masked) out.masked.add(m);
      for (const c of one.classes) out.classes.add(c);
      out.cost += one.cost;
      if (out.words.size + out.prefixes.size + out.masked.size + out.classes.size > MOST_NEEDS) return null;
    }
    return out;
  }
}
