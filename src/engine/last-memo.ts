/**
 * What the engine works out once per draft (a sentence's people, its counter-speech, the draft's rule tokens…),
 * remembered for the last draft asked about only. A WeakMap keyed by the draft would answer the same, but V8's young
 * collections keep a WeakMap's values alive while their keys are young, dead or not: every draft read since the last
 * collection was copied by it (~1.3 MB and ~1 ms a collection at 10,000 characters), then promoted to the old space.
 * One slot keeps one draft's answers; drafts read in turn (analyze.ts `analyzeInSteps`) only work theirs out again.
 */
export class LastMemo<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  get(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  set(key: K, value: V): void {
    this.key = key;
    this.value = value;
  }
}
