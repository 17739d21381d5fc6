import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

const name = (c: { kind: string; name?: string }) => (c.kind === 'source' ? c.name : 'outlet');
const analysed = (text: string) => analyze(text, { meta: { publishedAt: '2024-05-10' } });
const claimantsOf = (text: string) => (analysed(text).layers.casualties ?? []).map((c) => name(c.claimant));
/** The claimants of the crowd sizes given with an estimate verb. */
const crowdClaimantsOf = (text: string) =>
  (analysed(text).layers.events ?? []).flatMap((e) => e.crowd ?? []).filter((c) => c.rule === 'crowd:estimate').map((c) => name(c.claimant));

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

test('crowd sizes follow the same rule: words between subject and verb, "as", subjects naming no one', () => {
  const rally = 'Thousands of nurses rallied outside parliament on Tuesday.';
  assert.deepEqual(crowdClaimantsOf(`${rally} The police later put the crowd at about 6,000.`), ['police']);
  assert.deepEqual(crowdClaimantsOf(`${rally} Union leaders gave the turnout as 25,000.`), ['Union leaders']);
  assert.deepEqual(crowdClaimantsOf(`${rally} Some put the crowd at 6,000.`), ['outlet']);
});
