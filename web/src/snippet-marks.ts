/**
 * The words of a search that a snippet holds, marked: the snippet is plain text from the server; this
 * cuts it into pieces, each a match or not, and the view sets each piece as text (a match inside a
 * <mark>). Words match as the index does, by their first letters ("shelling" marks "shelled"); excluded
 * words (-drill) and OR are not marked. Pure: no DOM.
 */

export interface SnippetPiece {
  text: string;
  match: boolean;
}

/** The stems the query's words match by: at least 4 letters, the word less its last 3 letters. */
export function queryStems(q: string | null | undefined): string[] {
  const stems = new Set<string>();
  for (const token of (q ?? '').split(/\s+/)) {
    if (!token || token.startsWith('-') || token === 'OR') continue;
    for (const word of token.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (word.length === 0) continue;
      stems.add(word.slice(0, Math.max(4, word.length - 3)));
    }
  }
  return [...stems];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The snippet in pieces, the words that start with one of `stems` marked. */
export function markSnippet(snippet: string, stems: readonly string[]): SnippetPiece[] {
  if (stems.length === 0) return [{ text: snippet, match: false }];
  const pieces: SnippetPiece[] = [];
  let last = 0;
  for (const m of snippet.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (!stems.some((s) => word.startsWith(s))) continue;
    if (m.index > last) pieces.push({ text: snippet.slice(last, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) pieces.push({ text: snippet.slice(last), match: false });
  return pieces;
}

/** Where the words that start with one of `stems` lie in `text` (offsets, in order): the search's words in a whole article. */
export function matchRanges(text: string, stems: readonly string[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  if (stems.length === 0) return ranges;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (stems.some((s) => word.startsWith(s))) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}
