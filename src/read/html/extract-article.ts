/**
 * The article's text: Mozilla Readability finds the main content, `collectLines` turns it into
 * lines. When Readability finds nothing or very little (short pages, odd markup), a plain paragraph
 * extractor over the whole body (navigation, header, footer, asides and furniture left out) is
 * tried too and the longer result kept. Readability changes the document it reads, so the fallback
 * parses the page again.
 */
import { Readability } from '@mozilla/readability';
import { collectLines, type DomNode, type Line } from './collect-blocks.js';
import { isGateLine } from './boilerplate.js';

export interface ExtractedArticle {
  lines: string[];
  /** Which extractor produced the lines. */
  extractor: 'readability' | 'paragraphs';
  /** Readability's byline, when it found one (a fallback for the author). */
  byline?: string;
  /** The page's only text is a paywall or script wall. */
  gated?: boolean;
}

/** Below this many words Readability's result is compared with the paragraph extractor's. */
const CONFIDENT_WORDS = 50;
/** Lines of the fallback extractor shorter than this are menus and labels, not prose. */
const MIN_FALLBACK_LINE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Extracts the article from `document`; `reparse` gives a fresh copy of the page for the fallback.
 * `useReadability` false goes straight to the paragraph extractor (pathologically deep pages).
 */
export function extractArticle(document: unknown, reparse: () => { body: DomNode | null }, useReadability = true): ExtractedArticle {
  const found = useReadability ? readabilityLines(document) : { lines: [] };
  let best: ExtractedArticle = { lines: found.lines.map((l) => l.text), extractor: 'readability' };
  if (wordCount(best.lines) < CONFIDENT_WORDS) {
    // Readability changed the document; without it, the document is as parsed.
    const body = useReadability ? reparse().body : (document as { body: DomNode | null }).body;
    const fallback = body ? collectLines(body).map((l) => l.text).filter((l) => wordCount([l]) >= MIN_FALLBACK_LINE_WORDS) : [];
    if (wordCount(fallback) > wordCount(best.lines)) best = { lines: fallback, extractor: 'paragraphs' };
  }
  if (found.byline) best.byline = found.byline;
  const prose = best.lines.filter((l) => !isGateLine(l));
  if (prose.length < best.lines.length && wordCount(prose) < CONFIDENT_WORDS) best = { ...best, lines: [], gated: true };
  return best;
}

function readabilityLines(document: unknown): { lines: Line[]; byline?: string } {
  try {
    removeFurniture(document as Queryable);
    const result = new Readability(document as never, { keepClasses: true, disableJSONLD: true, serializer: (el: unknown) => el }).parse();
    const lines = result?.content ? collectLines(result.content as unknown as DomNode) : [];
    const byline = result?.byline?.trim();
    return byline ? { lines, byline } : { lines };
  } catch {
    return { lines: [] }; // Readability gives up on some malformed trees; the fallback still runs
  }
}

interface Queryable {
  querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
}

/** Elements that never hold the article, removed so that Readability scores a smaller tree. */
const FURNITURE = 'nav, aside, form, footer, iframe, button, select, dialog';

function removeFurniture(document: Queryable): void {
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove();
}

/** Words (runs of letters and digits) across lines. */
export function wordCount(lines: string[]): number {
  let n = 0;
  for (const line of lines) n += line.match(WORD)?.length ?? 0;
  return n;
}
