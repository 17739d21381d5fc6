/**
 * Tokenizer: words, numbers, clitics and punctuation with exact UTF-16 offsets, in the style of the
 * Penn Treebank (and so of CoNLL-2003, which our taggers are trained on): "We're" → "We" "'re",
 * "don't" → "do" "n't", "Ukraine's" → "Ukraine" "'s". Abbreviations keep their period ("Mr.", "U.S.").
 */
import type { Token } from '../../model/layers/structure.js';
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { ownString } from './own-string.js';

interface AbbreviationEntry extends LexiconEntry {
  kind: 'title' | 'month' | 'other';
  canEndSentence: boolean;
  /** An abbreviation only before a number ("No. 1"): elsewhere the word and a full stop ("said no."). */
  beforeNumber?: boolean;
}

/** Abbreviations (with their period) mapped to whether they may end a sentence. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationEntry> = new Map(
  loadLexicon<AbbreviationEntry>('abbreviations').entries.flatMap((e) => e.terms.map((t) => [t.toLowerCase(), e] as const)),
);

// One alternative per token class, tried in order at each position.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]'’]`, // URL, without trailing punctuation
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|gov|edu|io|co)(?![\p{L}\p{N}])`, // domain names: fivethirtyeight.com, HealthCare.gov
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // initialisms: U.S., e.g.
    String.raw`\d+(?:[.,:/]\d+)+(?:\p{L}+)?`, // numbers with separators: 1,200  3.5  20:30  6/14
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`, // words, with inner hyphens and apostrophes
    String.raw`\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}]`, // punctuation and symbols, one by one (ellipsis, dashes)
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const LETTER = /\p{L}/u;
const INITIAL_AHEAD = /^\.\s+\p{Lu}[\p{Ll}.]/u;

/**
 * Splits `text` into tokens with offsets into it. Tokens never contain whitespace. A token's text is its
 * own string (`ownString`), so keeping a word never keeps its article.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 10 || code === 13 || code === 9) { at++; continue; }
    // Fast path, for most words: a run of ASCII letters (or digits) ending where no other token class
    // could go on (a space, a comma...). The regex would match exactly that run, so skip it.
    const end = plainRunEnd(text, at, code);
    if (end > 0) {
      tokens.push({ start: at, end, text: ownString(text.slice(at, end)), spaceBefore: at === 0 || isSpace(text.charCodeAt(at - 1)) });
      at = end;
      continue;
    }
    // Punctuation that is always a token of its own (a comma, a quotation mark...): the regex would
    // match just that character (none of these starts a URL, e-mail, number or word, and no
    // abbreviation holds one), so take it as it is.
    if (code < 0x2030 && isIn(SINGLE_MARK, IS_SINGLE_MARK, code)) {
      tokens.push({ start: at, end: at + 1, text: text.charAt(at), spaceBefore: at === 0 || isSpace(text.charCodeAt(at - 1)) });
      at++;
      continue;
    }
    // A full stop before a space, a closing mark or the end of the text (the end of most sentences):
    // the regex would match just it (no e-mail, ellipsis or other token class goes on with one of
    // these), so take it as it is.
    if (code === 46 && (at + 1 === length || isIn(AFTER_FULL_STOP, IS_AFTER_FULL_STOP, text.charCodeAt(at + 1)))) {
      tokens.push({ start: at, end: at + 1, text: '.', spaceBefore: at === 0 || isSpace(text.charCodeAt(at - 1)) });
      at++;
      continue;
    }
    // A word or number that ends a sentence ("said.", "in 2022."): the regex would match the run
    // without its period, which stays unless the word is an abbreviation ("Inc."), left to the regex.
    const stop = fullStopRunEnd(text, at, code);
    if (stop > 0) {
      const word = text.slice(at, stop);
      if (code <= 57 || !isAbbreviation(word, text, stop)) {
        tokens.push({ start: at, end: stop, text: ownString(word), spaceBefore: at === 0 || isSpace(text.charCodeAt(at - 1)) });
        at = stop;
        continue;
      }
    }
    // A word of ASCII letters and digits with inner hyphens, apostrophes or ampersands ("Ukraine’s",
    // "so-called", "don't", "F-16", "AT&T") ending where no token class goes on: the regex's word
    // alternative would match just it (a URL, e-mail, domain, initialism or separated number needs a
    // ':', '@', '.' or '/' that such a run lacks), so take it as that match. On the two-byte text of an
    // article with a curly quote, each of the regex's \p{} classes tests every character through the
    // runtime (IsCharacterInRangeArray).
    const joined = joinedRunEnd(text, at, code);
    if (joined > 0) {
      pushWord(tokens, at, text.slice(at, joined), at === 0 || isSpace(text.charCodeAt(at - 1)));
      at = joined;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    if (match === null) break;
    const start = match.index;
    let word = match[0];
    const spaceBefore = start === 0 || isSpace(text.charCodeAt(start - 1));
    // An abbreviation keeps its period: "Mr." "Jan." "Inc."
    if (text.charCodeAt(start + word.length) === 46 && isAbbreviation(word, text, start + word.length)) {
      word += '.';
      TOKEN.lastIndex = start + word.length;
    } else if (word.length === 1 && isUpper(word) && text.charCodeAt(start + 1) === 46 && INITIAL_AHEAD.test(text.slice(start + 1, start + 5))) {
      // A single capital followed by a period and a capitalised word is an initial: "J. Smith".
      word += '.';
      TOKEN.lastIndex = start + 2;
    }
    at = TOKEN.lastIndex;
    pushWord(tokens, start, word, spaceBefore);
  }
  return tokens;
}

/** Adds the token `word` found at `start`, split before a clitic ("We" "'re", "do" "n't"). */
function pushWord(tokens: Token[], start: number, word: string, spaceBefore: boolean): void {
  // Clitics always hold an apostrophe: most words need no regex for them.
  const clitic = word.includes("'") || word.includes('’') ? CLITIC.exec(word) : null;
  if (clitic && clitic[1] && LETTER.test(clitic[1])) {
    const head = clitic[1];
    tokens.push({ start, end: start + head.length, text: ownString(head), spaceBefore });
    tokens.push({ start: start + head.length, end: start + word.length, text: ownString(word.slice(head.length)), spaceBefore: false });
  } else {
    tokens.push({ start, end: start + word.length, text: ownString(word), spaceBefore });
  }
}

/** The characters that join the parts of a word in the regex's word alternative: - ' ’ &. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 38;

/**
 * The end of a run from `start` of ASCII letters and digits in parts joined by single joiners (each
 * with a letter or digit on both sides), at least one joiner, followed by the end of the text or a
 * character that ends every token class there (`TERMINATES_WORD`); else 0.
 */
function joinedRunEnd(text: string, start: number, first: number): number {
  if (!isAsciiAlphanumeric(first)) return 0;
  const length = text.length;
  let i = start + 1;
  let joins = 0;
  for (;;) {
    while (i < length && isAsciiAlphanumeric(text.charCodeAt(i))) i++;
    if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isAsciiAlphanumeric(text.charCodeAt(i + 1))) {
      i += 2;
      joins++;
    } else break;
  }
  if (joins === 0) return 0;
  return i === length || isIn(TERMINATES_WORD, IS_TERMINATES_WORD, text.charCodeAt(i)) ? i : 0;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlphanumeric = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);

/** The end of the run of ASCII letters (or, with `letters` false, digits) that starts at `start`. */
function asciiRunEnd(text: string, start: number, letters: boolean): number {
  let i = start + 1;
  while (i < text.length && (letters ? isAsciiLetter(text.charCodeAt(i)) : isAsciiDigit(text.charCodeAt(i)))) i++;
  return i;
}

/**
 * Which (first, last) pairs of lower-case ASCII letters the abbreviations' words (without their period)
 * have, one bit per pair, and their longest length: `isAbbreviation` is asked at every word before a
 * full stop (most sentence ends), and these answer most of them without lower-casing the word, adding
 * the period and probing ABBREVIATIONS (0.3% of all ticks with the Map probes). Exact: a word whose
 * first or last character is not an ASCII letter is looked up as before, and lower-casing never
 * shortens a string, so a longer word lower-cases to no abbreviation.
 */
const ABBREVIATION_ENDS = new Uint8Array(26 * 26);
let ABBREVIATION_MAX = 0;
for (const key of ABBREVIATIONS.keys()) {
  const w = key.slice(0, -1);
  ABBREVIATION_MAX = Math.max(ABBREVIATION_MAX, w.length);
  const first = w.charCodeAt(0) - 97;
  const last = w.charCodeAt(w.length - 1) - 97;
  // An entry with other ends could match a word these bits reject: then every word is looked up.
  if (first >= 0 && first < 26 && last >= 0 && last < 26) ABBREVIATION_ENDS[first * 26 + last] = 1;
  else ABBREVIATION_ENDS.fill(1);
}

/** The index of ASCII letter `c` in the alphabet, whatever its case; -1 for any other code. */
function letterIndex(c: number): number {
  const lower = (c | 32) - 97;
  return lower >= 0 && lower < 26 && c < 128 ? lower : -1;
}

/** Whether `word` cannot be an abbreviation, told by its length and its first and last letters. */
function surelyNoAbbreviation(word: string): boolean {
  if (word.length > ABBREVIATION_MAX) return true;
  const first = letterIndex(word.charCodeAt(0));
  const last = letterIndex(word.charCodeAt(word.length - 1));
  return first >= 0 && last >= 0 && ABBREVIATION_ENDS[first * 26 + last] === 0;
}

/** Whether `word` with the period at `period` is an abbreviation there ("No." only before a number). */
function isAbbreviation(word: string, text: string, period: number): boolean {
  if (surelyNoAbbreviation(word)) return false;
  const entry = ABBREVIATIONS.get(`${word.toLowerCase()}.`);
  if (!entry) return false;
  return !entry.beforeNumber || NUMBER_AHEAD.test(text.slice(period + 1, period + 3));
}

const NUMBER_AHEAD = /^\s?\d/;

/**
 * The end of the token at `start` when it is a run of ASCII letters, or of ASCII digits, followed by
 * a character that ends every token class there (space, comma, quotation mark...); else 0.
 */
function plainRunEnd(text: string, start: number, first: number): number {
  const letters = isAsciiLetter(first);
  if (!letters && !isAsciiDigit(first)) return 0;
  const i = asciiRunEnd(text, start, letters);
  if (i === text.length) return i;
  const next = text.charCodeAt(i);
  // Letters: not . @ - ' ’ & + _ digits, nor ':' (a URL scheme) or any non-ASCII character but closing
  // punctuation; digits: only a space or a mark that never joins a number.
  if (letters) return isIn(TERMINATES_WORD, IS_TERMINATES_WORD, next) ? i : 0;
  return isIn(TERMINATES_NUMBER, IS_TERMINATES_NUMBER, next) ? i : 0;
}

/**
 * The end of a run of two or more ASCII letters, or of ASCII digits, when a period follows it and then
 * the end of the text, a space, a closing quotation mark or a closing parenthesis (no initial, number,
 * e-mail or ellipsis can go on there); else 0.
 */
function fullStopRunEnd(text: string, start: number, first: number): number {
  const letters = isAsciiLetter(first);
  if (!letters && !isAsciiDigit(first)) return 0;
  const i = asciiRunEnd(text, start, letters);
  if (text.charCodeAt(i) !== 46 || (letters && i - start < 2)) return 0;
  return i + 1 === text.length || isIn(AFTER_FULL_STOP, IS_AFTER_FULL_STOP, text.charCodeAt(i + 1)) ? i : 0;
}

const SINGLE_MARK = new Set([44, 59, 58, 40, 41, 34, 39, 33, 63, 0x201c, 0x201d, 0x2018, 0x2019, 0x2014, 0x2013, 0x2026]);
const AFTER_FULL_STOP = new Set([32, 10, 13, 9, 34, 41, 0x201d, 0x2019]);
const TERMINATES_WORD = new Set([32, 10, 13, 9, 44, 59, 34, 40, 41, 63, 33, 0x201c, 0x201d, 0x2014, 0x2013, 0x2026]);
const TERMINATES_NUMBER = new Set([32, 10, 13, 9, 41, 37, 34, 59]);

/**
 * The four sets above for ASCII codes, as bits of one 128-byte table: most tokens end on an ASCII
 * character and one array read answers what a Set probe did (codes of 128 and up still probe the sets).
 */
const IS_SINGLE_MARK = 1;
const IS_AFTER_FULL_STOP = 2;
const IS_TERMINATES_WORD = 4;
const IS_TERMINATES_NUMBER = 8;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  (SINGLE_MARK.has(c) ? IS_SINGLE_MARK : 0) | (AFTER_FULL_STOP.has(c) ? IS_AFTER_FULL_STOP : 0) | (TERMINATES_WORD.has(c) ? IS_TERMINATES_WORD : 0) | (TERMINATES_NUMBER.has(c) ? IS_TERMINATES_NUMBER : 0),
);

/** Whether `code` is in `set`, whose ASCII members have `bit` in ASCII_CLASS. */
function isIn(set: ReadonlySet<number>, bit: number, code: number): boolean {
  return code < 128 ? (ASCII_CLASS[code]! & bit) !== 0 : set.has(code);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isUpper(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
