/**
 * Compare: one real-world event as every stored outlet reports it (GET /api/compare). The filters
 * (place in any spelling, dates, type, words) live in the address; the matching event clusters are
 * listed, and the chosen one (`&cluster=<id>`, a stable id; or the only one) is shown with the contradictions first,
 * then one table row per article: figures with claimant and qualifier, status, blame, denials and
 * hedges, naming, loaded words, each linking to its words in the article.
 */
import { failureText, getJson, type CompareReport, type EventCluster } from './api.js';
import { CONTRADICTION_LABELS, accountRows, clusterCounts, clusterLabel, sideEvidence, type AccountRow, type Item } from './compare-rows.js';
import { h, replaceChildren, type Child } from './dom.js';
import { evidenceHref } from './evidence.js';
import { EVENT_TYPE_OPTIONS, filterForm, paramsOf, type Field } from './forms.js';
import { corpusLine } from './view-search.js';

const FIELDS: Field[] = [
  { name: 'place', label: 'Place', placeholder: 'e.g. Gorlovka' },
  { name: 'from', label: 'Event from', type: 'date' },
  { name: 'to', label: 'Event to', type: 'date' },
  { name: 'type', label: 'Event type', options: EVENT_TYPE_OPTIONS },
  { name: 'q', label: 'Words in the articles', type: 'search', placeholder: 'bus station' },
  { name: 'outlet', label: 'Outlet', suggest: 'outlets' },
  { name: 'minOutlets', label: 'Reported by', options: [['', 'any number of outlets'], ['2', '2 or more outlets'], ['3', '3 or more outlets']] },
  { name: 'radiusKm', label: 'Same place within', options: [['', '25 km (default)'], ['5', '5 km'], ['50', '50 km'], ['100', '100 km']] },
];

const COLUMNS = ['Published', 'Casualty figures and crowd sizes (claimant, qualifier)', 'Status', 'Blamed', 'Denials and hedges', 'Naming', 'Loaded words'];

/** The address of a cluster of this query. */
function clusterHref(query: URLSearchParams, id: string): string {
  const params = new URLSearchParams(query);
  params.set('cluster', id);
  return `#/compare?${params.toString()}`;
}

/** Items shown before a long list folds the rest under "N more". */
const SHOWN = 5;

function itemList(list: readonly Item[], documentId: string): HTMLUListElement {
  return h('ul', { class: 'items' }, list.map((i) => h('li', null,
    i.evidence ? h('a', { href: evidenceHref(documentId, i.evidence) }, i.text) : i.text,
    i.note ? h('span', { class: 'note' }, ` (${i.note})`) : null)));
}

function items(list: readonly Item[], documentId: string): Child {
  if (list.length === 0) return h('span', { class: 'none' }, 'none found');
  if (list.length <= SHOWN + 1) return itemList(list, documentId);
  // One wrapper, so a narrow screen's card layout keeps the folded rest under the list.
  return h('div', null, itemList(list.slice(0, SHOWN), documentId),
    h('details', { class: 'more' }, h('summary', null, `${list.length - SHOWN} more`), itemList(list.slice(SHOWN), documentId)));
}

function row(r: AccountRow): HTMLTableRowElement {
  const cells: Array<[string, Child]> = [
    [COLUMNS[0]!, r.published],
    [COLUMNS[1]!, items(r.figures, r.documentId)],
    [COLUMNS[2]!, items(r.status, r.documentId)],
    [COLUMNS[3]!, items(r.blamed, r.documentId)],
    [COLUMNS[4]!, items(r.qualifications, r.documentId)],
    [COLUMNS[5]!, items(r.naming, r.documentId)],
    [COLUMNS[6]!, items(r.framing, r.documentId)],
  ];
  return h('tr', null,
    h('th', { scope: 'row', 'data-label': 'Outlet' }, h('span', { class: 'outlet-name' }, r.outlet), h('br'), h('a', { href: evidenceHref(r.documentId) }, r.title)),
    cells.map(([label, content]) => h('td', { 'data-label': label }, content)));
}

function contradictions(cluster: EventCluster): HTMLElement {
  const list = cluster.contradictions;
  return h('section', { class: 'contradictions', 'aria-labelledby': 'compare-contradictions' },
    h('h3', { id: 'compare-contradictions' }, list.length ? `Where the accounts disagree (${list.length})` : 'Where the accounts disagree'),
    list.length === 0
      ? h('p', null, cluster.outlets.length > 1 ? 'No contradiction found on tolls, crowd sizes, blame, denials or status.' : 'Only one outlet reports this event: nothing to set against it.')
      : h('ul', null, list.map((c) => h('li', { class: `contradiction c-${c.kind}` },
        h('p', null, h('strong', null, `${CONTRADICTION_LABELS[c.kind] ?? c.kind}: `), c.summary),
        h('ul', { class: 'sides' }, c.sides.map((s) => h('li', null, h('a', { href: evidenceHref(s.documentId, sideEvidence(cluster, c.kind, s)) }, s.outlet), `: ${s.says}`)))))));
}

function clusterDetail(cluster: EventCluster): HTMLElement {
  const rows = accountRows(cluster);
  const where = cluster.lat !== undefined && cluster.lon !== undefined ? ` (${cluster.lat.toFixed(2)}, ${cluster.lon.toFixed(2)})` : '';
  return h('section', { class: 'compare-detail', 'aria-labelledby': 'compare-event' },
    h('h2', { id: 'compare-event', tabindex: '-1', 'data-focus-first': '' }, clusterLabel(cluster)),
    h('p', { class: 'meta' }, `${cluster.type}${cluster.subtypes.length ? ` (${cluster.subtypes.join(', ')})` : ''} · ${cluster.places.join(', ')}${where} · ${clusterCounts(cluster)}`),
    contradictions(cluster),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data compare' },
      h('caption', null, 'How each outlet reports it: one row per article; each item links to its words in the article'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Outlet and article'), COLUMNS.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, rows.map(row)))));
}

function clusterList(report: CompareReport, query: URLSearchParams, chosen: string | null): HTMLElement {
  const more = report.clustersFound > report.clusters.length ? ` (the ${report.clusters.length} most widely reported of ${report.clustersFound})` : '';
  return h('section', { class: 'compare-clusters', 'aria-labelledby': 'compare-list' },
    h('h2', { id: 'compare-list' }, `${report.clusters.length === 1 ? '1 event' : `${report.clusters.length} events`}${more}`),
    h('ol', null, report.clusters.map((c) => h('li', null,
      h('a', { href: clusterHref(query, c.id), 'aria-current': c.id === chosen ? 'true' : null }, clusterLabel(c)),
      h('span', { class: 'note' }, ` · ${clusterCounts(c)}`)))));
}

function scannedLine(report: CompareReport): HTMLElement {
  const s = report.scanned;
  const place = report.place?.name && report.place.name.toLowerCase() !== report.place.query.toLowerCase()
    ? `“${report.place.query}” read as ${report.place.name} (${[report.place.precision, report.place.country].filter(Boolean).join(', ')}). ` : '';
  return h('p', { class: 'hint' },
    place,
    `Read ${s.events} reported events from the index; ${s.candidates} had a precise place and a date and could be grouped`,
    s.unplaced ? `, ${s.unplaced} had no place below country level` : '', '.',
    s.truncated ? ' The index held more than one comparison reads: narrow the place or the dates.' : '');
}

/** What to say when no cluster is listed. */
function emptyMessage(report: CompareReport, query: URLSearchParams): string {
  if (report.place && !report.place.name) return `No stored event matches. “${report.place.query}” is not a place the gazetteer knows, so only events at a place of exactly that name count: check the spelling, or try another spelling of it.`;
  if (report.clustersFound > 0) return `${report.clustersFound} events match, but none is reported by ${query.get('minOutlets') ?? 'enough'} outlets or more.`;
  if (report.scanned.events > 0) return 'No event with a precise place and a date matches. Try wider dates, another spelling of the place, or no type.';
  return 'No stored event matches these filters.';
}

/** `c3` in links made before cluster ids were stable: the third event of the list as it was then. */
const POSITIONAL = /^c([1-9]\d{0,3})$/;
/** A stable cluster id (src/corpus/compare/cluster-id.ts). */
const STABLE = /^e[0-9a-f]{10}$/;

/**
 * The event the address names, and what to tell the reader about it. An id missing from the list
 * (it ranks below the events listed, or fewer outlets report it than the filter asks) is asked for
 * alone; an old positional link opens the event now at that position, saying it may not be the one
 * shared, and the address is rewritten to the event's stable id.
 */
async function chooseCluster(report: CompareReport, query: URLSearchParams, wanted: string | null): Promise<{ chosen?: EventCluster; notice?: string }> {
  if (!wanted) return report.clusters.length === 1 ? { chosen: report.clusters[0]! } : {};
  if (!POSITIONAL.test(wanted) && !STABLE.test(wanted)) return { notice: `"${wanted}" is not an event id (e and 10 hex digits): choose an event above.` };
  const listed = report.clusters.find((c) => c.id === wanted);
  if (listed) return { chosen: listed };
  const position = POSITIONAL.exec(wanted);
  if (position) {
    const n = Number(position[1]);
    const chosen = report.clusters[n - 1];
    if (!chosen) return { notice: `This address names an event by its position in the list (${wanted}), an older form of link; the list now has ${report.clusters.length} events: choose one above.` };
    history.replaceState(null, '', clusterHref(query, chosen.id));
    return { chosen, notice: `This address names the event by its position in the list (${wanted}), an older form of link that changes as articles are stored: showing the event now at position ${n}, which may not be the one that was shared. The address now names it by its id (${chosen.id}).` };
  }
  const alone = await getJson<CompareReport>('/api/compare', { ...paramsOf(query, FIELDS.map((f) => f.name)), cluster: wanted });
  const chosen = alone.clusters[0];
  if (chosen) return { chosen, notice: 'This event ranks below the events listed (or fewer outlets report it than the filter asks); it is shown below.' };
  return { notice: `Event ${wanted} is not among the stored events matching these filters: its articles may have been removed or re-analysed, or the filters exclude it. Choose one above.` };
}

/** Renders the compare view for the filters and chosen cluster in the address. */
export async function compareView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { role: 'status' }, 'Comparing…'));
  replaceChildren(root,
    h('h1', { tabindex: '-1' }, 'Compare outlets on one event'),
    h('p', { class: 'lede' }, 'Find an event, then see side by side what each outlet reported: the figures and who gave them, whether the outlet asserts or attributes it, whom it blames, denials, naming choices and loaded words.'),
    filterForm('compare', FIELDS, query, 'Compare', 'Find events to compare'),
    results);
  try {
    const report = await getJson<CompareReport>('/api/compare', { ...paramsOf(query, FIELDS.map((f) => f.name)), limit: 20 });
    const wanted = query.get('cluster');
    const { chosen, notice } = await chooseCluster(report, query, wanted);
    if (report.clusters.length === 0 && !chosen) {
      replaceChildren(results, h('p', { class: 'notice', role: 'status' }, notice ? `${emptyMessage(report, query)} ${notice}` : emptyMessage(report, query)), scannedLine(report), report.scanned.events === 0 ? await corpusLine() : null);
      return;
    }
    if (chosen) document.title = `${clusterLabel(chosen)} · Compare · newslens`;
    replaceChildren(results,
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      report.clusters.length ? clusterList(report, query, chosen?.id ?? null) : null,
      scannedLine(report),
      chosen ? clusterDetail(chosen)
        : notice ? null : h('p', { class: 'notice', role: 'status' }, 'Choose an event above to see its outlets side by side.'));
  } catch (e) {
    replaceChildren(results, h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}
