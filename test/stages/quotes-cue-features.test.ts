/**
 * The cue model's features: a token's facts are cached per distinct text for speed, and the cache must
 * neither change the features (the same text in another document gets the same indices) nor keep the
 * documents it saw alive (a token's text can be a slice that shares its document's string).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Token } from '../../src/model/layers/structure.js';
import { cueFeatures, featureBuffer, prepareFeatures, type CueFeatureContext } from '../../src/stages/quotes/cue-features.js';

function context(tokens: Token[]): CueFeatureContext {
  const n = tokens.length;
  return { tokens, insideQuote: new Int32Array(n).fill(-1), opens: new Uint8Array(n), closes: new Uint8Array(n) };
}

function tokensOf(words: [string, string][]): Token[] {
  let at = 0;
  return words.map(([text, pos]) => {
    const token: Token = { start: at, end: at + text.length, text, pos, spaceBefore: at > 0 };
    at += text.length + 1;
    return token;
  });
}

test('cue features: a cached word gets the same features as on first sight, whatever its case', () => {
  const sentence: [string, string][] = [['Critics', 'NNS'], ['argued', 'VBD'], ['that', 'IN'], ['it', 'PRP'], ['failed', 'VBD'], ['.', '.']];
  const first = context(tokensOf(sentence));
  const second = context(tokensOf(sentence));
  const a = featureBuffer(), b = featureBuffer();
  for (let i = 0; i < sentence.length; i++) {
    const n = cueFeatures(first, i, 0, sentence.length, 0, a);
    assert.equal(cueFeatures(second, i, 0, sentence.length, 0, b), n);
    assert.deepEqual([...b.subarray(0, n)], [...a.subarray(0, n)]);
  }
  // "Argued" and "argued" share the word hash but not the capital flag: the counts differ by one.
  const upper = context(tokensOf([['Critics', 'NNS'], ['Argued', 'VBD'], ['that', 'IN'], ['it', 'PRP'], ['failed', 'VBD'], ['.', '.']]));
  assert.equal(cueFeatures(upper, 1, 0, 6, 0, b), cueFeatures(first, 1, 0, 6, 0, a) + 1);
  assert.equal(upper.word![1], first.word![1]);
});

test('cue features: the word cache keeps no document alive through a sliced long token', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Load the lexicons and word classes first (about 3 MB), so only the cache is measured.
  prepareFeatures(context(tokensOf([['said', 'VBD']])));
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 200; i++) {
    // A 200 KB document whose last token, a new long word, is a slice of it.
    const doc = 'filler text '.repeat(17_000) + ` Unheardofword${i}suffix`;
    const word = doc.slice(doc.lastIndexOf(' ') + 1);
    prepareFeatures(context([{ start: 0, end: word.length, text: word, pos: 'NN', spaceBefore: false }]));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  // 200 documents of 200 KB kept alive would be 40 MB.
  assert.ok(grown < 10, `heap grew by ${grown.toFixed(1)} MB`);
});
