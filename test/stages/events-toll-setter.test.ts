import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

const claimantsOf = (text: string) =>
  (analyze(text, { meta: { publishedAt: '2024-05-10' } }).layers.casualties ?? []).map((c) => (c.claimant.kind === 'source' ? c.claimant.name : 'outlet'));

test('the subject that puts a toll at a figure claims it', () => {
  assert.deepEqual(claimantsOf('A bomb exploded in the market on Monday. Local officials put the death toll at 12.'), ['Local officials']);
  assert.deepEqual(claimantsOf('A bomb exploded in the market on Monday. The army gave the number of wounded as 8.'), ['army']);
});

test('a pronoun subject or a toll without a setting verb leaves the figure to the outlet', () => {
  assert.deepEqual(claimantsOf('A bomb exploded in the market on Monday. They put the death toll at 12.'), ['outlet']);
  assert.deepEqual(claimantsOf('A bomb exploded in the market on Monday. The death toll stood at 12.'), ['outlet']);
});

test('a toll given "as" a figure needs a verb that takes "as"', () => {
  assert.deepEqual(claimantsOf('A bomb exploded in the market on Monday. Officials put the death toll as 12.'), []);
});
