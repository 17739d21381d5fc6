/**
 * Quoted spans on the raw text, marks included: curly and straight, double and single. A quotation
 * may run over several sentences; across paragraphs the journalistic convention leaves the closing
 * mark off and opens the next paragraph with a fresh mark, so an unclosed quote whose next paragraph
 * opens with a mark continues there. Any other unclosed quote is closed at its paragraph's end and
 * reported. Single marks inside a double quotation are part of it (nested quotes), and apostrophes
 * ("we’re", "Peskov’s") never open or close anything. Two apostrophes ('') are one double mark, as in
 * news-archive text (the New York Times's ''...'' convention).
 */
import type { Paragraph } from '../../model/layers/structure.js';

/** One quoted stretch inside one paragraph. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark, or the paragraph end for an unclosed piece. */
  end: number;
  /** Whether a closing mark was found in this paragraph. */
  closed: boolean;
  /** The quotation goes on in the next paragraph (the multi-paragraph convention). */
  continues: boolean;
  /** This piece continues a quotation from the previous paragraph. */
  continuation: boolean;
  /** 'double' or 'single' marks. */
  marks: 'double' | 'single';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-/]/;

/** Finds the quoted spans of every paragraph, in text order; `onUnmatched` gets each unclosed opener. */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[], onUnmatched?: (offset: number) => void): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let carried = false; // a quotation continues from the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let open = -1;
    let openSingle = -1;
    let continuation = false;
    if (carried && isDoubleOpener(text, para.start, para.start)) {
      open = para.start;
      continuation = true;
    }
    carried = false;
    for (let i = continuation ? para.start + markLength(text, para.start) : para.start; i < para.end; i++) {
      // Only quotation marks and apostrophes (" ' « » and U+2018 to U+201D) do anything below: every
      // other character is passed over by its code, without making a one-character string of it.
      const code = text.charCodeAt(i);
      if (code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201d)) continue;
      const c = text[i]!;
      const doubled = c === "'" && text[i + 1] === "'";
      if (c === '“' || c === '”' || c === '"' || c === '«' || c === '»' || doubled) {
        if (open < 0) {
          if (isDoubleOpener(text, i, para.start)) {
            if (openSingle >= 0) openSingle = -1; // a double quote inside a single one: rare; restart
            open = i;
          }
        } else if (c !== '“' && c !== '«' || !isDoubleOpener(text, i, para.start)) {
          spans.push({ start: open, end: i + (doubled ? 2 : 1), closed: true, continues: false, continuation, marks: 'double' });
          open = -1;
          continuation = false;
        }
        if (doubled) i++;
      } else if (open < 0 && (c === '‘' || c === '’' || c === "'")) {
        const before = i > para.start ? text[i - 1]! : ' ';
        const after = i + 1 < para.end ? text[i + 1]! : ' ';
        if (openSingle < 0) {
          if (c !== '’' && SPACE_OR_OPEN.test(before) && LETTER_OR_DIGIT.test(after)) openSingle = i;
        } else if ((c === '’' || c === "'") && !SPACE_OR_OPEN.test(before) && !LETTER_OR_DIGIT.test(after) && (before !== 's' || after !== ' ')) {
          spans.push({ start: openSingle, end: i + 1, closed: true, continues: false, continuation: false, marks: 'single' });
          openSingle = -1;
        }
      }
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      carried = next !== undefined && isDoubleOpener(text, next.start, next.start);
      if (!carried) onUnmatched?.(open);
      spans.push({ start: open, end: para.end, closed: false, continues: carried, continuation, marks: 'double' });
    }
  }
  return spans;
}

/** Length of the double mark at `i` (2 for ''), else 1. */
function markLength(text: string, i: number): number {
  return text[i] === "'" && text[i + 1] === "'" ? 2 : 1;
}

/** An opening double mark: “ or «, or a straight " or '' at the start of a word. */
function isDoubleOpener(text: string, i: number, paragraphStart: number): boolean {
  const c = text[i];
  const length = markLength(text, i);
  if (c !== '“' && c !== '"' && c !== '«' && c !== '”' && length === 1) return false;
  const before = i > paragraphStart ? text[i - 1]! : ' ';
  const after = text[i + length] ?? ' ';
  if (c === '“' || c === '«') return !/\s/.test(after) || i === paragraphStart;
  // A straight or right mark opens only at a word start and before a non-space.
  return SPACE_OR_OPEN.test(before) && !/\s/.test(after);
}
