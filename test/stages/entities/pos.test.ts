/** The POS stage: Penn Treebank tags on every token, in ordinary, lower-case and ALL-CAPS text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { tagWords } from '../../../src/stages/pos/index.js';

const SENTENCE = 'The mayor of Ostrava said on Friday that the new bridge would open in two weeks .'.split(' ');
const EXPECTED = ['DT', 'NN', 'IN', 'NNP', 'VBD', 'IN', 'NNP', 'IN', 'DT', 'JJ', 'NN', 'MD', 'VB', 'IN', 'CD', 'NNS', '.'];

function agreement(tags: string[]): number {
  return tags.filter((t, i) => t === EXPECTED[i]).length / EXPECTED.length;
}

test('tags an ordinary sentence', () => {
  assert.ok(agreement(tagWords(SENTENCE)) >= 0.9, tagWords(SENTENCE).join(' '));
});

test('keeps working on lower-case and ALL-CAPS text', () => {
  const lower = tagWords(SENTENCE.map((w) => w.toLowerCase()));
  const upper = tagWords(SENTENCE.map((w) => w.toUpperCase()));
  assert.ok(agreement(lower) >= 0.85, lower.join(' '));
  assert.ok(agreement(upper) >= 0.85, upper.join(' '));
  // Function words do not turn into proper nouns in capitals.
  assert.equal(upper[0], 'DT');
  assert.equal(upper[12], 'VB');
});

test('the pipeline sets a tag on every token', () => {
  const doc = analyze('Officials in Tallinn denied the report. They said it was false.');
  const tokens = doc.layers.tokens ?? [];
  assert.ok(tokens.length > 0);
  for (const t of tokens) assert.match(t.pos ?? '', /^[A-Z$(),.:"'`#]+$/, `${t.text} has no tag`);
  assert.equal(tokens.find((t) => t.text === 'denied')?.pos, 'VBD');
  assert.equal(tokens.find((t) => t.text === 'They')?.pos, 'PRP');
});
