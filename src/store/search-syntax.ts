/**
 * The full-text query syntax users type, and its translation for each engine. User text never
 * reaches an engine's own query language: it is parsed into words (letters and digits only), and
 * the engine expression is rebuilt from those words and passed as a bound parameter.
 *
 * Syntax (the same on SQLite and PostgreSQL; case-insensitive; English stemming on article text):
 * - `shelling market`: both words must appear;
 * - `"market square"`: the words as a phrase;
 * - `shelling OR strike`: either;
 * - `-drill` or `-"training exercise"`: excludes documents with it (only beside at least one word
 *   to look for; a query of exclusions alone is ignored).
 * Any other character (`*`, `:`, `(`, `NEAR`, `^`, quotes left open) is read as a word separator.
 */

/** A word or a phrase (several words in order). */
export interface Term {
  words: string[];
}

/** A parsed query: every group must match (a group matches when one of its terms does), no exclusion may. */
export interface ParsedQuery {
  groups: Term[][];
  exclude: Term[];
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** Parses a user query; returns undefined when it holds no word to search for. */
export function parseSearchQuery(input: string): ParsedQuery | undefined {
  const groups: Term[][] = [];
  const exclude: Term[] = [];
  let pendingOr = false;
  for (const match of input.matchAll(TOKEN)) {
    const [, minusQuoted, quoted, bare] = match;
    if (bare === 'OR') {
      pendingOr = groups.length > 0;
      continue;
    }
    const negated = minusQuoted === '-' || (bare !== undefined && bare.startsWith('-') && bare.length > 1);
    const words = wordsOf(quoted ?? bare ?? '');
    if (words.length === 0) continue;
    // A bare token with inner punctuation ("U.S.", "al-Assad") is a phrase of its words.
    const term: Term = { words };
    if (negated) exclude.push(term);
    else if (pendingOr) groups[groups.length - 1]!.push(term);
    else groups.push([term]);
    pendingOr = false;
  }
  return groups.length === 0 ? undefined : { groups, exclude };
}

/** The words of a name or phrase, lower-cased; used for name matching as well. */
export function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** An FTS5 MATCH expression: every word double-quoted, so no FTS5 operator can come from the user. */
export function toFts5(query: ParsedQuery): string {
  const term = (t: Term): string => `"${t.words.join(' ')}"`;
  const positive = query.groups.map((g) => (g.length === 1 ? term(g[0]!) : `(${g.map(term).join(' OR ')})`)).join(' AND ');
  if (query.exclude.length === 0) return positive;
  return `(${positive}) NOT (${query.exclude.map(term).join(' OR ')})`;
}

/** A PostgreSQL `to_tsquery` expression built from words only (no tsquery syntax from the user). */
export function toTsquery(query: ParsedQuery): string {
  const term = (t: Term): string => (t.words.length === 1 ? t.words[0]! : `(${t.words.join(' <-> ')})`);
  const positive = query.groups.map((g) => (g.length === 1 ? term(g[0]!) : `(${g.map(term).join(' | ')})`)).join(' & ');
  if (query.exclude.length === 0) return positive;
  return `(${positive}) & !(${query.exclude.map(term).join(' | ')})`;
}

/** FTS5 expression for "every word of this name appears", or undefined for a name without words. */
export function nameToFts5(name: string): string | undefined {
  const words = wordsOf(name);
  return words.length === 0 ? undefined : words.map((w) => `"${w}"`).join(' AND ');
}

/** tsquery for "every word of this name appears" (simple configuration: no stemming of names). */
export function nameToTsquery(name: string): string | undefined {
  const words = wordsOf(name);
  return words.length === 0 ? undefined : words.join(' & ');
}
