/**
 * One reading of "this word opens a sentence, a quotation or what a colon introduces", which the
 * entity rules that weigh a capital share (drop-non-names, retype-surnames, find-name-mentions).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../../src/model/layers/structure.js';
import { opensSentenceOrQuote } from '../../../src/stages/entities/opens-sentence.js';

function tokens(words: string[]): Token[] {
  let at = 0;
  return words.map((text): Token => {
    const token = { start: at, end: at + text.length, text } as Token;
    at += text.length + 1;
    return token;
  });
}

/** The words of `sentence` (tokens separated by spaces) that open something, by the shared reading. */
function openers(sentence: string): string[] {
  const t = tokens(sentence.split(' '));
  return t.filter((_, k) => opensSentenceOrQuote(t, 0, k) && /\p{L}/u.test(t[k]!.text)).map((x) => x.text);
}

test('the first word opens the sentence, after quotation marks, brackets or a dash', () => {
  assert.deepEqual(openers('Later Syniehubov wrote on Telegram .'), ['Later']);
  assert.deepEqual(openers('“ ( Notice Trump sniffing'), ['Notice']);
  assert.deepEqual(openers('— Well , we will see .'), ['Well']);
});

test('a word after an opening quotation mark or a colon inside the sentence opens a quotation', () => {
  assert.deepEqual(openers("He said to them : ' Look , we do not expect much . '"), ['He', 'Look']);
  assert.deepEqual(openers('saying , ‘ Yeah , normally it works'), ['saying', 'Yeah']);
  assert.deepEqual(openers('the book " Collapse : How Societies Choose to Fail "'), ['the', 'Collapse', 'How']);
});

test('a capitalised word inside a sentence opens nothing', () => {
  assert.deepEqual(openers('Yesterday Hedges told a radio host in Ohio'), ['Yesterday']);
  assert.equal(opensSentenceOrQuote(tokens('A B'.split(' ')), 1, 1), true, 'the first token of a sentence starting mid-array');
});
