/**
 * Highlighting by slicing (displaCy), as src/report/highlight.ts does on the server: cut the text at
 * every span boundary and list, for each piece, the spans active over it, outermost first. The caller
 * builds DOM nodes from the pieces with text nodes only, so overlapping and nested spans always give a
 * well-formed tree and no piece of the text is ever parsed as HTML. Pure: no DOM here.
 */

export interface Range {
  start: number;
  end: number;
}

/** A piece `[start, end)` of the text and the indices of the spans covering it, outermost first. */
export interface Segment {
  start: number;
  end: number;
  active: number[];
}

/**
 * Cuts `[0, length)` at every boundary of `spans` (clamped to the text; empty spans ignored). Spans
 * covering a piece are ordered by start, then longer first, then by their index: a stable nesting.
 */
export function segmentText(length: number, spans: readonly Range[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  const order: number[] = [];
  const start = (i: number): number => Math.max(0, spans[i]!.start);
  const end = (i: number): number => Math.min(length, spans[i]!.end);
  for (let i = 0; i < spans.length; i++) {
    if (start(i) >= end(i)) continue;
    cuts.add(start(i));
    cuts.add(end(i));
    order.push(i);
  }
  order.sort((a, b) => start(a) - start(b) || end(b) - end(a) || a - b);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: number[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    while (next < order.length && start(order[next]!) <= from) active.push(order[next++]!);
    // Every end is a cut, so a span still open after `from` covers the whole piece.
    active = active.filter((i) => end(i) > from);
    segments.push({ start: from, end: to, active: active.slice() });
  }
  return segments;
}
