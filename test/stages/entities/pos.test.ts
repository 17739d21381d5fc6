/** The POS stage: Penn Treebank tags on every token, in ordinary, lower-case and ALL-CAPS text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { readFileSync } from 'node:fs';
import { tagWords } from '../../../src/stages/pos/index.js';
import { dataFile } from '../../../src/data/paths.js';
import { decodeModel } from '../../../src/stages/pos/model-file.js';
import { describeWords } from '../../../src/stages/pos/describe-words.js';
import { posHistoryKeys, posTagWordKey } from '../../../src/stages/pos/pos-features.js';
import { preparePosModel, tagIds } from '../../../src/stages/pos/tag-pos.js';

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

test('the (previous tag, word) weights kept per word type are the weight table\'s, also after the word cache is emptied', () => {
  const m = preparePosModel(decodeModel(readFileSync(dataFile('models', 'pos.bin.gz'))));
  const C = m.header.classes.length;
  const before = Array.from(tagIds(describeWords(SENTENCE), m));
  const check = (): void => {
    const s = describeWords(SENTENCE);
    m.cache.reserve(s.length);
    let kept = 0;
    for (let i = 0; i < s.length; i++) {
      const list = m.tagWords.listOf(m, m.cache.offsetOf(s.id[i]!, s.mode, s, i) / m.cache.stride, s, i);
      for (let p1 = -1; p1 < C; p1++) {
        const got = new Float32Array(C);
        const want = new Float32Array(C);
        m.tagWords.add(list, p1, got);
        m.table.add(posTagWordKey(s, i, p1), want);
        assert.deepEqual(Array.from(got), Array.from(want), `${SENTENCE[i]} after tag ${p1}`);
        if (want.some((v) => v !== 0)) kept++;
      }
    }
    assert.ok(kept > SENTENCE.length, 'the model keeps (previous tag, word) features for these words');
  };
  check();
  m.cache.reserve(1 << 20); // more than the cache holds: it is emptied
  assert.deepEqual(Array.from(tagIds(describeWords(SENTENCE), m)), before);
  check();
});

test('the tag-history rows hold the weight table\'s sums, in 16-bit integers for the committed model', () => {
  const m = preparePosModel(decodeModel(readFileSync(dataFile('models', 'pos.bin.gz'))));
  const C = m.header.classes.length;
  const T = C + 2;
  assert.ok(m.history instanceof Int16Array);
  const keys = new Uint32Array(4);
  for (let p1 = -1; p1 < C; p1 += 3) {
    for (let p2 = -2; p2 < C; p2 += 5) {
      const want = new Float32Array(C);
      const n = posHistoryKeys(p1, p2, keys);
      for (let f = 0; f < n; f++) m.table.add(keys[f]!, want);
      const at = ((p1 + 1) * T + p2 + 2) * C;
      assert.deepEqual(Array.from(m.history.subarray(at, at + C)), Array.from(want), `tags ${p1}, ${p2}`);
    }
  }
});
