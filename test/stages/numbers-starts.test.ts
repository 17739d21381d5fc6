/** The numbers stage's per-word-type table of words that can start a number (number-starts.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { structureStage } from '../../src/stages/structure/index.js';
import { datesStage } from '../../src/stages/dates/index.js';
import { numbersStage } from '../../src/stages/numbers/index.js';
import { MAY_START, mayStartNumber, NO_START, numberStart } from '../../src/stages/numbers/number-starts.js';

const pipeline = createPipeline([structureStage, datesStage, numbersStage]);

test('mayStartNumber passes digits, cardinal words and "a"/"an" in any case, and nothing else', () => {
  for (const w of ['40', '1,200', '3.5', '10-12', 'Five', 'five', 'TWENTY-SEVEN', 'Dozens', 'hundreds', 'A', 'an', 'million']) assert.equal(mayStartNumber(w), true, w);
  for (const w of ['the', 'Said', ',', '.', '“', '-', 'third', 'Fifth', 'million-strong', 'S-300', '']) assert.equal(mayStartNumber(w), false, w);
});

test('numberStart answers for the word of the id it is asked, when two ids share a slot', () => {
  const a = 2_000_000_001;
  const b = a + (1 << 13); // the same slot of the direct-mapped table
  assert.equal(numberStart(a, 'the'), NO_START);
  assert.equal(numberStart(b, 'seven'), MAY_START);
  assert.equal(numberStart(a, 'the'), NO_START);
  assert.equal(numberStart(b, 'seven'), MAY_START);
});

test('the same figures whether a word was first seen capitalised or not, and on a second reading', () => {
  const text = 'Five people died and five more were hurt. A dozen homes burned; dozens fled. Twenty-seven of them, a third, said so.';
  const values = () => (analyze(text, { meta: { publishedAt: '2022-06-14' }, pipeline }).layers.numbers ?? []).map((n) => [n.text, n.value]);
  const first = values();
  assert.deepEqual(first, [['Five', 5], ['five', 5], ['A dozen', 12], ['dozens', 12], ['Twenty-seven', 27]]);
  assert.deepEqual(values(), first);
});
