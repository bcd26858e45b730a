/**
 * The learned model: its file format, its determinism, its size, and what a parent would see of it — look-alikes
 * kept quiet, plain breaches in words no rule lists caught, and every finding pointing at words.
 */
import { describe, it, expect, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { analyzeDraft } from '../../src/engine';
import type { Category, Role, Verdict } from '../../src/engine';
import { bundledModel, installBundledModel } from '../../src/engine/model/bundled';
import { BUCKETS, chunks, forEachDistinct, sameSentence, tokenize } from '../../src/engine/model/features';
import { buildContext } from '../../src/engine/context';
import { normalise } from '../../src/engine/normalise';
import type { RuleEvidence } from '../../src/engine/model/features';
import { keepChunk, readFirstStage, tokenWeights } from '../../src/engine/model/first-stage';
import { weightiest } from '../../src/engine/model/quote';
import { prepare } from '../../src/engine/analyze';
import { accumulate, decodeModel, encodeModel, finish, logits, rowOf, wordsAt, weightOf } from '../../src/engine/model/model';
import type { Model } from '../../src/engine/model/model';
import type { ModelHeader } from '../../src/engine/model/model';
import { INPUT_SCALE, stackForward, stackWidth } from '../../src/engine/model/stack';
import type { Stack } from '../../src/engine/model/stack';
import { CATEGORIES } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';
import { fit } from '../../scripts/train/fit';
import type { Example } from '../../scripts/train/fit';
import { fitStack } from '../../scripts/train/stack-fit';
import type { StackExample } from '../../scripts/train/stack-fit';
import { loadModelFile, readModelFile, withHeader } from '../../scripts/model-file';

function check(text: string, school = 'generic', role: Role = 'parent', model?: null): Verdict {
  const pack = getBundledPack(school);
  if (!pack) throw new Error(`no pack ${school}`);
  return analyzeDraft(text, { role, pack, model });
}

const header = (labels: Category[]): ModelHeader => ({
  format: 6,
  labels,
  bits: Math.log2(BUCKETS),
  bias: labels.map(() => -1),
  scale: labels.map(() => 0.5),
  thresholds: labels.map(() => 0.5),
  solo: labels.map(() => 2),
  direct: [],
  trainedOn: {},
});

/** The weights a model holds for these buckets, label by label, in the units they were written in (scale 0.5). */
const stored = (model: Model, buckets: number[]): number[] => buckets.flatMap((b) => model.labels.map((_, l) => weightOf(model, b, l) / 0.5));

describe('model file', () => {
  it('reads back what was written: the same weights give the same log-odds', () => {
    const h = header(['threat', 'hate']);
    const model = decodeModel(encodeModel(h, Int32Array.from([3, 700, BUCKETS - 1]), Int8Array.from([10, -4, 0, 127, -127, 1])));
    expect(Array.from(logits(model, [3]))).toEqual([-1 + 5, -1 - 2]);
    expect(Array.from(logits(model, [700, BUCKETS - 1]))).toEqual([-1 + 0 - 63.5, -1 + 63.5 + 0.5]);
    expect(Array.from(logits(model, [4, 5]))).toEqual([-1, -1]);
  });

  it('takes new thresholds in place of the old with the weights untouched (npm run train -- --thresholds-for)', () => {
    const h = header(['threat', 'hate']);
    const bytes = encodeModel(h, Int32Array.from([3, 700]), Int8Array.from([10, -4, 0, 127]));
    const again = decodeModel(withHeader(bytes, { ...h, thresholds: [0.3, 0.7], solo: [0.9, 1.01] }));
    expect(again.header.thresholds).toEqual([0.3, 0.7]);
    expect(Array.from(again.thresholds)).toEqual([Math.fround(0.3), Math.fround(0.7)]);
    expect(again.header.solo).toEqual([0.9, 1.01]);
    expect(Array.from(logits(again, [3, 700]))).toEqual(Array.from(logits(decodeModel(bytes), [3, 700])));
  });

  it('refuses a file that is not a model, or is cut short, with a clear error', () => {
    expect(() => decodeModel(new TextEncoder().encode('PK\u0003\u0004 not a model at all'))).toThrow(/not a Second Thought model/);
    const whole = encodeModel(header(['threat']), Int32Array.from([1, 2]), Int8Array.from([5, 6]));
    // The file ends with the second stage's six bytes of sizes (here: none), after the weights' codes.
    expect(() => decodeModel(whole.subarray(0, whole.length - 1))).toThrow(/second stage: its sizes run past the end/);
    expect(() => decodeModel(whole.subarray(0, whole.length - 7))).toThrow(/weights run past the end/);
    expect(() => decodeModel(Uint8Array.from([...whole, 0]))).toThrow(/1 bytes left over/);
    // The byte before them holds the two weights' codes (levels 0 and 1 of two); a code past the label's levels is refused.
    const badCode = Uint8Array.from(whole);
    badCode[badCode.length - 7] = 0xf0;
    expect(() => decodeModel(badCode)).toThrow(/a weight of label 0 uses level 15, the label has 2/);
    // Cut inside the bucket map (after the header and the count), or with a map that holds more buckets than the
    // count says: refused, not read.
    const map = 8 + new DataView(whole.buffer).getUint32(4, true) + 4;
    expect(() => decodeModel(whole.subarray(0, map + 100))).toThrow(/bucket map runs past the end/);
    const extra = Uint8Array.from(whole);
    extra[map + 1] = 0x01;
    expect(() => decodeModel(extra)).toThrow(/the bucket map holds 3 buckets, the file says 2/);
  });

  it('stores only the weights that are not zero, and reads zeros back where none was stored', () => {
    const labels: Category[] = ['threat', 'hate', 'abuse'];
    const weights = Int8Array.from([0, 0, 0, 0, -9, 0, 1, 2, 3]);
    const bytes = encodeModel(header(labels), Int32Array.from([5, 6, 90_000]), weights);
    const dense = encodeModel(header(labels), Int32Array.from([5, 6, 90_000]), Int8Array.from([1, 1, 1, 1, -9, 1, 1, 2, 3]));
    // Five more weights: half a byte each (three bytes, the last half-filled), and two more levels of one byte each.
    expect(dense.length - bytes.length).toBe(3 + 2);
    const model = decodeModel(bytes);
    expect(stored(model, [5, 6, 90_000])).toEqual(Array.from(weights));
    // Its third row, stored plus one (0 is "no weight").
    expect(model.rows[90_000]).toBe(3);
  });

  it('finds every bucket\'s row in the small index as in the bucket table, and refuses to write a bucket twice or out of order', () => {
    const model = bundledModel();
    if (!model) throw new Error('no bundled model');
    let found = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const row = rowOf(model.index, bucket);
      if (row !== (model.rows[bucket] as number) - 1) throw new Error(`bucket ${bucket}: row ${row}, the table says ${(model.rows[bucket] as number) - 1}`);
      if (row >= 0) found++;
    }
    expect(found).toBe(model.masks.length);
    // Buckets at a word's first and last bit, and the table's last bucket.
    const edges = decodeModel(encodeModel(header(['threat']), Int32Array.from([0, 31, 32, 63, BUCKETS - 1]), Int8Array.from([1, 2, 3, 4, 5])));
    expect([0, 1, 31, 32, 63, 64, BUCKETS - 1].map((b) => rowOf(edges.index, b))).toEqual([0, -1, 1, 2, 3, -1, 4]);
    expect(() => encodeModel(header(['threat']), Int32Array.from([7, 7]), Int8Array.from([1, 2]))).toThrow(/buckets must ascend, each once/);
    expect(() => encodeModel(header(['threat']), Int32Array.from([9, 7]), Int8Array.from([1, 2]))).toThrow(/buckets must ascend, each once/);
    expect(() => encodeModel(header(['threat']), Int32Array.from([BUCKETS]), Int8Array.from([1]))).toThrow(/buckets must ascend, each once/);
  });

  it("reads the file's little-endian words from any offset, swapping their bytes on a processor that stores numbers high byte first", () => {
    // Little-endian 0x00000001 and 0x80000000, after one byte that is not part of them.
    const bytes = Uint8Array.from([9, 0x01, 0, 0, 0, 0, 0, 0, 0x80]);
    for (const littleEndian of [true, false]) {
      if (littleEndian) expect([...wordsAt(bytes, 1, 2)]).toEqual([1, -0x80000000]);
      expect([...wordsAt(bytes, 1, 2, littleEndian)]).toEqual(littleEndian ? [1, -0x80000000] : [0x01000000, 0x80]);
    }
  });

  it('refuses a file whose bucket weighs on a label the model does not have', () => {
    const file = encodeModel(header(['threat']), Int32Array.from([5]), Int8Array.from([1]));
    const masksAt = 8 + new DataView(file.buffer).getUint32(4, true) + 4 + BUCKETS / 8;
    expect(file[masksAt]).toBe(1);
    file[masksAt] = 0b101;
    expect(() => decodeModel(file)).toThrow('model file: a bucket weighs on label 2, the model has 1');
  });

  it('stores each weight as one of at most 16 levels of its label, and refuses a label with more', () => {
    const many = Int8Array.from({ length: 17 }, (_, i) => i - 8 || 9);
    const sixteen = Int8Array.from({ length: 17 }, (_, i) => (i - 8 || 9) % 8 || 5);
    const buckets = Int32Array.from({ length: 17 }, (_, i) => i * 3);
    expect(() => encodeModel(header(['threat']), buckets, many)).toThrow(/label threat has 17 distinct weights, at most 16 fit/);
    const model = decodeModel(encodeModel(header(['threat']), buckets, sixteen));
    expect(stored(model, Array.from(buckets))).toEqual(Array.from(sixteen));
  });

  it('carries the second stage, read back within int8 rounding, and refuses one that does not fit the model', () => {
    const labels: Category[] = ['threat', 'hate'];
    const I = stackWidth(labels.length);
    const H = 3;
    const stack: Stack = {
      inputs: I,
      hidden: H,
      outputs: 2,
      w1: Float32Array.from({ length: H * I }, (_, i) => Math.sin(i) / 2),
      b1: Float32Array.from([0.1, -0.2, 0.3]),
      w2: Float32Array.from({ length: 2 * H }, (_, i) => Math.cos(i)),
      b2: Float32Array.from([-0.5, 0.25]),
    };
    const bytes = encodeModel(header(labels), Int32Array.from([1]), Int8Array.from([5, 6]), stack);
    const back = decodeModel(bytes).stack as Stack;
    expect([back.inputs, back.hidden, back.outputs]).toEqual([I, H, 2]);
    expect(Array.from(back.b2)).toEqual([-0.5, 0.25]);
    for (let i = 0; i < H * I; i++) expect(Math.abs((back.w1[i] as number) - (stack.w1[i] as number))).toBeLessThanOrEqual(0.5 / 254 + 1e-6);
    const x = Float32Array.from({ length: I }, (_, i) => (i % 3) - 1);
    const [p0, p1] = stackForward(back, x);
    const [q0, q1] = stackForward(stack, x);
    expect(Math.abs((p0 as number) - (q0 as number))).toBeLessThan(0.02);
    expect(Math.abs((p1 as number) - (q1 as number))).toBeLessThan(0.02);
    expect(() => encodeModel(header(['threat']), Int32Array.from([1]), Int8Array.from([5]), stack)).toThrow(/does not fit 1 labels/);
    // A second stage written for another engine (more inputs than this one gives) is refused when read.
    const wide = encodeModel(header(labels), Int32Array.from([1]), Int8Array.from([5, 6]), { ...stack, inputs: I + 1, w1: new Float32Array(H * (I + 1)) });
    expect(() => decodeModel(wide)).toThrow(new RegExp(`second stage: reads ${I + 1} inputs, the engine gives it ${I}`));
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/second stage: its weights run past the end/);
  });

  it('says so, rather than judging by less, when asked for a verdict before the model is installed', async () => {
    vi.resetModules();
    const fresh = await import('../../src/engine');
    const pack = getBundledPack('generic');
    if (!pack) throw new Error('no generic pack');
    expect(() => fresh.analyzeDraft('The head is a useless idiot.', { role: 'parent', pack })).toThrow(/model file was not loaded/);
    vi.resetModules();
  });

  it('is installed before any verdict, and refuses bytes that are not a model', () => {
    try {
      installBundledModel(null);
      // No model at all: the rules alone judge.
      expect(check('The head is a useless idiot.').nudge).toBe(true);
      expect(() => installBundledModel(Uint8Array.from([1, 2, 3]))).toThrow(/not a Second Thought model/);
    } finally {
      loadModelFile();
    }
    expect(bundledModel()?.labels).toEqual([...CATEGORIES, 'nudge']);
  });

  it('ships within 250 KB gzipped, one output per category', () => {
    const bytes = readModelFile();
    expect(bytes).not.toBeNull();
    expect(gzipSync(bytes as Uint8Array, { level: 9 }).length).toBeLessThanOrEqual(250_000);
    const model = bundledModel();
    expect(model?.labels).toEqual([...CATEGORIES, 'nudge']);
    expect(model?.header.trainedOn).toHaveProperty('corpus');
  });
});

describe('reading a draft', () => {
  // What one range of tokens scores read on its own: the way training reads a draft.
  const alone = (model: Model, p: ReturnType<typeof prepare>, role: Role, from: number, to: number): Float32Array => {
    const sums = new Float32Array(model.labels.length);
    forEachDistinct(p, role, (bucket) => accumulate(model, sums, bucket), from, to);
    return finish(model, sums);
  };

  it('reads a draft with a token at every character, past the room it starts with, as it reads prose', () => {
    const pack = getBundledPack('generic');
    if (!pack) throw new Error('no pack generic');
    // Three hundred symbols in one sentence, no two alike side by side: a token each (prose has one per five or so).
    const tokens = tokenize(buildContext(normalise('?,'.repeat(150)), pack, 'parent'));
    expect(tokens.count).toBe(300);
    for (let i = 0; i < 300; i++) {
      expect([tokens.start[i], tokens.end[i], tokens.sentence[i], tokens.hash[i]]).toEqual([i, i + 1, 0, tokens.hash[i % 2]]);
    }
    expect(tokens.hash[0]).not.toBe(tokens.hash[1]);
  });

  it('scores each chunk and each sentence in one reading exactly as reading each alone, a chunk cut mid-sentence included', () => {
    const model = bundledModel();
    const pack = getBundledPack('bexton');
    if (!model || !pack) throw new Error('no model or pack');
    const drafts = [
      '',
      'The head at Bexton is a disgrace and I will be waiting for him.',
      'Lovely sports day. The head at Bexton is a disgrace! Mr Jones said he would sort it? He never does.',
      // Sentences of about 100 tokens, then runs of symbols with no sentence end in reach: a chunk ends inside one.
      `${`${'teachers '.repeat(100)}end.\n`.repeat(3)}so ${'x)'.repeat(400)} I will wait for him after school. Useless.`,
      // Runs of a few tokens repeated, across chunks and sentences (the reading passes over a repeat's features).
      `${'.?'.repeat(700)}x I will kill him ${'@$!1|#*'.repeat(150)} kill kill kill kill. ${'I hate him. '.repeat(80)}`,
      // Pairs met again after another word: the same pair, not the same triple.
      'Our head: never at the gate, never answers, never wrong. What a coward.',
    ];
    for (const text of drafts) {
      for (const role of ['parent', 'staff'] as const) {
        const p = prepare(text, { role, pack });
        const read = readFirstStage(model, p, role);
        const ranges = chunks(p.tokens);
        expect(read.ranges).toEqual(ranges);
        const best = new Float32Array(model.labels.length).fill(-Infinity);
        const bestChunk = new Int32Array(model.labels.length);
        ranges.forEach(([from, to], r) =>
          alone(model, p, role, from, to).forEach((z, l) => {
            if (z > (best[l] as number)) {
              best[l] = z;
              bestChunk[l] = r;
            }
          }),
        );
        expect(Array.from(read.z), text.slice(0, 40)).toEqual(Array.from(best));
        // The chunk whose words a finding highlights.
        expect(Array.from(read.chunk), text.slice(0, 40)).toEqual(Array.from(bestChunk));
        const sentenceBest = new Float32Array(model.labels.length).fill(-Infinity);
        let sentences = 0;
        for (let from = 0; from < p.tokens.count; sentences++) {
          let to = from + 1;
          while (to < p.tokens.count && p.tokens.sentence[to] === p.tokens.sentence[from]) to++;
          alone(model, p, role, from, to).forEach((z, l) => (sentenceBest[l] = Math.max(sentenceBest[l] as number, z)));
          from = to;
        }
        expect(read.sentences, text.slice(0, 40)).toBe(sentences);
        // A draft with no words stands for its own strongest sentence.
        expect(Array.from(read.sentenceBest), text.slice(0, 40)).toEqual(Array.from(sentences === 0 ? best : sentenceBest));
      }
    }
    // The long draft really is cut inside a sentence.
    const long = prepare(drafts[3] as string, { role: 'parent', pack });
    expect(chunks(long.tokens).some(([, to]) => to < long.tokens.count && long.tokens.sentence[to] === long.tokens.sentence[to - 1])).toBe(true);
  });

  it('reads a sentence met again as the same only when its words, its notes and its rules\' evidence are the same', () => {
    const pack = getBundledPack('bexton');
    if (!pack) throw new Error('no pack');
    const p = prepare('I hate him. I hate him. I hate her.', { role: 'parent', pack });
    expect(p.tokens.count).toBe(12);
    const hit = (ruleId: string, start: number): RuleEvidence => ({ ruleId, category: 'abuse', start, end: start + 4 });
    const read = (evidence: RuleEvidence[]) => ({ ...p, evidence });
    expect(sameSentence(read([]), 0, 4, 4)).toBe(true);
    expect(sameSentence(read([]), 4, 8, 4)).toBe(false);
    // "hate" in the first, in the second, in both.
    expect(sameSentence(read([hit('a', 2)]), 0, 4, 4)).toBe(false);
    expect(sameSentence(read([hit('a', 14)]), 0, 4, 4)).toBe(false);
    expect(sameSentence(read([hit('a', 2), hit('a', 14)]), 0, 4, 4)).toBe(true);
    expect(sameSentence(read([hit('a', 2), hit('b', 14)]), 0, 4, 4)).toBe(false);
    expect(sameSentence(read([hit('a', 2), hit('b', 2), hit('a', 14), hit('b', 14)]), 0, 4, 4)).toBe(true);
    expect(sameSentence(read([hit('a', 2), hit('b', 2), hit('b', 14), hit('a', 14)]), 0, 4, 4)).toBe(false);
  });

  it('points at the same words from the rows the reading kept as from reading the draft again, and reads again for any other reading', () => {
    const model = bundledModel();
    const pack = getBundledPack('bexton');
    if (!model || !pack) throw new Error('no model or pack');
    const drafts = [
      'The head at Bexton is a disgrace and I will be waiting for him.',
      'Lovely sports day. Mr Jones is useless, he shouted at the kids again! Somebody should sort him out.',
      'my lad got a detention for nothing, the office never answer the phone',
    ];
    for (const text of drafts) {
      const p = prepare(text, { role: 'parent', pack });
      const first = readFirstStage(model, p, 'parent');
      expect(first.ranges).toHaveLength(1);
      const [from, to] = first.ranges[0] as [number, number];
      for (let l = 0; l < model.labels.length; l++) {
        const kept = tokenWeights(model, first, l, from, to);
        expect(kept, text).not.toBeNull();
        expect(weightiest(model, p, 'parent', l, from, to, first), `${text} / ${model.labels[l]}`).toEqual(weightiest(model, p, 'parent', l, from, to));
        const again = new Float32Array(to - from);
        forEachDistinct(p, 'parent', (bucket, token) => {
          if (token >= from && token < to) again[token - from] = (again[token - from] as number) + weightOf(model, bucket, l);
        }, from, to);
        expect(Array.from(kept as Float32Array)).toEqual(Array.from(again));
      }
    }
    // A reading that is not the latest, or a range that is not its chunk, is not answered from kept rows.
    const p = prepare(drafts[0] as string, { role: 'parent', pack });
    const older = readFirstStage(model, p, 'parent');
    readFirstStage(model, prepare(drafts[1] as string, { role: 'parent', pack }), 'parent');
    expect(tokenWeights(model, older, 0, 0, p.tokens.count)).toBeNull();
    const latest = readFirstStage(model, p, 'parent');
    expect(tokenWeights(model, latest, 0, 1, p.tokens.count)).toBeNull();
  });

  it("points at the same words from a long draft's chunks, kept as read or read again once, for every label, as from reading them again per label", () => {
    const model = bundledModel();
    const pack = getBundledPack('bexton');
    if (!model || !pack) throw new Error('no model or pack');
    const sentences = [
      'The head at Bexton is a disgrace and I will be waiting for him.',
      'Lovely sports day, well done to all the staff.',
      'Mr Jones is useless, he shouted at the kids again! Somebody should sort him out',
      'my lad got a detention for nothing, the office never answer the phone',
      'those people moving in are ruining the area and should go back',
    ];
    // A few chunks (about 10,000 characters), kept as the reading meets them; many, each read again when asked for.
    for (const count of [160, 800]) {
      const text = Array.from({ length: count }, (_, i) => sentences[(i * 7) % sentences.length]).join(' ');
      for (const role of ['parent', 'staff'] as const) {
        const p = prepare(text, { role, pack });
        const first = readFirstStage(model, p, role);
        expect(first.ranges.length).toBeGreaterThan(count === 160 ? 2 : 8);
        for (const [from, to] of first.ranges) {
          if (count === 160) expect(tokenWeights(model, first, 0, from, to)).not.toBeNull();
          else {
            expect(tokenWeights(model, first, 0, from, to)).toBeNull();
            keepChunk(model, first, p, role, from, to);
          }
          for (let l = 0; l < model.labels.length; l++) {
            const again = new Float32Array(to - from);
            forEachDistinct(p, role, (bucket, token) => {
              if (token >= from && token < to) again[token - from] = (again[token - from] as number) + weightOf(model, bucket, l);
            }, from, to);
            expect(Array.from(tokenWeights(model, first, l, from, to) as Float32Array)).toEqual(Array.from(again));
            expect(weightiest(model, p, role, l, from, to, first)).toEqual(weightiest(model, p, role, l, from, to));
          }
        }
        // Another reading since: its chunks are not kept, and are not read again.
        readFirstStage(model, prepare(sentences[0] as string, { role, pack }), role);
        const [from, to] = first.ranges[1] as [number, number];
        keepChunk(model, first, p, role, from, to);
        expect(tokenWeights(model, first, 0, from, to)).toBeNull();
      }
    }
  });
});

describe('training', () => {
  const examples: Example[] = Array.from({ length: 60 }, (_, i) => ({
    buckets: Int32Array.from([i % 2 === 0 ? 11 : 12, 100 + (i % 7)]),
    y: Uint8Array.from([i % 2 === 0 ? 1 : 0]),
    mask: Uint8Array.from([1]),
    weight: 1,
  }));
  const options = { labels: 1, buckets: 256, epochs: 5, alpha: 0.1, beta: 1, l1: 0.01, l2: 0.1 };

  it('is deterministic for a seed and learns which feature marks the positives', () => {
    const a = fit(examples, { ...options, seed: 3 });
    const b = fit(examples, { ...options, seed: 3 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.weights[11]).toBeGreaterThan(0.5);
    expect(a.weights[12]).toBeLessThan(-0.5);
  });

  it('learns nothing about a label from examples that do not speak for it', () => {
    const masked = examples.map((e) => ({ ...e, mask: Uint8Array.from([0]) }));
    const fitted = fit(masked, { ...options, seed: 3 });
    expect(Array.from(fitted.weights).every((w) => w === 0)).toBe(true);
  });

  it('fits a second stage that learns what no sum of weights can (either sign, not both), the same for a seed', () => {
    // "Either a or b, not both": no single weighting of a and b separates it; one hidden layer does.
    const xor: StackExample[] = Array.from({ length: 400 }, (_, i) => {
      const a = i % 2;
      const b = (i >> 1) % 2;
      // The first three inputs stand for the first stage's log-odds, which pass straight through: here none.
      return { x: Float32Array.from([0, 0, 0, a, b]), y: Uint8Array.from([a ^ b, 1, 0]), mask: Uint8Array.from([1, 1, 0]), weight: 1 };
    });
    const settings = { hidden: 8, epochs: 60, batch: 16, rate: 0.02, decay: 0, seed: 5 };
    const stack = fitStack(xor, settings);
    for (const [a, b] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
      const [p] = stackForward(stack, [0, 0, 0, a, b]);
      expect(Math.round(p as number)).toBe(a ^ b);
    }
    expect(Array.from(fitStack(xor, settings).w1)).toEqual(Array.from(stack.w1));
    // The third output was never spoken for: it stays where it began (its bias at zero, so a half).
    expect(stack.b2[2]).toBe(0);
    expect(() => fitStack(xor.map((e) => ({ ...e, x: e.x.subarray(0, 2) })), settings)).toThrow(/2 inputs cannot carry 3 outputs/);
  });

  it("weighs a label's positives by positiveWeight: 1 changes nothing, more ranks an ambiguous input's positive higher", () => {
    // One input seen as a positive once and a negative three times: unweighted, about a quarter.
    const seen = [1, 0, 0, 0].map((y) => ({ x: Float32Array.from([0, 1]), y: Uint8Array.from([y]), mask: Uint8Array.from([1]), weight: 1 }));
    const settings = { hidden: 4, epochs: 200, batch: 4, rate: 0.05, decay: 0, seed: 3 };
    const plain = fitStack(seen, settings);
    expect(Array.from(fitStack(seen, { ...settings, positiveWeight: Float32Array.from([1]) }).w2)).toEqual(Array.from(plain.w2));
    const [before] = stackForward(plain, [0, 1]);
    const [after] = stackForward(fitStack(seen, { ...settings, positiveWeight: Float32Array.from([3]) }), [0, 1]);
    expect(before as number).toBeCloseTo(0.25, 1);
    expect(after as number).toBeCloseTo(0.5, 1);
  });

  it("corrects the first stage rather than replacing it: a second stage that adds nothing gives the first stage's probabilities", () => {
    const labels: Category[] = ['threat', 'hate'];
    const I = stackWidth(labels.length);
    const H = 2;
    const silent: Stack = { inputs: I, hidden: H, outputs: 2, w1: new Float32Array(H * I).fill(1), b1: new Float32Array(H), w2: new Float32Array(2 * H), b2: new Float32Array(2) };
    // The first stage's log-odds, as stackInputs gives them (divided by INPUT_SCALE): 2 and -1.
    const x = new Float32Array(I);
    x[0] = 2 / INPUT_SCALE;
    x[1] = -1 / INPUT_SCALE;
    const [threat, hate] = stackForward(silent, x);
    expect(threat).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(hate).toBeCloseTo(1 / (1 + Math.exp(1)), 6);
  });
});

describe('judging meaning', () => {
  it("stays quiet for a pack that does not check what the draft is most likely about, rather than naming the next likeliest thing", () => {
    const photos = 'I took loads of photos of the kids at the Bexton disco, will post them all here tonight';
    const bexton = getBundledPack('bexton');
    if (!bexton) throw new Error('no bexton pack');
    expect(analyzeDraft(photos, { role: 'parent', pack: bexton }).categories).toEqual(['photo']);
    const noPhotos = { ...bexton, rules: { ...bexton.rules, photo: { ...bexton.rules.photo, enabled: false } } } as typeof bexton;
    expect(analyzeDraft(photos, { role: 'parent', pack: noPhotos }).nudge).toBe(false);
  });

  it('keeps exasperation with one\'s own child, idioms and other organisations quiet', () => {
    expect(check("I'm going to kill him, he's drawn all over the sofa again").nudge).toBe(false);
    expect(check("My four-year-old just told her brother 'I'm going to kill you' over a purple crayon").nudge).toBe(false);
    expect(check('This maths homework is killing me, year 6 fractions are brutal').nudge).toBe(false);
    expect(check('The council have left the bins for three weeks now. Absolute disgrace.').nudge).toBe(false);
    expect(check('Shout out to Sue the lollipop lady, out in the rain every morning with a smile. A legend.').nudge).toBe(false);
  });

  it('nudges plain threats in words no rule lists, and points at the words that weighed most', () => {
    // "I'll stab Mr Jones" is in a rule's words now (threat.harm-staff); doing time for him is not.
    for (const text of ["i swear i'll do time for mr jones if he touches my son again", 'that teacher wants shooting']) {
      expect(check(text, 'generic', 'parent', null).nudge, text).toBe(false);
      const verdict = check(text);
      const found = verdict.findings.filter((f) => f.category === 'threat');
      expect(found.map((f) => f.ruleId), text).toEqual(['model.threat']);
      for (const f of found) expect(text.slice(f.span.start, f.span.end), text).toMatch(/do time|teacher wants/);
    }
  });

  it('gives every finding words to point at and the pack\'s clause, for the model\'s findings too', () => {
    const text = "Honestly the way Northwick treats SEN kids is shocking, three emails and still no reply from anyone. Does anyone there even care?";
    const verdict = check(text, 'northwick');
    expect(verdict.nudge).toBe(true);
    for (const f of verdict.findings) {
      expect(f.span.start).toBeGreaterThanOrEqual(0);
      expect(f.span.end).toBeLessThanOrEqual(text.length);
      expect(f.span.end).toBeGreaterThan(f.span.start);
      expect(f.source).toContain('Northwick');
    }
  });
});
