/** The numbers stage: the word-number parser and the lookup from a noun. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { structureStage } from '../../src/stages/structure/index.js';
import { datesStage } from '../../src/stages/dates/index.js';
import { numbersStage } from '../../src/stages/numbers/index.js';

// Only the stages the numbers stage needs, so other stages' state cannot hide or cause a failure here.
const pipeline = createPipeline([structureStage, datesStage, numbersStage]);
import { numberBefore, numbersIn, parseNumber } from '../../src/stages/numbers/index.js';

test('parseNumber reads digits, words, multipliers and vague plurals', () => {
  const read = (s: string) => parseNumber(s.split(' '), 0);
  assert.deepEqual(read('twenty - seven people'), { value: 27, length: 3, vague: false });
  assert.deepEqual(read('3.5 million'), { value: 3_500_000, length: 2, vague: false });
  assert.deepEqual(read('two hundred thousand'), { value: 200_000, length: 3, vague: false });
  assert.deepEqual(read('one hundred and twenty'), { value: 120, length: 4, vague: false });
  assert.deepEqual(read('tens of thousands'), { value: 10_000, length: 3, vague: true });
  assert.deepEqual(read('a dozen eggs'), { value: 12, length: 2, vague: false });
  assert.equal(read('a man'), undefined);
  assert.equal(read('third'), undefined);
  assert.deepEqual(read('two three'), { value: 2, length: 1, vague: false });
});

test('numberBefore finds the figure that counts a noun, and not one from another clause', () => {
  const text = 'Strikes left five civilians dead and almost 40 injured. Officials said 12, and people fled.';
  const doc = analyze(text, { meta: { publishedAt: '2022-06-14' }, pipeline });
  assert.equal(numberBefore(doc, text.indexOf('civilians'))?.value, 5);
  assert.equal(numberBefore(doc, text.indexOf('dead'))?.value, 5);
  const injured = numberBefore(doc, text.indexOf('injured'));
  assert.deepEqual([injured?.value, injured?.qualifier, injured?.high], [40, 'almost', 39]);
  assert.equal(numberBefore(doc, text.indexOf('people')), undefined, 'a comma stands between 12 and "people"');
  assert.deepEqual(numbersIn(doc, 0, text.indexOf('.')).map((n) => n.value), [5, 40]);
});

test('numbers inside time expressions are not counts', () => {
  const doc = analyze('For three years, 200 families waited until 2021; at 5 p.m. on May 3 four buses came.', { meta: { publishedAt: '2022-06-14' }, pipeline });
  assert.deepEqual(doc.layers.numbers!.map((n) => n.text), ['200', 'four']);
});

test('count words that need company: "scores of", "a dozen"; not "test scores" or "the score"', () => {
  const doc = analyze('Test scores fell and the score was level, but scores of people and a dozen shops were hit.', { pipeline });
  assert.deepEqual(doc.layers.numbers!.map((n) => [n.text, n.value]), [['scores', 20], ['a dozen', 12]]);
});
