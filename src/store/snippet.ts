/**
 * Snippets: a short plain-text window of a document around the first word of the query, made here
 * rather than by the engine (FTS5 snippet(), ts_headline) so both backends give the same result and
 * only the returned rows pay for it. Words match by their first letters, like the stemmed index
 * ("shelling" finds "shelled").
 *
 * A stored text usually opens with its headline on a line of its own. The hit already shows the title,
 * so a text that opens with it starts the snippet after it; a line that ends without punctuation (a
 * headline not given as the title, a subhead, a dateline) is set off with " · " instead of running
 * into the next sentence ("…in Donetsk · Ukrainian shelling killed…").
 */
import type { ParsedQuery } from './search-syntax.js';

const WIDTH = 220;
/** Between lines: the separator when the line before ends without closing punctuation. */
export const LINE_SEPARATOR = ' · ';
/** What ends a line that runs on into the next with a plain space. */
const CLOSED_LINE = /[.!?…:;,"”'’»)\]—–-]$/u;

/** A window of about 220 characters around the first matching word, whitespace collapsed. */
export function makeSnippet(fullText: string, query: ParsedQuery | undefined, title?: string): string {
  const text = fullText.slice(headlineEnd(fullText, title));
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
  const body = flatten(text.slice(start, end));
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}

/** Where the body starts when `text` opens with `title` on a line of its own; else 0. */
function headlineEnd(text: string, title: string | undefined): number {
  const head = title?.replace(/\s+/g, ' ').trim();
  if (!head) return 0;
  const lead = /^\s*/.exec(text)![0].length;
  const firstLine = text.slice(lead).split('\n', 1)[0]!;
  if (firstLine.replace(/\s+/g, ' ').trim() !== head) return 0;
  const after = lead + firstLine.length;
  const rest = /^\s*/.exec(text.slice(after))![0].length;
  // A text that is only its headline keeps it.
  return after + rest < text.length ? after + rest : 0;
}

/** Whitespace collapsed; a line break after a line without closing punctuation becomes " · ". */
function flatten(s: string): string {
  return s.trim().split(/\s*\n\s*/).filter((l) => l.length > 0).reduce((out, line) => {
    if (!out) return line.replace(/\s+/g, ' ');
    return `${out}${CLOSED_LINE.test(out) ? ' ' : LINE_SEPARATOR}${line.replace(/\s+/g, ' ')}`;
  }, '');
}

/** First index where `stem` starts a word in `lower`. */
function findWordStart(lower: string, stem: string): number {
  for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1]!)) return i;
  }
  return -1;
}
