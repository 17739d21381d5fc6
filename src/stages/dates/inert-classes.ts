/**
 * The classes no time pattern can match on alone, and whether a piece of a sentence could take one of
 * the others: `classifyTokens` skips a sentence none of whose pieces could (see there).
 */
import type { TimeClass, TimeWordEntry } from './time-words.js';
import { matchMultiWord, numberClass, type KnownWord } from './known-time-words.js';
import { classifyDigits } from './classify-piece.js';
import type { TimeToken } from './time-token.js';

/**
 * Classes no time pattern can match on alone: every pattern needs at least one of the others (a
 * month, weekday, year, ordinal, unit, clock time or am/pm, season, holiday, deictic word, "past",
 * "next"-like future word, set word, part of the day; test: dates-required-classes). "That" and "this"
 * (REL) and plain numbers (NUM) are in most sentences and inert alone: a match with them also takes
 * a unit, a part of the day, am/pm or the like.
 */
export const INERT_CLASSES: ReadonlySet<TimeClass> = new Set<TimeClass>([
  'THE', 'ART', 'OF', 'CONJ', 'PREP', 'COMMA', 'HYPHEN', 'APOS', 'POSS', 'PUNCT', 'WORD',
  'REL', 'NUM', 'APPROX', 'MORE', 'VAGUE', 'AGE', 'PERIOD', 'DIR', 'DIRP', 'EDGE', 'BOUND', 'FISCAL', 'HALF', 'SINCE', 'UNTIL',
]);

/** Whether a multi-word term of a class outside `INERT_CLASSES` starts at piece `i` (see `mayBeLive`). */
export function startsLiveTerm(multi: ReadonlyArray<{ words: string[]; entry: TimeWordEntry }>, lowers: readonly string[], i: number, n: number): boolean {
  const joined = matchMultiWord(multi, lowers, i, n);
  return joined !== undefined && !INERT_CLASSES.has(joined.entry.class);
}

/**
 * Whether piece `i` of a sentence's `n` could take a class outside `INERT_CLASSES`: as the start of a
 * multi-word term, or alone (its lexicon class whatever its case and neighbours, a number word's class,
 * or the class of its digits, read as a decade after an apostrophe). Errs on the side of yes.
 */
export function mayBeLive(text: string, known: KnownWord | undefined, lowers: readonly string[], i: number, n: number): boolean {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return !INERT_CLASSES.has(classifyDigits(text, AFTER_APOSTROPHE).cls);
  if (known === undefined) return false;
  if (known.multi !== undefined) {
    const joined = matchMultiWord(known.multi, lowers, i, n);
    if (joined && !INERT_CLASSES.has(joined.entry.class)) return true;
  }
  if (known.number !== undefined && !INERT_CLASSES.has(numberClass(known.number))) return true;
  return known.single !== undefined && !INERT_CLASSES.has(known.single.class);
}

/** A previous token that makes "90s" a decade: `mayBeLive` assumes the most classes a digit piece can take. */
const AFTER_APOSTROPHE: TimeToken = { start: 0, end: 0, text: "'", lower: "'", cls: 'APOS', sentence: 0, entry: undefined, number: undefined };
