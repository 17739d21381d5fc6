/**
 * NER's words outside names: lower-case words the training data (almost) never has in a name get no
 * emission scores and the label O (in ordinary cased text, unless a capitalised word follows); names
 * around them are still found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeWords } from '../../../src/stages/pos/describe-words.js';
import { emissions, nerContext, nerModel, outsideWordsFile, posHashes, tagEntities } from '../../../src/stages/entities/ner/tag-ner.js';
import { NER_LABELS } from '../../../src/stages/entities/ner/labels.js';
import { tagWords } from '../../../src/stages/pos/index.js';

test('words outside names are labelled O without scores, and names around them are still found', () => {
  const outside = new Set(outsideWordsFile().tags.O ?? []);
  for (const w of ['said', 'was', 'talks']) assert.ok(outside.has(w), `${w} is an outside word`);
  for (const w of ['of', 'and', 'the']) assert.ok(!outside.has(w), `${w} is inside names too often`);
  for (const w of outside) assert.doesNotMatch(w, /\p{Lu}/u, 'outside words have no capitals');
  const words = 'Prime Minister Jan Kowalski said on Tuesday that talks with the European Union in Brussels were over .'.split(' ');
  const m = nerModel();
  const s = describeWords(words);
  const posTags = tagWords(words);
  const L = NER_LABELS.length;
  const emit = emissions(nerContext(s, posHashes(posTags), m.gazetteer), m);
  words.forEach((w, i) => {
    const row = Array.from(emit.subarray(i * L, (i + 1) * L));
    // An outside word before a capitalised one is scored: a name may start there ("on Tuesday" here).
    const skipped = outside.has(w) && !/^\p{Lu}/u.test(words[i + 1] ?? '');
    if (skipped) assert.deepEqual(row, [0, ...Array<number>(L - 1).fill(-Infinity)], w);
    else assert.ok(row.every(Number.isFinite), w);
  });
  const labels = Array.from(tagEntities(s, posTags, m), (l) => NER_LABELS[l]!);
  words.forEach((w, i) => { if (outside.has(w)) assert.equal(labels[i], 'O', w); });
  assert.ok(words.filter((w, i) => outside.has(w) && !/^\p{Lu}/u.test(words[i + 1] ?? '')).length >= 4, 'most of the sentence is skipped');
  assert.equal(labels.slice(2, 4).join(' '), 'B-PER I-PER');
  assert.equal(labels[words.indexOf('Brussels')], 'B-LOC');
  assert.equal(labels.slice(words.indexOf('European'), words.indexOf('Union') + 1).join(' '), 'B-ORG I-ORG');
});

test('in a lower-cased sentence every word is scored', () => {
  const words = 'the minister said the talks were over .'.split(' ');
  const m = nerModel();
  const emit = emissions(nerContext(describeWords(words), posHashes(tagWords(words)), m.gazetteer), m);
  assert.ok(Array.from(emit.subarray(0, words.length * NER_LABELS.length)).every(Number.isFinite));
});
