/**
 * Established on-device checkers beside the engine, in the same run on the same texts: their speed on the bench
 * drafts, and how often each fires on the labelled corpora (counted as a nudge whenever it fires). They are
 * devDependencies, never shipped.
 *
 * - obscenity: RegExpMatcher with its englishDataset and englishRecommendedTransformers; fires on any match.
 * - bad-words: Filter with its default list; fires when isProfane.
 * - sentiment (AFINN-165): fires when the draft's total score is below zero (its own sign for negative), and,
 *   as a stricter reading, at −3 or lower (one strongly negative word such as "hate" or "kill", or several mild
 *   ones). Both thresholds were fixed before looking at any result.
 *
 * The engine is run as `npm run eval` runs it: each dev corpus record with its own school and role, the public
 * sets with school generic and role parent.
 */
import { Filter } from 'bad-words';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import Sentiment from 'sentiment';
import { checkRecord } from '../check-records';
import { DEV_CORPUS, ethosComments, hateCheckCases, readLabelledCorpus, tweetEvalSplit } from '../corpora';
import { measureLatency, type Latency } from './latency';

export interface Checker {
  name: string;
  /** How "fires" is read, for the report. */
  rule: string;
  fires(text: string, context?: { school?: string; role?: string }): boolean;
}

export const ENGINE_NAME = 'Second Thought';

function engine(): Checker {
  return {
    name: ENGINE_NAME,
    rule: 'verdict.nudge',
    fires: (text, context = {}) => {
      const checked = checkRecord({ text, ...context }, { school: 'generic', role: 'parent' }, null);
      if (!checked.ok) throw new Error(`bench: ${checked.error}`);
      return checked.row.nudge;
    },
  };
}

export function peers(): Checker[] {
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const filter = new Filter();
  const sentiment = new Sentiment();
  return [
    { name: 'obscenity', rule: 'any match (englishDataset, recommended transformers)', fires: (text) => matcher.hasMatch(text) },
    { name: 'bad-words', rule: 'isProfane (default list)', fires: (text) => filter.isProfane(text) },
    { name: 'sentiment < 0', rule: 'AFINN-165 score below 0', fires: (text) => sentiment.analyze(text).score < 0 },
    { name: 'sentiment ≤ −3', rule: 'AFINN-165 score −3 or lower', fires: (text) => sentiment.analyze(text).score <= -3 },
  ];
}

/** Fewer runs than the engine's: the peers are only compared at the median, and some are slow at length. */
const PEER_RUNS: Record<number, number> = { 280: 3_000, 2_000: 1_000, 10_000: 300, 100_000: 20 };

export interface PeerSpeed {
  name: string;
  rows: Latency[];
}

/** Each peer's latency on the same drafts, at the sizes the engine was timed at. */
export function peerSpeed(checkers: Checker[], sizes: number[]): PeerSpeed[] {
  return checkers.map((checker) => ({
    name: checker.name,
    rows: sizes.map((size) => measureLatency(size, PEER_RUNS[size] ?? 20, (text) => checker.fires(text))),
  }));
}

/** One labelled set: what each checker should do on it, and for each checker how many texts it fired on. */
export interface AccuracySet {
  name: string;
  /** `nudge`: the fired share is recall; `quiet`: it is the false-alarm rate; `info`: neither, for information. */
  should: 'nudge' | 'quiet' | 'info';
  /** PRODUCT.md §8's target for the engine, where it sets one. */
  target?: string;
  n: number;
  fired: Map<string, number>;
}

interface Item {
  text: string;
  context?: { school?: string; role?: string };
}

function labelledSets(): { name: string; should: AccuracySet['should']; target?: string; items: Item[] }[] {
  const dev = readLabelledCorpus(DEV_CORPUS);
  const devItem = (r: (typeof dev)[number]): Item => ({
    text: r.text,
    context: { ...(r.school ? { school: r.school } : {}), ...(r.role ? { role: r.role } : {}) },
  });
  const hate = hateCheckCases();
  const sentiment = tweetEvalSplit('sentiment');
  const offensive = tweetEvalSplit('offensive');
  const ethos = ethosComments();
  const texts = (split: { texts: string[]; labels: string[] }, keep: (label: string) => boolean): Item[] =>
    split.texts.filter((_, i) => keep(split.labels[i] as string)).map((text) => ({ text }));
  return [
    { name: 'dev corpus, should nudge', should: 'nudge', target: '≥ 0.95', items: dev.filter((r) => r.expect === 'nudge').map(devItem) },
    { name: 'dev corpus, should stay quiet', should: 'quiet', target: '≤ 0.03', items: dev.filter((r) => r.expect === 'quiet').map(devItem) },
    { name: 'HateCheck hateful', should: 'nudge', target: '≥ 0.90', items: hate.filter((c) => c.hateful).map(({ text }) => ({ text })) },
    {
      name: 'HateCheck non-hateful contrasts',
      should: 'quiet',
      target: '≤ 0.10',
      items: hate.filter((c) => !c.hateful).map(({ text }) => ({ text })),
    },
    { name: 'TweetEval positive/neutral', should: 'quiet', target: '≤ 0.01', items: texts(sentiment, (l) => l !== '0') },
    { name: 'TweetEval negative', should: 'info', items: texts(sentiment, (l) => l === '0') },
    { name: 'TweetEval offensive (OLID)', should: 'info', items: texts(offensive, (l) => l === '1') },
    { name: 'TweetEval not offensive (OLID)', should: 'quiet', items: texts(offensive, (l) => l === '0') },
    { name: 'ETHOS violence ≥ 0.5', should: 'nudge', items: ethos.filter((c) => c.violence >= 0.5).map(({ text }) => ({ text })) },
    { name: 'ETHOS violence < 0.5 (hate speech)', should: 'info', items: ethos.filter((c) => c.violence < 0.5).map(({ text }) => ({ text })) },
  ];
}

/** How often the engine and each peer fire on every labelled set. */
export function accuracy(checkers: Checker[]): AccuracySet[] {
  const all = [engine(), ...checkers];
  return labelledSets().map(({ items, ...set }) => ({
    ...set,
    n: items.length,
    fired: new Map(all.map((c) => [c.name, items.filter((item) => c.fires(item.text, item.context)).length])),
  }));
}
