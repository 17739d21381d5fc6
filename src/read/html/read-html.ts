/**
 * HTML → canonical text and metadata. The page is checked for malformation (a warning when the
 * parser had to repair it), given a proper skeleton, parsed with linkedom, its metadata read, and its
 * article extracted: the canonical text is the article's paragraphs, headings and list items, one per
 * line, joined by "\n". A page without article text fails with E_INPUT_NO_ARTICLE.
 */
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { DocumentMeta } from '../../model/document.js';
import { makeMessage, type Message } from '../../model/messages.js';
import type { DomNode } from './collect-blocks.js';
import { normalizeSpace } from './collect-blocks.js';
import { extractArticle } from './extract-article.js';
import { extractMetadata, type DomDocument } from './extract-metadata.js';
import { describeHtmlProblems, findHtmlProblems } from './find-html-problems.js';
import { repairSkeleton } from './repair-skeleton.js';
import { stripInert } from './strip-inert.js';

export type HtmlReadResult =
  | { ok: true; text: string; meta: DocumentMeta; messages: Message[]; extractor: 'readability' | 'paragraphs' }
  | { ok: false; error: Message; meta: DocumentMeta };

const BYLINE_PREFIX = /^by\s+/i;
/** linkedom builds a tree in time growing with the square of its depth (50,000 deep: 5 s); refuse beyond. */
const MAX_PARSE_DEPTH = 3000;
/** Readability's scoring grows faster still (400 nested divs: 3 s); deeper pages use the paragraph extractor. */
const MAX_READABILITY_DEPTH = 100;
/** "By Ana Example", "By Ana Example and Ben Example in Kyiv": short, no sentence end. */
const BYLINE_LINE = /^(?:By|BY|by)\s+\p{Lu}[^.!?]{0,80}$/u;

// linkedom takes ~0.3 s of CPU to load: it loads with the first page read, not in every command and
// analysis worker (plain text and JSON never need it). Its CommonJS build, so a synchronous read can load it.
let linkedom: typeof Linkedom | undefined;
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(html);
}

/** Reads an article page; `url` (where the page came from) resolves relative links in metadata. */
export function readHtml(html: string, url?: string): HtmlReadResult {
  const messages: Message[] = [];
  const lean = stripInert(html);
  const found = findHtmlProblems(lean, MAX_PARSE_DEPTH);
  if (found.maxDepth > MAX_PARSE_DEPTH) {
    return { ok: false, error: makeMessage('E_INPUT_MALFORMED', `the HTML nests elements more than ${MAX_PARSE_DEPTH} deep (pages nest a few dozen; this one has thousands of tags never closed or is not a page)`), meta: {} };
  }
  const problems = describeHtmlProblems(found);
  if (problems) messages.push(makeMessage('W_INPUT_HTML_REPAIRED', `${problems}; the text was extracted from a repaired parse`));
  const skeleton = repairSkeleton(lean);
  let document: DomDocument & { body: DomNode | null };
  try {
    document = parseHTML(skeleton).document as unknown as DomDocument & { body: DomNode | null };
  } catch (error) {
    return { ok: false, error: makeMessage('E_INPUT_MALFORMED', `the HTML could not be parsed (${(error as Error).message})`), meta: {} };
  }
  const { meta, messages: metaMessages } = extractMetadata(document, url);
  messages.push(...metaMessages);
  const article = extractArticle(document, () => parseHTML(skeleton).document as unknown as { body: DomNode | null }, found.maxDepth <= MAX_READABILITY_DEPTH);
  if (article.lines.length === 0) {
    const why = article.gated
      ? 'the page shows a paywall or asks for JavaScript instead of the article'
      : 'no article text was found in the page (only navigation, links or page furniture)';
    return { ok: false, error: makeMessage('E_INPUT_NO_ARTICLE', why), meta };
  }
  // The headline is metadata: a first line repeating it (an <h1> kept in the body) is dropped.
  if (meta.title && article.lines.length > 1 && sameText(article.lines[0]!, meta.title)) article.lines.shift();
  // A byline line near the top ("By Staff Reporter") is metadata too, on pages that do not mark it up.
  const bylineAt = article.lines.slice(0, 3).findIndex((l) => BYLINE_LINE.test(l));
  const bylineLine = bylineAt >= 0 && article.lines.length > 1 ? article.lines.splice(bylineAt, 1)[0] : undefined;
  const byline = article.byline ?? bylineLine;
  if (meta.author === undefined && byline) {
    const name = normalizeSpace(byline).replace(BYLINE_PREFIX, '');
    if (name && name.length <= 100) meta.author = name;
  }
  return { ok: true, text: article.lines.join('\n'), meta, messages, extractor: article.extractor };
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === normalizeSpace(b).toLowerCase();
}
