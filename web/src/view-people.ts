/**
 * People: everyone the corpus names (GET /api/entities), and a person's page: all their quotes
 * (GET /api/quotes?speaker=, `&kind=speech` for what they said), by date and outlet, each with what its
 * cue reports and a link to its words in the article.
 */
import { failureText, getJson, type DocumentHit, type EntityHit, type PersonRoles, type QuoteHit, type Stats } from './api.js';
import { groupQuotes, shortDate } from './corpus-groups.js';
import { quotedWords } from './quoted-words.js';
import { h, replaceChildren, table } from './dom.js';
import { filterForm, paramsOf } from './forms.js';
import { QUOTE_SCOPES, cueKindLabel, parseQuoteScope, quoteKindParam, type QuoteScope } from './quote-kinds.js';
import { rememberQuoteScope } from './view-search.js';

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
  return h('li', null, h('blockquote', null, quotedWords(q.content)),
    h('p', { class: 'meta' }, h('span', { class: `cue-kind kind-${q.cueKind ?? 'unknown'}` }, cueKindLabel(q)), ` · ${facts.join(' · ')} · `, h('a', { href }, 'see it in the article')));
}

function outletGroup(outlet: string, quotes: readonly QuoteHit[], name: string): HTMLElement {
  return h('div', { class: 'outlet-group' }, h('h4', null, outlet), h('ul', { class: 'quotes' }, quotes.map((q) => quoteItem(q, name))));
}

/** "1 outlet", "2 outlets". */
function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The roles section of a person's page: each role, how many articles give it, a link to its words in the newest. */
export function rolesSection(answer: PersonRoles): Array<HTMLElement> {
  const heading = h('h2', { id: 'person-roles-title' }, 'Roles the articles give them');
  const read = `the ${counted(answer.documents, 'article')} that ${answer.documents === 1 ? 'mentions' : 'mention'} them`;
  // Articles stored before roles were indexed lack theirs until the index is filled in: say so.
  const waiting = answer.notIndexed > 0 ? h('p', { class: 'notice', id: 'person-roles-pending' },
    `${counted(answer.notIndexed, 'article')} of these ${answer.notIndexed === 1 ? 'was' : 'were'} stored before roles were indexed and ${answer.notIndexed === 1 ? 'is' : 'are'} left out until `,
    h('code', null, 'newslens reanalyze --index-only'), ' fills them in from the stored articles (no re-analysis).') : null;
  if (answer.results.length === 0) return [heading, h('p', { class: 'hint' }, `No title or role in ${read}.`), ...(waiting ? [waiting] : [])];
  return [heading,
    h('p', { class: 'hint' }, `As written in ${read}; each links to its words in the newest article that gives it.`),
    ...(waiting ? [waiting] : []),
    h('ul', { class: 'roles' }, answer.results.map((r) => {
      const focus = r.example.mentionId ? `?focus=mentions:${encodeURIComponent(r.example.mentionId)}` : '';
      const where = [r.example.outlet, shortDate(r.example.publishedAt)].filter(Boolean).join(', ');
      return h('li', null, h('a', { href: `#/doc/${encodeURIComponent(r.example.documentId)}${focus}` }, r.role),
        ` · ${counted(r.documents, 'article')}${where ? ` · newest: ${where}` : ''}`);
    })),
    // The API gives the most widely given roles first, a page of them: say how many more there are.
    ...(answer.total > answer.results.length ? [h('p', { class: 'hint', id: 'person-roles-more' }, `and ${counted(answer.total - answer.results.length, 'other role')}, each given by fewer articles.`)] : [])];
}

/** At most this many quotes are listed (the newest first). */
const QUOTES_SHOWN = 1000;

function scopeText(scope: QuoteScope, quotes: readonly QuoteHit[]): string {
  const count = quotes.length;
  const shown = count >= QUOTES_SHOWN ? `the newest ${count}` : String(count);
  if (scope === 'speech') return `Speech only: ${shown} ${count === 1 ? 'quote' : 'quotes'} reported as said or written. Beliefs, stances, plans, findings and quotes of unknown kind are left out.`;
  // Quotes stored before kinds were indexed have none until the store re-analyses them: say how many.
  const unknown = quotes.filter((q) => !q.cueKind).length;
  return `All attributions: ${shown} (what they said, and what they are reported to believe, want, feel or have found)${unknown ? `; ${unknown} of kind not known, which "Speech only" leaves out` : ''}.`;
}

/**
 * Renders a person's page: their quotes by day and outlet, each with what its cue reports, and the
 * articles that mention them. `?quotes=speech` keeps to what they said: the store filters, so the
 * counts and the cap of QUOTES_SHOWN count speech only. The filter reloads the list in place (focus
 * stays on it) and keeps its choice in the address.
 */
export async function personView(root: HTMLElement, name: string, query: URLSearchParams): Promise<void> {
  let scope = parseQuoteScope(query.get('quotes'));
  let loading = 0;
  const status = h('p', { class: 'hint scope-status', role: 'status', id: 'person-scope-status' }, 'Loading their quotes…');
  const radios = QUOTE_SCOPES.map(({ scope: s, label }) => h('label', { for: `person-scope-${s}`, class: 'mode-option' },
    h('input', { type: 'radio', name: 'person-scope', value: s, id: `person-scope-${s}`, checked: s === scope, 'aria-describedby': 'person-scope-status', onchange: () => { scope = s; rememberQuoteScope(s); void load(); } }),
    ` ${label}`));
  const lede = h('p', { class: 'lede' });
  const results = h('div', { class: 'results' });
  const notice = h('div', null);
  const roles = h('section', { class: 'person-roles', 'aria-labelledby': 'person-roles-title', 'aria-busy': 'true' });
  replaceChildren(root, h('h1', { tabindex: '-1' }, name), lede, roles, h('fieldset', { class: 'modes quote-scope' }, h('legend', null, 'Quotes to show'), radios, status), notice, results);
  // Quotes stored before cue kinds were indexed: "speech only" cannot see them; say so, and how to fix it.
  void getJson<Stats>('/api/stats').then((stats) => {
    const pending = stats.quotesWithoutCueKind ?? 0;
    if (pending > 0 && root.isConnected) notice.replaceChildren(h('p', { class: 'notice', id: 'cue-kinds-pending' },
      `${pending.toLocaleString('en')} ${pending === 1 ? 'quote' : 'quotes'} in this corpus ${pending === 1 ? 'was' : 'were'} stored before cue kinds were indexed: they show as of kind not known, and "Speech only" leaves them out until `,
      h('code', null, 'newslens reanalyze --index-only'), ' fills them in from the stored articles (no re-analysis).'));
  }, () => undefined);
  const articles = getJson<{ results: DocumentHit[] }>('/api/search', { person: name, limit: 100 }).then((r) => r.results);
  // The titles and roles the articles give them ("Kremlin Press Secretary"), each linked to its words.
  void getJson<PersonRoles>('/api/person-roles', { name }).then((answer) => {
    if (root.isConnected) replaceChildren(roles, rolesSection(answer));
  }, (e: unknown) => {
    if (root.isConnected) replaceChildren(roles, h('h2', { id: 'person-roles-title' }, 'Roles'), h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }).finally(() => roles.removeAttribute('aria-busy'));

  async function load(): Promise<void> {
    const mine = ++loading;
    status.textContent = 'Loading their quotes…';
    try {
      const [{ results: quotes }, mentioned] = await Promise.all([
        getJson<{ results: QuoteHit[] }>('/api/quotes', { speaker: name, limit: QUOTES_SHOWN, kind: quoteKindParam(scope) }),
        articles,
      ]);
      if (mine !== loading) return; // a later choice of the filter is loading
      const outlets = new Set(quotes.map((q) => q.outlet ?? ''));
      const docs = new Set(quotes.map((q) => q.documentId));
      const mentions = `mentioned in ${mentioned.length === 100 ? '100+ articles' : counted(mentioned.length, 'article')}`;
      lede.textContent = quotes.length
        ? `${counted(quotes.length, scope === 'speech' ? 'thing said' : 'quote', scope === 'speech' ? 'things said' : 'quotes')} in ${counted(docs.size, 'article')} from ${counted(outlets.size, 'outlet')}; ${mentions}.`
        : `No ${scope === 'speech' ? 'speech' : 'quotes'} attributed to ${name}; ${mentions}.`;
      status.textContent = scopeText(scope, quotes);
      replaceChildren(results,
        h('section', { 'aria-labelledby': 'person-quotes' },
          h('h2', { id: 'person-quotes' }, 'Quotes by date and outlet'),
          groupQuotes(quotes).map((g) => h('section', { class: 'day' }, h('h3', null, g.day), g.outlets.map((o) => outletGroup(o.outlet, o.quotes, name))))),
        mentioned.length ? h('section', { 'aria-labelledby': 'person-articles' },
          h('h2', { id: 'person-articles' }, 'Articles that mention them'),
          h('ul', null, mentioned.map((a) => h('li', null, h('a', { href: `#/doc/${encodeURIComponent(a.id)}` }, a.title ?? a.snippet.slice(0, 80)), ` · ${[a.outlet, shortDate(a.publishedAt)].filter(Boolean).join(' · ')}`)))) : null);
    } catch (e) {
      if (mine !== loading) return;
      status.textContent = '';
      replaceChildren(results, h('p', { class: 'error', role: 'alert' }, failureText(e)));
    }
  }

  document.title = `${name} · newslens`;
  await load();
}
