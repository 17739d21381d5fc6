/** The framing model's fast paths give the same numbers as the slot lists training reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFromText } from '../../src/stages/framing/model/text-context.js';
import { classifySpans, defaultFramingModel, tokenProbabilities } from '../../src/stages/framing/model/framing-model.js';
import { sentenceSlots, tokenSlots } from '../../src/stages/framing/model/si-features.js';
import { hashTokens } from '../../src/stages/framing/model/si-token-hashes.js';
import { SlotList } from '../../src/stages/framing/model/feature-hash.js';
import { quantise } from '../../src/stages/framing/model/hashed-logistic.js';
import { decodeModel, encodeModel } from '../../src/stages/framing/model/model-file.js';
import { TechniqueScorer } from '../../src/stages/framing/model/technique-scorer.js';
import { scoreMultinomial, type MultinomialModel } from '../../src/stages/framing/model/logistic.js';

const TEXT = [
  'BREAKING: Traitors in Washington allegedly sold out the "brave patriots" who defend us!',
  'Officials said on Monday that the so-called peace plan would never work, according to reports.',
  'Is this really what you want? Wake up, America!! The corrupt elite will stop at nothing.',
  '',
  'A short one.',
].join('\n');

test('token scores equal the sigmoid of the sums over sentenceSlots and tokenSlots, in list order', () => {
  const model = defaultFramingModel();
  const ctx = contextFromText(TEXT, { useTagDictionary: true });
  const p = tokenProbabilities(model.si, ctx);
  const q = model.si;
  const h = hashTokens(ctx);
  const slots = new SlotList();
  let checked = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sentence = ctx.sentences[s]!;
    slots.length = 0;
    sentenceSlots(ctx, h, s, slots);
    const shared = slots.sum(q.values, 0);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      slots.length = 0;
      tokenSlots(ctx, h, i, sentence.tokenStart, sentence.tokenEnd, slots);
      const expected = 1 / (1 + Math.exp(-(model.si.bias + slots.sum(q.values, shared) / q.scale)));
      // The sums are integers, so slot lists that differ by one feature differ by a whole unit of
      // the table (1 / scale in the logit). The last bits of the probability are not what is tested:
      // the stage multiplies by 1 / scale where this divides, which may round the other way. So the
      // gap is read back as a logit (the sigmoid's slope is p (1 - p)) and must stay under half a unit.
      const logitGap = Math.abs(p[i]! - expected) / (expected * (1 - expected));
      assert.ok(logitGap < 0.5 / q.scale, `token ${i} (${ctx.words[i]}): ${p[i]} against ${expected}`);
      checked++;
    }
  }
  assert.ok(checked > 40 && ctx.sentences.length >= 4);
  // The text has cues, quotation, capitals and punctuation: the scores are not all alike.
  assert.ok(new Set(p).size > checked / 2);
});

test('the span weights are 16-bit integers within half a unit of the trained weights, and survive the model file', () => {
  const weights = Float32Array.from([0, 0.5, -1.25, 1e-3, -2e-5, 0.75]);
  const q = quantise({ bias: 0.3, weights });
  assert.equal(q.bias, 0.3);
  assert.equal(q.values[2], -32767); // the largest weight by magnitude
  weights.forEach((w, i) => assert.ok(Math.abs(q.values[i]! - w * q.scale) <= 0.5, `weight ${i}`));
  assert.ok(q.values[1]! > 0 && q.values[3]! > 0 && q.values[0] === 0);
  // The committed model, written and read back: the same integers and scale (to float rounding).
  const model = defaultFramingModel();
  const again = decodeModel(encodeModel(model));
  assert.ok(Math.abs(again.si.scale / model.si.scale - 1) < 1e-6);
  assert.deepEqual(again.si.values, model.si.values);
  assert.ok(model.si.values.some((v) => v === 32767 || v === -32767));
});

test('the technique scorer gives scoreMultinomial\'s probabilities, for float32 and double weights, each feature once per span', () => {
  const labels = ['A', 'B', 'C'];
  const names = ['w=the', 'w=brave', 'l2=the|brave', 'len=2', 'cue=val+', 'first=the'];
  const rng = (k: number): number => Math.sin(k * 12.9898) * 3;
  const double: MultinomialModel = { labels, bias: [0.1, -0.2, 0.05], weights: Object.fromEntries(names.map((n, i) => [n, labels.map((_, c) => rng(i * 3 + c + 1))])) };
  const single: MultinomialModel = { ...double, weights: Object.fromEntries(Object.entries(double.weights).map(([n, row]) => [n, row.map(Math.fround)])) };
  const spans = [
    ['w=', 'the', 'w=', 'brave', 'l2=', 'the', '|', 'brave', 'len=', '2', 'first=', 'the'],
    ['w=', 'the', 'w=', 'the', 'cue=', 'val+', 'w=', 'unseen', 'len=', '2'],
  ];
  for (const model of [double, single]) {
    const scorer = new TechniqueScorer(model);
    for (let round = 0; round < 2; round++) {
      for (const parts of spans) {
        scorer.begin();
        const features: string[] = [];
        for (let k = 0; k < parts.length; ) {
          // 'l2=' comes in four parts, the rest in two.
          const n = parts[k] === 'l2=' ? 4 : 2;
          const [a, b, c, d] = parts.slice(k, k + n) as [string, string, string?, string?];
          if (n === 4) scorer.add(a, b, c, d);
          else scorer.add(a, b);
          features.push(parts.slice(k, k + n).join(''));
          k += n;
        }
        assert.deepEqual(scorer.probabilities(), scoreMultinomial(model, features));
      }
    }
  }
});

test('classifySpans with top gives the first guesses of the full ranking', () => {
  const model = defaultFramingModel();
  const ctx = contextFromText(TEXT, { useTagDictionary: true });
  // Every sentence, every word and some pairs: spans of many kinds, a repeated one among them.
  const spans = ctx.sentences.map((s) => ({ start: s.start, end: s.end }));
  for (let i = 0; i < ctx.tokens.length; i += 3) spans.push({ start: ctx.tokens[i]!.start, end: ctx.tokens[Math.min(i + 1, ctx.tokens.length - 1)]!.end });
  spans.push(spans[0]!);
  const full = classifySpans(model, ctx, spans);
  for (const top of [1, 2, 5]) {
    const short = classifySpans(model, ctx, spans, top);
    assert.equal(short.length, spans.length);
    short.forEach((guesses, k) => assert.deepEqual(guesses, full[k]!.slice(0, top), `span ${k}, top ${top}`));
  }
  assert.ok(new Set(full.map((g) => g[0]!.technique)).size > 1, 'the spans get different first guesses');
});
