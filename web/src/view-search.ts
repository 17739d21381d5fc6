/** Search: full text with filters over the stored corpus (GET /api/search), and a document's page. */
import type { Document } from '../../src/model/document.js';
import { failureText, getJson, type DocumentHit, type PlaceReading, type Stats, type StoredDocument } from './api.js';
import { renderArticle } from './article-view.js';
import { h, replaceChildren } from './dom.js';
import { resolveEvidence } from './evidence.js';
import { placeReadingText, shortDate } from './corpus-groups.js';
import { markSnippet, queryStems } from './snippet-marks.js';
import { CLAIM_STATUS_OPTIONS, EVENT_TYPE_OPTIONS, filterForm, paramsOf, type Field } from './forms.js';
import type { RecordLayer, RecordRef } from './highlights.js';
import { DEFAULT_QUOTE_SCOPE, parseQuoteScope, type QuoteScope } from './quote-kinds.js';

const FIELDS: Field[] = [
  { name: 'q', label: 'Words', type: 'search', placeholder: 'market "air defence" -drill' },
  { name: 'person', label: 'Mentions person' },
  { name: 'speaker', label: 'Quotes speaker' },
  { name: 'place', label: 'Mentions place' },
  { name: 'outlet', label: 'Outlet', suggest: 'outlets' },
  { name: 'from', label: 'Published from', type: 'date' },
  { name: 'to', label: 'Published to', type: 'date' },
  { name: 'eventType', label: 'Reports event type', options: EVENT_TYPE_OPTIONS },
  { name: 'claimStatus', label: 'Has a claim that is', options: CLAIM_STATUS_OPTIONS },
];

/** A line saying what the corpus holds, or how to fill an empty one. */
export async function corpusLine(): Promise<HTMLElement> {
  try {
    const stats = await getJson<Stats>('/api/stats');
    if (stats.documents === 0) return h('p', { class: 'notice' }, 'The corpus is empty. Load the sample articles with ', h('code', null, 'npx newslens serve --sample'), ', or ingest your own with ', h('code', null, 'npx newslens ingest <files>'), '.');
    return h('p', { class: 'hint' }, `The corpus holds ${stats.documents} articles, ${stats.quotes} quotes, ${stats.entities} entities and ${stats.events} events.`);
  } catch (e) {
    return h('p', { class: 'error', role: 'alert' }, failureText(e));
  }
}

/** Renders the Search view: the corpus line, the filters from the address, and the matching articles. */
export async function searchView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { role: 'status' }, 'Searching…'));
  replaceChildren(root, h('h1', { tabindex: '-1' }, 'Search the corpus'), await corpusLine(), filterForm('search', FIELDS, query, 'Search', 'Search articles'), results);
  try {
    const stems = queryStems(query.get('q'));
    const { results: hits, placeReadAs } = await getJson<{ results: DocumentHit[]; placeReadAs?: PlaceReading }>('/api/search', { ...paramsOf(query, FIELDS.map((f) => f.name)), limit: 50 });
    replaceChildren(results,
      placeReadAs ? h('p', { class: 'hint place-reading' }, placeReadingText(placeReadAs)) : null,
      h('h2', null, hits.length === 0 ? 'No articles match.' : `${hits.length}${hits.length === 50 ? '+' : ''} articles`),
      h('ol', { class: 'hits' }, hits.map((hit) => h('li', null,
        h('h3', null, h('a', { href: `#/doc/${encodeURIComponent(hit.id)}${stems.length ? `?${new URLSearchParams({ q: query.get('q')!.trim() })}` : ''}` }, hit.title ?? hit.snippet.slice(0, 80))),
        h('p', { class: 'meta' }, [hit.outlet, shortDate(hit.publishedAt), hit.status !== 'ok' ? `analysis ${hit.status}` : ''].filter(Boolean).join(' · ')),
        h('p', { class: 'snippet' }, markSnippet(hit.snippet, stems).map((p) => (p.match ? h('mark', { class: 'hit' }, p.text) : p.text)))))));
  } catch (e) {
    replaceChildren(results, h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}

const LAYERS = new Set<RecordLayer>(['quotes', 'claims', 'mentions', 'dates', 'numbers', 'places', 'events', 'casualties', 'framing', 'naming']);

/** `quotes:q3` → a record reference. */
export function parseFocus(value: string | null): RecordRef | undefined {
  const m = /^([a-z]+):([\w.-]+)$/.exec(value ?? '');
  return m && LAYERS.has(m[1] as RecordLayer) ? { layer: m[1] as RecordLayer, id: m[2]! } : undefined;
}

/** Keeps the quotes filter in the address (`&quotes=speech`) without reloading the view. */
export function rememberQuoteScope(scope: QuoteScope): void {
  const [path = '', search = ''] = location.hash.split('?', 2);
  const query = new URLSearchParams(search);
  if (scope === DEFAULT_QUOTE_SCOPE) query.delete('quotes');
  else query.set('quotes', scope);
  const rest = query.toString();
  history.replaceState(history.state, '', `${path}${rest ? `?${rest}` : ''}`);
}

/**
 * Renders a stored article (`#/doc/<id>`), selecting the record named by `?focus=layer:id`, with the
 * quotes filter of `?quotes=speech` and the words of the search that led here (`?q=`) marked.
 */
export async function documentView(root: HTMLElement, id: string, query: URLSearchParams): Promise<void> {
  replaceChildren(root, h('p', { role: 'status' }, 'Loading the article…'));
  try {
    // Quotes stored before they carried their cue kind get it from their cue's lexicon entry, so that
    // "speech only" does not hide them all; the page says so.
    const stored = await getJson<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`, { cueKinds: 'fill' });
    const doc: Document = stored.document;
    const focus = parseFocus(query.get('focus')) ?? resolveEvidence(doc, query.get('at'));
    const search = query.get('q')?.trim();
    replaceChildren(root, renderArticle(doc, { ...(focus ? { focus } : {}), ...(search ? { search } : {}), ...(stored.cueKindsFilled ? { cueKindsFilled: stored.cueKindsFilled } : {}), quoteScope: parseQuoteScope(query.get('quotes')), onQuoteScope: rememberQuoteScope }));
    document.title = `${doc.meta.title ?? 'Article'} · newslens`;
  } catch (e) {
    replaceChildren(root, h('h1', { tabindex: '-1' }, 'Article'), h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}
