/**
 * Highlighting by slicing (displaCy): cut the text at every span boundary, escape every fragment, and
 * wrap each segment in the spans active over it. Spans may nest or overlap; the output is always
 * well-formed because each segment is wrapped independently.
 */
import { escapeHtml } from './escape.js';

export interface HighlightSpan {
  start: number;
  end: number;
  /** CSS class names (trusted: chosen by newslens, never taken from the text). */
  className: string;
  /** A tooltip; escaped. */
  title?: string;
  /** data-* attributes; names trusted, values escaped. */
  data?: Record<string, string>;
}

/** Renders `text` as HTML with each segment wrapped in `<mark>` elements for its active spans. */
export function highlight(text: string, spans: readonly HighlightSpan[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.start < s.end) {
      cuts.add(Math.max(0, s.start));
      cuts.add(Math.min(text.length, s.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...spans].filter((s) => s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    let segment = escapeHtml(text.slice(from, to)).replace(/\n/g, '<br>\n');
    for (let k = ordered.length - 1; k >= 0; k--) {
      const s = ordered[k]!;
      if (s.start <= from && to <= s.end) segment = `<mark class="${escapeHtml(s.className)}"${attributes(s)}>${segment}</mark>`;
    }
    out += segment;
  }
  return out;
}

function attributes(span: HighlightSpan): string {
  let out = span.title ? ` title="${escapeHtml(span.title)}"` : '';
  for (const [name, value] of Object.entries(span.data ?? {})) {
    if (/^[a-z][a-z0-9-]*$/.test(name)) out += ` data-${name}="${escapeHtml(value)}"`;
  }
  return out;
}
