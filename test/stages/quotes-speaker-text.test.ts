/**
 * The speaker fallback's text clean-up (speaker-text.ts) skips its regular expressions where they would
 * replace nothing; it must give exactly what they give, on ordinary and on awkward text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces, replaceLeadingArticle, trimTrailingMarks } from '../../src/stages/quotes/speaker-text.js';

const SAMPLES = [
  '', ' ', 'a', 'the spokesman', 'the  spokesman', 'The\nmayor', 'officials,', 'officials ,', 'officials —', 'officials –\u00a0',
  'Kremlin spokesman Dmitry Peskov', 'an aide\tto the governor', 'A resident of Kharkiv -', 'Theresa May', 'Anna', 'thé', 'the\u00a0minister',
  'résidents\u2009du quartier', 'ministry:', 'ministry;', 'x\u3000y', 'ends in space ', 'emoji 😀 speaker', 'Ängstrom', '\ufeffthe BOM',
];

test('collapseSpaces is s.replace(/\\s+/g, " ")', () => {
  for (const s of SAMPLES) assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
});

test('trimTrailingMarks is s.replace(/[\\s,;:—–-]+$/u, "")', () => {
  for (const s of SAMPLES) assert.equal(trimTrailingMarks(s), s.replace(/[\s,;:—–-]+$/u, ''), JSON.stringify(s));
});

test('replaceLeadingArticle is s.replace(/^(?:the|a|an)\\s+/i, replace)', () => {
  const pattern = /^(?:the|a|an)\s+/i;
  const articles = ['the ', 'The  ', 'THE\t', 'a ', 'A\u00a0', 'an ', 'An\n', 'AN\u2003 ', 'tHe ', 'then ', 'an', 'a', 'the', 'and ', 'anthem ', 'thee ', 'at ', 'ann '];
  const samples = [...SAMPLES, ...articles.flatMap((a) => [a, `${a}spokesman`, `${a}Kremlin's press office`])];
  for (const replace of [(): string => '', (m: string): string => `[${m}]`]) {
    for (const s of samples) assert.equal(replaceLeadingArticle(s, replace), s.replace(pattern, replace), JSON.stringify(s));
  }
});
