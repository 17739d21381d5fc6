/**
 * A report section: one part of the human-readable report, for one layer or one concern. The text
 * report and the HTML page list their sections in `sections/index.ts`; each layer adds its own file.
 */
import type { Document } from '../model/document.js';
import type { HighlightSpan } from './highlight.js';

export interface ReportSection {
  /** Heading shown to the reader. */
  title: string;
  /** Plain-text lines for the terminal report; empty when the layer has nothing to show. */
  text(doc: Document): string[];
  /** An HTML fragment for the side panel; every piece of document text must be escaped. */
  html?(doc: Document): string;
  /** Spans to highlight in the article text, with the legend entries they use. */
  highlights?(doc: Document): HighlightSpan[];
  /** Legend: CSS class → [label, colour]. */
  legend?: Record<string, [string, string]>;
}
