/**
 * The standalone HTML page: the article with highlights and a side panel per section. No scripts, no
 * external requests; a Content-Security-Policy forbids both. Every fragment of text is escaped.
 */
import type { Document } from '../model/document.js';
import { escapeHtml } from './escape.js';
import { highlight, type HighlightSpan } from './highlight.js';
import { REPORT_SECTIONS } from './sections/index.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Renders the document as one self-contained HTML page. */
export function renderHtmlPage(doc: Document): string {
  const spans: HighlightSpan[] = REPORT_SECTIONS.flatMap((s) => s.highlights?.(doc) ?? []);
  const legend = REPORT_SECTIONS.flatMap((s) => Object.entries(s.legend ?? {}));
  const panels = REPORT_SECTIONS.map((s) => ({ title: s.title, body: s.html?.(doc) ?? '' })).filter((p) => p.body.length > 0);
  const title = doc.meta.title ?? 'newslens analysis';
  const css = legend.map(([cls, [, colour]]) => `mark.${cls},.legend .${cls}{background:${colour}}`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{display:flex;flex-wrap:wrap;gap:1.5rem;padding:1rem;max-width:1400px;margin:auto}
article{flex:3 1 32rem;background:#fff;padding:1rem 1.5rem;border:1px solid #ddd}
aside{flex:2 1 22rem}
section{background:#fff;border:1px solid #ddd;padding:.5rem 1rem;margin-bottom:1rem}
mark{background:none;border-radius:2px;padding:0 1px}
.legend span{display:inline-block;margin:0 .5rem .25rem 0;padding:0 .3rem;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.2rem;text-align:left;vertical-align:top}
${css}
</style></head>
<body><main>
<article><h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml([doc.meta.outlet, doc.meta.publishedAt, doc.meta.author].filter(Boolean).join(' · '))}</p>
${legend.length ? `<p class="legend">${legend.map(([cls, [label]]) => `<span class="${escapeHtml(cls)}">${escapeHtml(label)}</span>`).join('')}</p>` : ''}
<div class="text">${highlight(doc.text, spans)}</div></article>
<aside>${panels.map((p) => `<section><h2>${escapeHtml(p.title)}</h2>${p.body}</section>`).join('\n')}</aside>
</main></body></html>
`;
}
