/**
 * Described sentences of many documents share one ring of buffers: a document described long ago
 * (its region since reused) is described afresh, never read from another document's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence, Token } from '../../../src/model/layers/structure.js';
import { describeSentence, documentWordInfos } from '../../../src/stages/pos/describe-sentence.js';

function document(words: string[]): { tokens: Token[]; sentence: Sentence } {
  let at = 0;
  const tokens = words.map((text): Token => {
    const token = { start: at, end: at + text.length, text } as Token;
    at += text.length + 1;
    return token;
  });
  return { tokens, sentence: { start: 0, end: at - 1, text: '', tokenStart: 0, tokenEnd: tokens.length } as Sentence };
}

const snapshot = (s: ReturnType<typeof describeSentence>): number[][] => [Array.from(s.word), Array.from(s.shape), Array.from(s.suf3), Array.from(s.cap)];

test('a document described again after the ring was reused reads its own words', () => {
  const first = document('Inspectors in Tartu counted nine barges .'.split(' '));
  const before = snapshot(describeSentence(first.tokens, first.sentence));
  // Far more tokens than the ring holds, in documents small enough to take their arenas from it.
  const filler = Array.from({ length: 10_000 }, (_, i) => `word${i % 97}`);
  for (let round = 0; round < 12; round++) {
    const other = document(filler);
    describeSentence(other.tokens, other.sentence);
  }
  assert.deepEqual(snapshot(describeSentence(first.tokens, first.sentence)), before);
});

test('the same sentence is described once per document', () => {
  const doc = document('Ferries left Pärnu at dawn .'.split(' '));
  assert.equal(describeSentence(doc.tokens, doc.sentence), describeSentence(doc.tokens, doc.sentence));
});

test('what is kept with a tokens array is invisible to JSON, keys and deep equality', () => {
  const doc = document('Barges reached Narva before noon .'.split(' '));
  const copy = doc.tokens.map((t) => ({ ...t }));
  describeSentence(doc.tokens, doc.sentence);
  assert.deepStrictEqual(doc.tokens, copy);
  assert.deepEqual(Object.keys(doc.tokens), Object.keys(copy));
  assert.equal(JSON.stringify(doc.tokens), JSON.stringify(copy));
  assert.deepEqual(structuredClone(doc.tokens), copy);
});

test('a frozen tokens array is described too, and once while it is the latest', () => {
  const doc = document('Ferries left Haapsalu at dusk .'.split(' '));
  const open = document('Ferries left Haapsalu at dusk .'.split(' '));
  Object.freeze(doc.tokens);
  const described = describeSentence(doc.tokens, doc.sentence);
  assert.deepEqual(snapshot(described), snapshot(describeSentence(open.tokens, open.sentence)));
  assert.equal(describeSentence(doc.tokens, doc.sentence), described);
});

test('each token has its word described, one id per word as written', () => {
  const doc = document('The ferry and the Ferry left the port .'.split(' '));
  const infos = documentWordInfos(doc.tokens);
  assert.equal(infos.length, doc.tokens.length);
  assert.equal(infos[0]!.norm, 'the');
  assert.equal(infos[3]!.id, infos[6]!.id); // "the", "the"
  assert.notEqual(infos[0]!.id, infos[3]!.id); // "The" and "the" are written differently
  assert.equal(infos[1]!.norm, infos[4]!.norm); // "ferry", "Ferry"
  assert.deepEqual(Array.from(describeSentence(doc.tokens, doc.sentence).id), infos.map((i) => i.id));
});
