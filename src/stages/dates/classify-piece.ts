/**
 * The class of one piece of a sentence that starts no multi-word term: its lexicon class where its
 * case and neighbours allow it (May, March, weekdays, short month forms), a number word's class, the
 * class its digits' shape gives (YEAR, CLOCK, NUMDATE, DECADE, ORD, NUM), or a punctuation class.
 */
import { numberWord, parseDigits, parseOrdinalDigits } from '../numbers/number-words.js';
import { timeWords, type TimeClass, type TimeWordEntry } from './time-words.js';
import { hasLetterOrDigit } from '../structure/letter-or-digit.js';
import { numberClass, type KnownWord } from './known-time-words.js';
import { makeToken, type TimeToken } from './time-token.js';
import { isPossessiveS } from '../structure/possessive-marks.js';

export const NUMDATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;
const CLOCK = /^\d{1,2}:\d{2}$/;
const DECADE = /^(\d{3}0|\d0)['’]?s$/;
const HAS_LOWER = /\p{Ll}/u;
const IS_UPPER_INITIAL = /^\p{Lu}/u;
const FULL_SHORT_MONTHS = new Set(['may', 'june', 'july']);

/** A piece of a sentence: a structure token, or a part of one split at an inner hyphen. */
export type Piece = { start: number; end: number; text: string };

export function classifyPiece(pieces: readonly Piece[], lowers: readonly string[], i: number, n: number, sentence: number, previous: TimeToken | undefined, known: KnownWord | undefined): TimeToken {
  const piece = pieces[i]!;
  const lower = lowers[i]!;
  const entry = known?.single;
  if (entry && isUsable(entry, piece.text, i, pieces, n)) return makeToken(piece.start, piece.end, piece.text, lower, entry.class, sentence, entry, undefined);
  const word = known?.number;
  if (word) return makeToken(piece.start, piece.end, piece.text, lower, numberClass(word), sentence, undefined, word.value);
  const code = piece.text.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    const digits = classifyDigits(piece.text, previous);
    return makeToken(piece.start, piece.end, piece.text, lower, digits.cls, sentence, undefined, digits.number);
  }
  if (piece.text.length === 1) {
    if (code === 44) return makeToken(piece.start, piece.end, piece.text, lower, 'COMMA', sentence, undefined, undefined);
    if (code === 45) return makeToken(piece.start, piece.end, piece.text, lower, 'HYPHEN', sentence, undefined, undefined);
    if (code === 39 || code === 0x2019) return makeToken(piece.start, piece.end, piece.text, lower, 'APOS', sentence, undefined, undefined);
  }
  if (isPossessiveS(lower)) return makeToken(piece.start, piece.end, piece.text, lower, 'POSS', sentence, undefined, undefined);
  return makeToken(piece.start, piece.end, piece.text, lower, hasLetterOrDigit(piece.text) ? 'WORD' : 'PUNCT', sentence, undefined, undefined);
}

export function classifyDigits(text: string, previous: TimeToken | undefined): { cls: TimeClass; number?: number } {
  if (NUMDATE.test(text)) return { cls: 'NUMDATE' };
  if (CLOCK.test(text)) return { cls: 'CLOCK' };
  const decade = DECADE.exec(text);
  if (decade && (decade[1]!.length === 4 || previous?.cls === 'APOS')) {
    const digits = decade[1]!;
    return { cls: 'DECADE', number: digits.length === 4 ? Number(digits) : 1900 + Number(digits) };
  }
  const ordinal = parseOrdinalDigits(text);
  if (ordinal !== undefined) return { cls: 'ORD', number: ordinal };
  const value = parseDigits(text);
  if (value === undefined) return { cls: 'WORD' };
  if (text.length === 4 && value >= 1000 && value <= 2199) return { cls: 'YEAR', number: value };
  return { cls: 'NUM', number: value };
}

/** Capital-only words (weekdays, May, March) must be capitalised; May/March not as a sentence-initial verb. */
function isUsable(entry: TimeWordEntry, text: string, i: number, pieces: readonly Piece[], n: number): boolean {
  // "Jan 5" (Reuters style) is a month, "Jan Kopp" is not: a short form without its period needs a number.
  if (entry.class === 'MONTH' && text.length <= 4 && !text.endsWith('.') && !FULL_SHORT_MONTHS.has(text.toLowerCase())) {
    const next = i + 1 < n ? pieces[i + 1]!.text.charCodeAt(0) : 0;
    if (!(next >= 48 && next <= 57)) return false;
  }
  if (!entry.capitalOnly) return true;
  if (!IS_UPPER_INITIAL.test(text)) return false;
  if (entry.class !== 'MONTH') return true;
  if (i === 0) {
    const next = n > 1 ? pieces[1]!.text : '';
    return !(HAS_LOWER.test(next.charAt(0)) && !numberWord(next.toLowerCase()));
  }
  // "Theresa May": after a capitalised word that is not itself a date word, May is a name.
  const before = pieces[i - 1]!.text;
  return !(IS_UPPER_INITIAL.test(before) && !timeWords().single.has(before.toLowerCase()));
}
