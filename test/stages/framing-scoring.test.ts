/** The framing model's fast paths give the same numbers as the slot lists training reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFromText } from '../../src/stages/framing/model/text-context.js';
import { defaultFramingModel, tokenProbabilities } from '../../src/stages/framing/model/framing-model.js';
import { hashTokens, sentenceSlots, tokenSlots } from '../../src/stages/framing/model/si-features.js';
import { SlotList } from '../../src/stages/framing/model/feature-hash.js';

const TEXT = [
  'BREAKING: Traitors in Washington allegedly sold out the "brave patriots" who defend us!',
  'Officials said on Monday that the so-called peace plan would never work, according to reports.',
  'Is this really what you want? Wake up, America!! The corrupt elite will stop at nothing.',
  '',
  'A short one.',
].join('\n');

test('token scores equal the sigmoid of the sums over sentenceSlots and tokenSlots, in list order', () => {
  const model = defaultFramingModel();
  const ctx = contextFromText(TEXT);
  const p = tokenProbabilities(model.si, ctx);
  const h = hashTokens(ctx);
  const slots = new SlotList();
  let checked = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sentence = ctx.sentences[s]!;
    slots.length = 0;
    sentenceSlots(ctx, h, s, slots);
    const shared = slots.sum(model.si.weights, model.si.bias);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      slots.length = 0;
      tokenSlots(ctx, h, i, sentence.tokenStart, sentence.tokenEnd, slots);
      assert.equal(p[i], 1 / (1 + Math.exp(-slots.sum(model.si.weights, shared))), `token ${i} (${ctx.words[i]})`);
      checked++;
    }
  }
  assert.ok(checked > 40 && ctx.sentences.length >= 4);
  // The text has cues, quotation, capitals and punctuation: the scores are not all alike.
  assert.ok(new Set(p).size > checked / 2);
});
