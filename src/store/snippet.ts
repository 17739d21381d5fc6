/**
 * Snippets: a short plain-text window of a document around the first word of the query, made here
 * rather than by the engine (FTS5 snippet(), ts_headline) so both backends give the same result and
 * only the returned rows pay for it. Words match by their first letters, like the stemmed index
 * ("shelling" finds "shelled").
 */
import type { ParsedQuery } from './search-syntax.js';

const WIDTH = 220;

/** A window of about 220 characters around the first matching word, whitespace collapsed. */
export function makeSnippet(text: string, query: ParsedQuery | undefined): string {
  let at = -1;
  if (query) {
    const lower = text.toLowerCase();
    for (const group of query.groups) {
      for (const term of group) {
        const stem = term.words[0]!.slice(0, Math.max(4, term.words[0]!.length - 3));
        const found = findWordStart(lower, stem);
        if (found >= 0 && (at < 0 || found < at)) at = found;
      }
    }
  }
  let start = at < 0 ? 0 : Math.max(0, at - 60);
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && at - space < 90 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + WIDTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + WIDTH / 2) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}

/** First index where `stem` starts a word in `lower`. */
function findWordStart(lower: string, stem: string): number {
  for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1]!)) return i;
  }
  return -1;
}
