/**
 * Paragraphs: blocks between line breaks. A single newline separates paragraphs (news feeds and the
 * usual pasted article) unless the text looks hard-wrapped (wire copy, e-mail), where only blank lines do.
 */
import type { Paragraph } from '../../model/layers/structure.js';

const LINE = /[^\n]+/g;
const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;
const SPACE = /\s/;
const NOT_SPACE = /\S/;
const ENDS_SENTENCE = /[.!?:"”’)\]]$/;

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
  LINE.lastIndex = 0;
  let previousEnd = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    const lineStart = m.index;
    const lineEnd = m.index + m[0].length;
    if (!NOT_SPACE.test(m[0])) continue; // a blank line: counted in the gap below
    const gapHasBlankLine = countNewlines(text, previousEnd, lineStart) >= 2;
    if (blockStart >= 0 && (!hardWrapped || gapHasBlankLine)) flush();
    if (blockStart < 0) blockStart = lineStart;
    blockEnd = lineEnd;
    previousEnd = lineEnd;
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
  for (const raw of text.split('\n')) {
    if (!NOT_SPACE.test(raw)) continue;
    const line = raw.trimEnd();
    lines++;
    if (!ENDS_SENTENCE.test(line)) midSentence++;
    if (line.length > longest) longest = line.length;
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

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}
