/**
 * NER's words outside names: lower-case words the training data (almost) never has in a name get no
 * emission scores and the label O (in ordinary cased text, unless a capitalised word follows); names
 * around them are still found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeWords } from '../../../src/stages/pos/describe-words.js';
import { emissions, nerContext, posHashes, tagEntities } from '../../../src/stages/entities/ner/tag-ner.js';
import { nerModel, outsideWordsFile } from '../../../src/stages/entities/ner/ner-model.js';
import { NER_LABELS } from '../../../src/stages/entities/ner/labels.js';
import { tagWords } from '../../../src/stages/pos/index.js';

test('words outside names are labelled O without scores, and names around them are still found', () => {
  const outside = new Set(outsideWordsFile().tags.O ?? []);
  const nameWords = new Set(outsideWordsFile().nameWords);
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
    const skipped = (outside.has(w) && !capital(words[i + 1])) || betweenLowerCase(words, i, nameWords);
    if (skipped) assert.deepEqual(row, [0, ...Array<number>(L - 1).fill(-Infinity)], w);
    else assert.ok(row.every(Number.isFinite), w);
  });
  const labels = Array.from(tagEntities(s, posTags, m), (l) => NER_LABELS[l]!);
  words.forEach((w, i) => { if (outside.has(w) || betweenLowerCase(words, i, nameWords)) assert.equal(labels[i], 'O', w); });
  assert.ok(words.filter((w, i) => outside.has(w) && !capital(words[i + 1])).length >= 4, 'most of the sentence is skipped');
  assert.equal(labels.slice(2, 4).join(' '), 'B-PER I-PER');
  assert.equal(labels[words.indexOf('Brussels')], 'B-LOC');
  assert.equal(labels.slice(words.indexOf('European'), words.indexOf('Union') + 1).join(' '), 'B-ORG I-ORG');
});

const capital = (w: string | undefined): boolean => w !== undefined && /\p{Lu}/u.test(w);

/** Word `i` and its neighbours have no capitals, and none of them is a name word. */
function betweenLowerCase(words: readonly string[], i: number, nameWords: ReadonlySet<string>): boolean {
  for (let j = i - 1; j <= i + 1; j++) if (capital(words[j]) || nameWords.has(words[j] ?? '')) return false;
  return true;
}

test('words without capitals between words without capitals are O unless names hold them there', () => {
  const nameWords = new Set(outsideWordsFile().nameWords);
  for (const w of ['interior', 'ministry']) assert.ok(nameWords.has(w), `${w} is a name word`);
  for (const w of nameWords) assert.doesNotMatch(w, /\p{Lu}/u, 'name words have no capitals');
  const words = 'Dozens of civilians were wounded in the strike , the interior ministry said .'.split(' ');
  const m = nerModel();
  const s = describeWords(words);
  const L = NER_LABELS.length;
  const emit = emissions(nerContext(s, posHashes(tagWords(words)), m.gazetteer), m);
  const scored = (w: string): boolean => { const i = words.lastIndexOf(w); return Array.from(emit.subarray(i * L, (i + 1) * L)).every(Number.isFinite); };
  for (const w of ['civilians', 'wounded', 'strike']) assert.ok(!scored(w), `${w} is not scored`);
  // "the" (the last one) before a name word is scored too: the tagger may start the name there.
  for (const w of ['the', 'interior', 'ministry']) assert.ok(scored(w), `${w} is scored`);
  assert.equal(tagEntities(s, tagWords(words), m).slice(words.lastIndexOf('interior'), words.lastIndexOf('ministry') + 1).reduce<string[]>((out, l) => [...out, NER_LABELS[l]!], []).join(' '), 'B-ORG I-ORG');
  assert.ok(scored('of'), 'after a capitalised word');
});

test('in a lower-cased sentence every word is scored', () => {
  const words = 'the minister said the talks were over .'.split(' ');
  const m = nerModel();
  const emit = emissions(nerContext(describeWords(words), posHashes(tagWords(words)), m.gazetteer), m);
  assert.ok(Array.from(emit.subarray(0, words.length * NER_LABELS.length)).every(Number.isFinite));
});
