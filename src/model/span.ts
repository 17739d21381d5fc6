/**
 * Spans: half-open `[start, end)` ranges of UTF-16 code units into a Document's canonical text.
 *
 * Every span keeps the text it covers beside its offsets so that drift is detectable:
 * `doc.text.slice(span.start, span.end) === span.text` always holds (see `invariants.ts`).
 * Line and column are derived when needed, never stored. (unist positions, spaCy `char_span`.)
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the canonical text, with its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who made an annotation and how: the stage, the rule inside it, and, where honest, a confidence. */
export interface Provenance {
  /** Name of the pipeline stage that produced the annotation. */
  stage: string;
  /** Name of the rule, pattern, lexicon entry or model inside the stage. */
  rule: string;
  /** A probability-like score in [0, 1], only where the producer defines one honestly. */
  confidence?: number;
}

/** A span-anchored finding with an id (unique within its layer) and provenance. */
export interface Annotation extends Span, Provenance {
  id: string;
}

/** Builds a span over `text[start, end)`; throws on out-of-range offsets (a programmer error). */
export function spanOf(text: string, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`expected 0 <= start <= end <= ${text.length}, found start=${start} end=${end}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** Trims whitespace from both ends of `[start, end)` and returns the narrowed span. */
export function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return spanOf(text, start, end);
}

/** Whether two half-open ranges share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `outer` contains `inner` entirely. */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Orders spans by start, then longer first. */
export function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}
