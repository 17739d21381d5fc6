/**
 * People: everyone the corpus names (GET /api/entities), and a person's page: all their quotes
 * (GET /api/quotes?speaker=), by date and outlet, each a link to its words in the article.
 */
import { failureText, getJson, type DocumentHit, type EntityHit, type QuoteHit } from './api.js';
import { groupQuotes, inQuotes, shortDate } from './corpus-groups.js';
import { h, replaceChildren, table } from './dom.js';
import { filterForm, paramsOf } from './forms.js';

/** Renders the list of people (or organisations) the corpus names. */
export async function peopleView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const list = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { role: 'status' }, 'Loading…'));
  const type = query.get('type') ?? 'person';
  replaceChildren(root,
    h('h1', { tabindex: '-1' }, type === 'organisation' ? 'Organisations' : 'People'),
    filterForm('people', [
      { name: 'name', label: 'Name' },
      { name: 'type', label: 'Kind', options: [['person', 'people'], ['organisation', 'organisations']] },
    ], query, 'Filter', 'Filter people'),
    list);
  try {
    const { results } = await getJson<{ results: EntityHit[] }>('/api/entities', { ...paramsOf(query, ['name']), type, limit: 300 });
    results.sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
    replaceChildren(list, results.length === 0
      ? h('p', null, 'Nobody matches.')
      : table(`${results.length} ${type === 'organisation' ? 'organisations' : 'people'}; a name opens their quotes`, ['name', 'articles'],
        results.map((e) => [h('a', { href: `#/person/${encodeURIComponent(e.name)}` }, e.name), String(e.documents)])));
  } catch (e) {
    replaceChildren(list, h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}

function quoteItem(q: QuoteHit, name: string): HTMLElement {
  const facts = [q.speaker && q.speaker !== name ? `as “${q.speaker}”` : '', q.cue ? `cue “${q.cue}”` : '', `${q.form} quote`, q.title ? `in “${q.title}”` : ''].filter(Boolean);
  const href = `#/doc/${encodeURIComponent(q.documentId)}?focus=quotes:${encodeURIComponent(q.quoteId)}`;
  return h('li', null, h('blockquote', null, inQuotes(q.content)), h('p', { class: 'meta' }, `${facts.join(' · ')} · `, h('a', { href }, 'see it in the article')));
}

function outletGroup(outlet: string, quotes: readonly QuoteHit[], name: string): HTMLElement {
  return h('div', { class: 'outlet-group' }, h('h4', null, outlet), h('ul', { class: 'quotes' }, quotes.map((q) => quoteItem(q, name))));
}

/** Renders a person's page: their quotes by day and outlet, and the articles that mention them. */
export async function personView(root: HTMLElement, name: string): Promise<void> {
  replaceChildren(root, h('h1', { tabindex: '-1' }, name), h('p', { role: 'status' }, 'Loading their quotes…'));
  try {
    const [{ results: quotes }, { results: articles }] = await Promise.all([
      getJson<{ results: QuoteHit[] }>('/api/quotes', { speaker: name, limit: 1000 }),
      getJson<{ results: DocumentHit[] }>('/api/search', { person: name, limit: 100 }),
    ]);
    const outlets = new Set(quotes.map((q) => q.outlet ?? ''));
    const docs = new Set(quotes.map((q) => q.documentId));
    const groups = groupQuotes(quotes);
    replaceChildren(root,
      h('h1', { tabindex: '-1' }, name),
      h('p', { class: 'lede' }, quotes.length
        ? `${quotes.length} quotes in ${docs.size} articles from ${outlets.size} outlets; mentioned in ${articles.length}${articles.length === 100 ? '+' : ''} articles.`
        : `No quotes attributed to ${name}; mentioned in ${articles.length} articles.`),
      h('section', { 'aria-labelledby': 'person-quotes' },
        h('h2', { id: 'person-quotes' }, 'Quotes by date and outlet'),
        groups.map((g) => h('section', { class: 'day' }, h('h3', null, g.day), g.outlets.map((o) => outletGroup(o.outlet, o.quotes, name))))),
      articles.length ? h('section', { 'aria-labelledby': 'person-articles' },
        h('h2', { id: 'person-articles' }, 'Articles that mention them'),
        h('ul', null, articles.map((a) => h('li', null, h('a', { href: `#/doc/${encodeURIComponent(a.id)}` }, a.title ?? a.snippet.slice(0, 80)), ` · ${[a.outlet, shortDate(a.publishedAt)].filter(Boolean).join(' · ')}`)))) : null);
    document.title = `${name} · newslens`;
  } catch (e) {
    replaceChildren(root, h('h1', { tabindex: '-1' }, name), h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}
