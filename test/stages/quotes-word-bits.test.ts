/**
 * The quote rules' word classes as bits (word-classes.ts `wordBits`, kept per token by prepareFeatures
 * for `bitsAt`) must say what the sets say, token by token, for the document the stage analysed and for
 * any other token array; and the scene's quotation marks (quote-scene.ts `TokenMarks`) must read as the
 * Map they replaced.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { cueLexicon } from '../../src/stages/quotes/cue-lexicon.js';
import { TokenMarks } from '../../src/stages/quotes/quote-scene.js';
import {
  ANONYMITY_WORDS, ASIDE_DASHES, AUXILIARIES, CLAUSE_BOUNDARIES, CLAUSE_BREAKERS, CLOSING_MARKS, CONJUNCTIONS, MODALS, NEGATORS, OPENING_MARKS, RELATIVE_PRONOUNS, SENTENCE_END, SUBORDINATORS,
  SUBORDINATOR_LEADS, VERB_GROUP_ADVERBS, W_ADVERB, W_ANONYMITY, W_ASIDE_DASH, W_AUXILIARY, W_CLAUSE_BOUNDARY, W_CLAUSE_BREAKER, W_CONJUNCTION, W_LY, W_MODAL, W_NEGATOR, W_QUOTE_MARK,
  W_RELATIVE, W_REPORTING_VERB, W_SENTENCE_END, W_SUBORDINATOR, W_SUBORDINATOR_LEAD, W_VERB_GROUP_ADVERB,
  bitsAt, lowerWord,
} from '../../src/stages/quotes/word-classes.js';

/** The bits a word should have, each from its own set. */
function expected(w: string): number {
  const adverb = VERB_GROUP_ADVERBS.has(w) || (w.endsWith('ly') && w.length > 4 && w !== 'only');
  return (AUXILIARIES.has(w) ? W_AUXILIARY : 0) | (NEGATORS.has(w) ? W_NEGATOR : 0) | (VERB_GROUP_ADVERBS.has(w) ? W_VERB_GROUP_ADVERB : 0) |
    (adverb ? W_ADVERB : 0) | (w.endsWith('ly') ? W_LY : 0) | (CLAUSE_BOUNDARIES.has(w) ? W_CLAUSE_BOUNDARY : 0) | (SENTENCE_END.has(w) ? W_SENTENCE_END : 0) |
    (CONJUNCTIONS.has(w) ? W_CONJUNCTION : 0) | (RELATIVE_PRONOUNS.has(w) ? W_RELATIVE : 0) | (MODALS.has(w) ? W_MODAL : 0) |
    (CLAUSE_BREAKERS.has(w) ? W_CLAUSE_BREAKER : 0) | (cueLexicon().verbs.has(w) ? W_REPORTING_VERB : 0) |
    (OPENING_MARKS.has(w) || CLOSING_MARKS.has(w) ? W_QUOTE_MARK : 0) | (SUBORDINATORS.has(w) ? W_SUBORDINATOR : 0) |
    (SUBORDINATOR_LEADS.has(w) ? W_SUBORDINATOR_LEAD : 0) | (ANONYMITY_WORDS.has(w) ? W_ANONYMITY : 0) | (ASIDE_DASHES.has(w) ? W_ASIDE_DASH : 0);
}

const TEXT =
  'The mayor, who has repeatedly CLAIMED the fire was an accident, said on Monday that it “would not happen again”. ' +
  'Will Hayes, a resident, could not be reached. “It’s simply wrong,” Hayes later told reporters, and officials declined to comment… ' +
  'Firefighters — who arrived quickly — did not confirm whether anyone was hurt or whose home burned, even as an official who asked not to be Named said ‘dozens’ were. ' +
  'An aide, speaking anonymously, said so while others waited.';

test('quotes: the kept word bits of the analysed document match the sets, token by token', () => {
  const doc = analyze(TEXT, { meta: { publishedAt: '2024-05-02' } });
  const tokens = doc.layers.tokens!;
  let marked = 0;
  for (let k = 0; k < tokens.length; k++) {
    const bits = bitsAt(tokens, k);
    assert.equal(bits, expected(lowerWord(tokens[k]!)), `${tokens[k]!.text} at ${k}`);
    if (bits !== 0) marked++;
  }
  // The text holds words of every class: the bits are not all zero.
  assert.ok(marked > 15, `${marked} tokens with a class`);
  const seen = [...tokens.keys()].reduce((all, k) => all | bitsAt(tokens, k), 0);
  assert.equal(seen, 0x1ffff, seen.toString(2));
  assert.equal(bitsAt(tokens, -1), 0);
  assert.equal(bitsAt(tokens, tokens.length), 0);
});

test('quotes: another token array than the kept one is looked up word by word', () => {
  const tokens = tokenize('They would also reportedly deny it, and she said so.');
  for (let k = 0; k < tokens.length; k++) assert.equal(bitsAt(tokens, k), expected(lowerWord(tokens[k]!)), tokens[k]!.text);
  assert.notEqual(bitsAt(tokens, 1) & W_MODAL, 0);
  assert.notEqual(bitsAt(tokens, 3) & W_ADVERB, 0);
  assert.equal(bitsAt(tokens, 99), 0);
});

test('quotes: TokenMarks reads as a Map of the marked tokens', () => {
  const at = new Int32Array(6).fill(-1);
  at[0] = 2;
  at[3] = 0;
  at[5] = 1;
  const marks = new TokenMarks(at);
  assert.equal(marks.get(0), 2);
  assert.equal(marks.get(3), 0);
  assert.equal(marks.get(1), undefined);
  assert.equal(marks.get(-1), undefined);
  assert.equal(marks.get(6), undefined);
  assert.equal(marks.has(3), true);
  assert.equal(marks.has(4), false);
  assert.equal(marks.has(99), false);
  assert.deepEqual(marks.keys(), [0, 3, 5]);
});
