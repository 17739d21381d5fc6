/** The person page's quote text: one pair of curly quotes, no handover comma or period, inner marks kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedWords } from '../../web/src/quoted-words.js';

test('a direct quote loses its own marks and the comma or period before the cue', () => {
  assert.equal(quotedWords('"The ferry will run every hour,"'), '“The ferry will run every hour”');
  assert.equal(quotedWords('“The ferry will run every hour,”'), '“The ferry will run every hour”');
  assert.equal(quotedWords('“Nobody pays more.”'), '“Nobody pays more”');
  assert.equal(quotedWords('«Nobody pays more»,'), '“Nobody pays more”');
  assert.equal(quotedWords("'We stay here,'"), '“We stay here”');
});

test('what belongs to the words stays: question marks, ellipses, abbreviations, inner quotations', () => {
  assert.equal(quotedWords('"Who will pay for it?"'), '“Who will pay for it?”');
  assert.equal(quotedWords('"We waited and waited..."'), '“We waited and waited...”');
  assert.equal(quotedWords('"The boats came from the U.S."'), '“The boats came from the U.S.”');
  assert.equal(quotedWords('"He called the plan a \'disgrace.\'"'), '“He called the plan a \'disgrace.\'”');
  assert.equal(quotedWords('the closure was a "temporary measure"'), '“the closure was a "temporary measure"”');
  assert.equal(quotedWords('that the route would pay for itself'), '“that the route would pay for itself”');
});

test('each part of a split quote is cleaned on its own', () => {
  assert.equal(quotedWords('"The route is safe," … "and it will stay open."'), '“The route is safe … and it will stay open”');
});

test('markup in the words comes back as the same characters (the page sets it as text)', () => {
  assert.equal(quotedWords('"<img src=x onerror=alert(1)> stays,"'), '“<img src=x onerror=alert(1)> stays”');
});
