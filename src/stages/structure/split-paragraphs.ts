/**
 * Paragraphs: blocks between line breaks. A single newline separates paragraphs (news feeds and the
 * usual pasted article) unless the text looks hard-wrapped (wire copy, e-mail), where only blank lines do.
 */
import type { Paragraph } from '../../model/layers/structure.js';

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;
const SPACE = /\s/;
/** Characters that end a line ending a sentence: . ! ? : " ” ’ ) ] */
const ENDS_SENTENCE = new Set(Array.from('.!?:"”’)]', (c) => c.charCodeAt(0)));

/** Splits the text into trimmed paragraphs; whitespace-only text has none. */
export function splitParagraphs(text: string): Paragraph[] {
  const hardWrapped = looksHardWrapped(text);
  const paragraphs: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = (): void => {
    if (blockStart < 0) return;
    const span = trim(text, blockStart, blockEnd);
    if (span) paragraphs.push({ start: span.start, end: span.end, text: span.text, index: paragraphs.length });
    blockStart = -1;
  };
  let previousEnd = 0;
  // Lines found by indexOf and tested in place: no substring per line.
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    if (lastNonSpace(text, lineStart, lineEnd) < 0) { lineStart = next; continue; } // a blank line: counted in the gap below
    const gapHasBlankLine = countNewlines(text, previousEnd, lineStart) >= 2;
    if (blockStart >= 0 && (!hardWrapped || gapHasBlankLine)) flush();
    if (blockStart < 0) blockStart = lineStart;
    blockEnd = lineEnd;
    previousEnd = lineEnd;
    lineStart = next;
  }
  flush();
  return paragraphs;
}

/**
 * Hard-wrapped text: many lines, most of them ending mid-sentence, with lengths capped near a margin,
 * and blank lines between the real paragraphs.
 */
function looksHardWrapped(text: string): boolean {
  if (!BLANK_LINE.test(text)) return false;
  let lines = 0;
  let midSentence = 0;
  let longest = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const last = lastNonSpace(text, start, end); // the line trimmed at its end is [start, last]
    if (last >= 0) {
      lines++;
      if (!ENDS_SENTENCE.has(text.charCodeAt(last))) midSentence++;
      if (last + 1 - start > longest) longest = last + 1 - start;
    }
    start = end + 1;
  }
  if (lines < 6) return false;
  return midSentence / lines > 0.5 && longest <= 100;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function trim(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

/** The last character of `[from, to)` that is not white space (`\s`), or -1 when there is none. */
function lastNonSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!isSpaceAt(text, i)) return i;
  return -1;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}
