/**
 * The comparison as text for a journalist: per cluster, one block per outlet and article (how it
 * presents the event, the figures and who gives them, whom it blames, denials and hedges, its names,
 * its loaded words near the event), then the contradictions. Plain text; nothing is escaped.
 */
import type { ArticleAccount, CasualtyFigure, CrowdFigure, CompareQuery, CompareReport, EventCluster } from './types.js';

const STATUS_TEXT: Record<string, string> = {
  asserted: 'asserted in its own voice',
  attributed: 'attributed to sources only',
  hedged: 'hedged',
  disputed: 'disputed',
  denied: 'reported as denied',
};

/** The report as readable text. */
export function formatCompareReport(report: CompareReport): string {
  const lines: string[] = [`Compare: ${describeQuery(report.query)}`];
  const s = report.scanned;
  lines.push(`${report.clusters.length} of ${report.clustersFound} event cluster${report.clustersFound === 1 ? '' : 's'} shown; ${s.candidates} candidate event${s.candidates === 1 ? '' : 's'} from ${s.events} index row${s.events === 1 ? '' : 's'}, ${s.unplaced} without a precise place or a date left out${s.truncated ? '; the index read stopped at its limit (narrow the query)' : ''}.`);
  if (report.place && !report.place.name) lines.push(`"${report.place.query}" is not a place the gazetteer knows: only events at a place of exactly that name are found. Check the spelling.`);
  if (report.clusters.length === 0) {
    lines.push('', report.query.cluster !== undefined
      ? `No event with id ${report.query.cluster} matches: its articles may have been removed or re-analysed, or the filters exclude it. Run without --cluster to list the events.`
      : 'No events matched. Widen the dates, drop the type, or check the place name.');
  }
  for (const cluster of report.clusters) lines.push('', ...clusterLines(cluster));
  return `${lines.join('\n')}\n`;
}

function describeQuery(q: CompareQuery): string {
  const parts: string[] = [];
  if (q.type) parts.push(`type "${q.type}"`);
  if (q.place) parts.push(`place ${q.place}`);
  if (q.from || q.to) parts.push(`dates ${q.from ?? '…'} to ${q.to ?? '…'}`);
  if (q.text) parts.push(`text "${q.text}"`);
  if (q.outlet) parts.push(`outlet ${q.outlet}`);
  if (q.cluster) parts.push(`event ${q.cluster}`);
  return parts.length ? parts.join(', ') : 'all stored events';
}

function clusterLines(c: EventCluster): string[] {
  const articles = c.outlets.reduce((n, o) => n + o.articles.length, 0);
  const dates = c.dates.from === c.dates.to ? c.dates.from : `${c.dates.from} to ${c.dates.to}`;
  const lines = [
    `[${c.id}] ${c.type}${c.subtypes.length ? ` (${c.subtypes.join('; ')})` : ''}`,
    `     in ${c.places.join(' / ')}, ${dates}: ${c.outlets.length} outlet${c.outlets.length === 1 ? '' : 's'}, ${articles} article${articles === 1 ? '' : 's'}`,
  ];
  for (const outlet of c.outlets) {
    for (const a of outlet.articles) lines.push('', ...articleLines(outlet.outlet, a));
  }
  lines.push('', c.contradictions.length ? '  Where the accounts disagree:' : '  No contradictions found between the accounts.');
  for (const x of c.contradictions) lines.push(`   - ${x.kind}: ${x.summary}`);
  return lines;
}

function articleLines(outlet: string, a: ArticleAccount): string[] {
  const lines = [`  ${outlet}${a.publishedAt ? `, ${a.publishedAt.slice(0, 10)}` : ''}: ${a.title ? `"${a.title}"` : a.documentId}`];
  const field = (label: string, value: string): void => { lines.push(`    ${label.padEnd(11)} ${value}`); };
  if (a.url) field('url', a.url);
  field('event', `${STATUS_TEXT[a.status] ?? a.status} ("${a.triggers.join('", "')}")${a.claimants.length ? `; sources: ${a.claimants.join(', ')}` : ''}`);
  field('casualties', a.casualties.length ? a.casualties.map(figureText).join('; ') : 'none given');
  if (a.crowd.length) field('crowd', a.crowd.map(crowdText).join('; '));
  field('blames', a.blamed.length ? a.blamed.map((b) => `${b.text}${b.party && b.party !== b.text ? ` [${b.party}]` : ''}${b.alleged ? ` (alleged${b.allegedBy && b.allegedBy !== 'outlet' ? ` by ${b.allegedBy}` : ''})` : ' (own voice)'}`).join('; ') : 'no one named');
  for (const q of a.qualifications) {
    const what = q.statuses.filter((s) => s !== 'attributed' && s !== 'asserted').join('+');
    field(what, `"${q.text}"${q.by ? ` (by ${q.by})` : ''}`);
  }
  if (a.naming.length) field('names', a.naming.map((n) => `${n.variant}${n.quoted && !n.outlet ? ' (in quotes)' : ''}`).join(', '));
  const loaded = a.framing.filter((f) => f.technique !== 'Hedge' && f.technique !== 'Distancing');
  if (loaded.length) field('framing', loaded.map((f) => `${f.technique.replace(/_/g, ' ')}: "${f.text}"${f.voice === 'outlet' ? '' : ` (${f.voice})`}`).join('; '));
  return lines;
}

function figureText(f: CasualtyFigure): string {
  return `${f.kind} ${f.figure}${f.group ? ` ${f.group}` : ''} (${f.claimant === 'outlet' ? 'outlet' : f.claimant})`;
}

function crowdText(f: CrowdFigure): string {
  return `${f.figure}${f.peak ? ' at its peak' : ''} (${f.claimant}, ${f.qualifier})`;
}
