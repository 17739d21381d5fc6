/**
 * Number words as data (`src/data/lexicons/number-words.json`) and the parsers that read them, shared by
 * the numbers stage and by the dates stage ("three years", "twenty-four hours").
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { WordFilter } from './word-filter.js';

export type NumberWordKind = 'unit' | 'ten' | 'scale' | 'dozen' | 'vague' | 'ordinal';

export interface NumberWordEntry extends LexiconEntry {
  kind: NumberWordKind;
  value: number;
}

let words: Map<string, NumberWordEntry> | undefined;
let filter: WordFilter | undefined;

/** The number-word entry for a lower-cased word ("twenty", "dozens", "third"), if any. */
export function numberWord(lower: string): NumberWordEntry | undefined {
  if (!words) {
    words = new Map(loadLexicon<NumberWordEntry>('number-words').entries.flatMap((e) => e.terms.map((t) => [t, e] as const)));
    filter = new WordFilter(words.keys());
  }
  return filter!.has(lower) ? words.get(lower) : undefined;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/i;

// The last text parseDigits read, and its value: the numbers stage asks three times about each figure
// (does it start a number, parseNumber's first word, digits or words), with the same string.
let lastDigitsText = '';
let lastDigitsValue: number | undefined;

/** A plain number in digits ("1,200", "3.5", "40"), or undefined for anything else ("S-300", "10:30"). */
export function parseDigits(text: string): number | undefined {
  if (text === lastDigitsText) return lastDigitsValue;
  const value = DIGITS.test(text) ? Number(text.includes(',') ? text.replace(/,/g, '') : text) : undefined;
  lastDigitsText = text;
  lastDigitsValue = value;
  return value;
}

/** The value of an ordinal in digits ("3rd" → 3), or undefined. */
export function parseOrdinalDigits(text: string): number | undefined {
  const m = ORDINAL_DIGITS.exec(text);
  return m ? Number(m[1]) : undefined;
}

export interface ParsedNumber {
  value: number;
  /** How many words of the input the number used. */
  length: number;
  /** The number is a vague plural ("dozens", "hundreds of thousands"): `value` is its unit. */
  vague: boolean;
}

/**
 * The word, not first, may be read by parseNumber (below) as part of a number: a number word, or one of the
 * words it reads between them ("a", "an", "and", "of", "-"), or digits. Any other word ends the number
 * there whatever follows it. Kept beside parseNumber: the words are the ones it reads.
 */
export function mayContinueNumber(lower: string): boolean {
  const code = lower.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  return lower === 'a' || lower === 'an' || lower === 'and' || lower === 'of' || lower === '-' || numberWord(lower) !== undefined;
}

/**
 * Reads a cardinal from `words[from...]`: digits or words, with multipliers and inner "and"/"-":
 * "twenty - seven", "3.5 million", "one hundred and twenty", "a dozen", "hundreds of thousands".
 * `words` are lower-cased; hyphens are separate items. Returns undefined when no number starts there.
 */
export function parseNumber(words: readonly string[], from: number): ParsedNumber | undefined {
  let total = 0;
  let current = 0;
  let last: NumberWordKind | 'digits' | 'a' | undefined;
  let i = from;
  let end = from;
  let vague = false;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const digits = last === undefined ? parseDigits(word) : undefined;
    if (digits !== undefined) {
      current = digits;
      last = 'digits';
      end = i + 1;
      continue;
    }
    if ((word === 'a' || word === 'an') && last === undefined) {
      const next = numberWord(words[i + 1] ?? '');
      if (next && (next.kind === 'scale' || next.kind === 'dozen')) {
        last = 'a';
        continue;
      }
      break;
    }
    if ((word === '-' || word === 'and') && (last === 'ten' || last === 'scale')) {
      const next = numberWord(words[i + 1] ?? '');
      if (next && (next.kind === 'unit' || (word === 'and' && next.kind === 'ten'))) continue;
      break;
    }
    if (word === 'of' && last === 'vague') {
      const next = numberWord(words[i + 1] ?? '');
      if (next && next.kind === 'vague' && next.value > 10) continue; // "tens of thousands"
      break;
    }
    const entry = numberWord(word);
    if (!entry || entry.kind === 'ordinal') break;
    if (entry.kind === 'unit' && (last === 'unit' || last === 'digits' || last === 'dozen' || last === 'vague')) break;
    if (entry.kind === 'ten' && (last === 'unit' || last === 'ten' || last === 'digits' || last === 'dozen' || last === 'vague')) break;
    if (entry.kind === 'dozen' && last !== undefined && last !== 'a' && last !== 'unit') break;
    if (entry.kind === 'vague') {
      if (last !== undefined && last !== 'vague') break;
      vague = true;
      current = current === 0 ? entry.value : current * entry.value;
    } else if (entry.kind === 'scale') {
      if (last === 'vague') break;
      if (entry.value === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * entry.value;
        current = 0;
      }
    } else if (entry.kind === 'dozen') {
      current = (current || 1) * entry.value;
    } else {
      current += entry.value;
    }
    last = entry.kind;
    end = i + 1;
  }
  if (end === from) return undefined;
  return { value: total + current, length: end - from, vague };
}
