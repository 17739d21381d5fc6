/**
 * The entity rules' letter tests answer ASCII from character codes and the rest with a Unicode
 * pattern: they must agree with the patterns they stand for on every kind of text, two-byte strings
 * (curly quotes, dashes, accented capitals) included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLetterOrDigit, hasLowerCase, hasUpperCase, isAscii, isCapitalisedWord, startsUpperCase, startsUpperThenLower } from '../../../src/stages/entities/letter-tests.js';

const SAMPLES = [
  '', 'a', 'A', 'Ab', 'AB', 'aB', '9', '-', '.', 'U.S.', "O'Neill", 'O’Neill', 'Ocasio-Cortez', 'French-brokered', 'R-Ky.',
  'Émile', 'éMILE', 'Łódź', 'ŁÓDŹ', 'Zürich', 'İstanbul', 'ǅemal', '“', '”', '‘', '’', '—', '–', '…', '•', '“Trump', 'Trump”',
  '—a', '–9', '\u2028', 'ß', 'ΣΑ', 'Σα', 'σα', '١٢', 'x²', '½', '𝐀b', '𝐚', '@user', 'http://x', 'Ⅸ', 'ⅸ', 'Ǆ',
];
// Every character of General Punctuation's first part, alone and around letters.
for (let c = 0x2000; c < 0x2070; c++) {
  const ch = String.fromCharCode(c);
  SAMPLES.push(ch, `${ch}a`, `A${ch}`, `${ch}${ch}`);
}
// Every Latin-1 character, alone and in front of a lower-case ASCII letter.
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  SAMPLES.push(ch, `${ch}a`, `${ch}b.`, `Q${ch}`);
}

const CASES: Array<[string, (text: string) => boolean, RegExp]> = [
  ['hasLetterOrDigit', hasLetterOrDigit, /[\p{L}\p{N}]/u],
  ['hasUpperCase', hasUpperCase, /\p{Lu}/u],
  ['hasLowerCase', hasLowerCase, /\p{Ll}/u],
  ['startsUpperCase', startsUpperCase, /^\p{Lu}/u],
  ['startsUpperThenLower', startsUpperThenLower, /^\p{Lu}\p{Ll}/u],
  ['isCapitalisedWord', isCapitalisedWord, /^\p{Lu}[\p{L}'’.-]*$/u],
  ['isAscii', isAscii, /^[\0-\x7f]*$/],
];

for (const [name, f, pattern] of CASES) {
  test(`${name} agrees with ${pattern}`, () => {
    for (const text of SAMPLES) assert.equal(f(text), pattern.test(text), `${name}(${JSON.stringify(text)})`);
  });
}
