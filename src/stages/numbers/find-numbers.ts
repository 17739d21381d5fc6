/**
 * Finds numbers in digits and words ("40", "1,200", "3.5 million", "twenty-seven", "a dozen",
 * "dozens", "hundreds of thousands", "10-12"), skipping what is not a count: numbers inside time
 * expressions, ordinals, clock times, and digits inside names such as "S-300" or "F-16".
 */
import type { Token } from '../../model/layers/structure.js';
import { mayContinueNumber, parseDigits, parseNumber, numberWord } from './number-words.js';
import { lowerCase } from './lower-case.js';
import { isCardinalWord, NO_START, numberStart } from './number-starts.js';
import { documentWordInfos } from '../pos/describe-sentence.js';

export interface NumberCandidate {
  /** Token indices `[from, to)`. */
  from: number;
  to: number;
  value: number;
  /** The upper figure of a range written "10-12". */
  rangeHigh?: number;
  kind: 'digits' | 'words' | 'vague' | 'range';
}

const RANGE = /^(\d+)-(\d+)$/;
/** Splits "twenty-seven" into "twenty", "-", "seven" (the hyphen kept as a word of its own). */
const HYPHEN_PARTS = /(-)/;
const DETERMINERS = new Set(['no', 'the', 'every', 'any', 'each', 'this', 'that', 'which', 'someone', 'anyone', 'no-one']);

/** Number candidates in token order; `blocked(i)` says token i lies inside a time expression. */
export function findNumbers(tokens: readonly Token[], blocked: (i: number) => boolean): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  // The words as the pos stage described them (kept with the tokens): a word that cannot start a
  // number is passed over by its type id, without reading its text.
  const infos = documentWordInfos(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (numberStart(infos[i]!.id, tokens[i]!.text) === NO_START || blocked(i)) continue;
    const text = tokens[i]!.text;
    // Digits start ranges and figures; a letter starts number words and "a"/"an"; nothing else starts a
    // number, so punctuation is passed over without a regex or a lookup (non-ASCII goes the long way).
    const code = text.charCodeAt(0);
    const digit = code >= 48 && code <= 57;
    if (digit) {
      const range = text.includes('-') ? RANGE.exec(text) : null;
      if (range && Number(range[1]) < Number(range[2])) {
        out.push({ from: i, to: i + 1, value: Number(range[1]), rangeHigh: Number(range[2]), kind: 'range' });
        continue;
      }
    } else if (code < 128 && ((code | 32) < 97 || (code | 32) > 122)) continue;
    const lower = lowerCase(text);
    const startsNumber = digit
      ? parseDigits(text) !== undefined
      : isCardinalWord(lower) || ((lower === 'a' || lower === 'an') && isMultiplier(lowerCase(tokens[i + 1]?.text ?? '')));
    if (!startsNumber) continue;
    const found = readNumberAt(tokens, i, blocked);
    if (!found) continue;
    if (lower === 'one' && found.to === i + 1 && isPronounOne(tokens, i)) continue;
    if (found.to === i + 1 && !standsAlone(lower, lowerCase(tokens[i + 1]?.text ?? ''))) continue;
    out.push(found);
    i = found.to - 1;
  }
  return out;
}

/** Reads the longest number starting at token i, ending on a token boundary. */
function readNumberAt(tokens: readonly Token[], i: number, blocked: (i: number) => boolean): NumberCandidate | undefined {
  const words: string[] = [];
  const tokenOfWordEnd: number[] = [];
  for (let k = i; k < tokens.length && k < i + 8 && !blocked(k); k++) {
    const lower = lowerCase(tokens[k]!.text);
    // Most tokens have no hyphen: one word, no regex split and no arrays.
    if (!lower.includes('-')) {
      if (lower.length === 0) continue;
      words.push(lower);
      tokenOfWordEnd.push(k + 1);
      // parseNumber stops at a word that cannot go on with a number ("40 people"): it reads nothing
      // after that word, so the words after it are not read in.
      if (k > i && !mayContinueNumber(lower)) break;
      continue;
    }
    const parts = lower.split(HYPHEN_PARTS).filter((p) => p.length > 0);
    for (let p = 0; p < parts.length; p++) {
      words.push(parts[p]!);
      tokenOfWordEnd.push(p === parts.length - 1 ? k + 1 : -1);
    }
  }
  const parsed = parseNumber(words, 0);
  if (!parsed) return undefined;
  // Only whole tokens: "twenty-seven" yes, the "300" of "300-strong" no.
  let length = parsed.length;
  while (length > 0 && tokenOfWordEnd[length - 1] === -1) length--;
  if (length === 0) return undefined;
  const reparsed = length === parsed.length ? parsed : parseNumber(words.slice(0, length), 0);
  if (!reparsed || reparsed.length !== length) return undefined;
  const to = tokenOfWordEnd[length - 1]!;
  const kind = reparsed.vague ? 'vague' : parseDigits(tokens[i]!.text) !== undefined ? 'digits' : 'words';
  return { from: i, to, value: reparsed.value, kind };
}

function isMultiplier(lower: string): boolean {
  const entry = numberWord(lower);
  return entry !== undefined && (entry.kind === 'scale' || entry.kind === 'dozen');
}

/**
 * Words that are counts only in company: "scores of people" (not "test scores"), "tens of thousands",
 * "a score of" (not "the score"), "a dozen" (a bare "dozen" rarely counts).
 */
function standsAlone(lower: string, next: string): boolean {
  if (lower === 'scores' || lower === 'tens') return next === 'of';
  const entry = numberWord(lower);
  return !(entry && (entry.kind === 'dozen' || entry.kind === 'scale'));
}

/** "no one", "the one who", "one of the": a pronoun, not a count. */
function isPronounOne(tokens: readonly Token[], i: number): boolean {
  const before = lowerCase(tokens[i - 1]?.text ?? '');
  const after = lowerCase(tokens[i + 1]?.text ?? '');
  return DETERMINERS.has(before) || after === 'another' || after === "'s" || after === 'who' || after === 'that';
}
