/**
 * Report section: events with type, date, place, actors and attribution, then every casualty figure
 * and every crowd size as its own claim with its claimant (competing figures side by side, never merged).
 */
import type { CasualtyClaim, Claimant, CrowdSize, EventPosition, NewsEvent } from '../../model/layers/events.js';
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

function claimantName(c: Claimant): string {
  return c.kind === 'outlet' ? 'the outlet' : c.name;
}

/** Where an inherited place came from (the events stage's `inherited-*` location rules). */
const INHERITED_FROM: Record<string, string> = { 'inherited-dateline': 'the dateline', 'inherited-previous-event': 'the event before', 'inherited-town-referred': '"the city"' };

function place(e: NewsEvent): string {
  const l = e.location;
  if (!l) return '';
  const at = l.lat !== undefined && l.lon !== undefined ? `${l.name} (${l.lat.toFixed(2)}, ${l.lon.toFixed(2)})` : l.name;
  // A place the event took from the article around it, not one its own sentence names.
  const from = INHERITED_FROM[l.rule];
  return from ? `${at}, from ${from}` : at;
}

function actors(e: NewsEvent): string {
  const parts = e.actors.map((a) => `${a.role}: ${a.text}${a.alleged ? ` (alleged${a.allegedBy?.kind === 'source' ? `, by ${a.allegedBy.name}` : ''})` : ''}`);
  for (const t of e.targets) parts.push(`site: ${t.text}`);
  for (const w of e.weapons) parts.push(`weapon: ${w.text}${w.alleged ? ' (alleged)' : ''}`);
  return parts.join('; ');
}

function what(e: NewsEvent): string {
  return `${e.subtype ?? e.type}${e.kind ? ` [${e.kind}]` : ''}${e.recurring ? ' (recurring)' : ''}`;
}

function attribution(e: NewsEvent): string {
  return `${e.attribution.status}: ${e.attribution.claimants.map(claimantName).join(', ')}`;
}

function figure(c: CasualtyClaim | CrowdSize): string {
  const bounds = c.best !== undefined ? `${c.best}` : [c.low !== undefined ? `≥ ${c.low}` : '', c.high !== undefined ? `≤ ${c.high}` : ''].filter(Boolean).join(', ');
  return `${bounds} ("${c.figure.text}"${c.qualifier !== 'exact' ? `, ${c.qualifier}` : ''}${c.approximate ? ', approximate' : ''}${'subset' in c && c.subset ? ', part of the toll' : ''}${'increment' in c && c.increment ? ', added to an earlier toll' : ''})`;
}

function stance(p: EventPosition): string {
  return `${p.stance}${p.about === 'responsibility' ? ' responsibility' : ''}${p.qualified ? ` (${p.qualified} by the outlet)` : ''}`;
}

/**
 * One row per claimant and stance, for the events someone denies or disputes or claims or denies
 * responsibility for: the one-word status of such an event hides a side.
 */
function positionRows(doc: Parameters<ReportSection['text']>[0]): string[][] {
  const rows: string[][] = [];
  for (const e of doc.layers.events ?? []) {
    const positions = e.attribution.positions ?? [];
    if (!positions.some((p) => p.stance !== 'asserts' || p.about !== 'event')) continue;
    for (const p of positions) rows.push([e.id, claimantName(p.claimant), stance(p), p.evidence.map((s) => `"${s.text}"`).join(' … ')]);
  }
  return rows;
}

function crowdRows(doc: Parameters<ReportSection['text']>[0]): string[][] {
  const rows: string[][] = [];
  for (const e of doc.layers.events ?? []) for (const c of e.crowd ?? []) rows.push([e.id, figure(c) + (c.peak ? ' at its peak' : ''), claimantName(c.claimant)]);
  return rows;
}

function casualtyRows(doc: Parameters<ReportSection['text']>[0]): string[][] {
  return (doc.layers.casualties ?? []).map((c) => [c.event ?? '', c.kind, c.group ?? '', figure(c), claimantName(c.claimant) + (c.disputedBy ? c.disputedBy.map((d) => `; ${d.stance === 'denies' ? 'denied' : 'disputed'} by ${claimantName(d.claimant)}`).join('') : ''), c.claimedAt ?? '']);
}

export const eventsSection: ReportSection = {
  title: 'Events',
  text(doc) {
    const events = doc.layers.events ?? [];
    if (events.length === 0 && (doc.layers.casualties ?? []).length === 0) return [];
    const lines = textTable(['id', 'what', 'when', 'where', 'according to'], events.map((e) => [e.id, what(e), e.date?.value ?? '', place(e), attribution(e)]), 80);
    for (const e of events) if (actors(e)) lines.push(`${e.id} who: ${actors(e)}`);
    const positions = positionRows(doc);
    if (positions.length > 0) lines.push('', 'Who asserts, disputes or denies a contested event (one row per claimant and stance):', ...textTable(['event', 'claimant', 'stance', 'evidence'], positions, 80));
    const casualties = casualtyRows(doc);
    if (casualties.length > 0) lines.push('', 'Casualty claims (one row per figure and claimant):', ...textTable(['event', 'kind', 'group', 'figure', 'claimed by', 'when claimed'], casualties));
    const crowds = crowdRows(doc);
    if (crowds.length > 0) lines.push('', 'Crowd sizes (one row per figure and claimant):', ...textTable(['event', 'figure', 'claimed by'], crowds));
    return lines;
  },
  html(doc) {
    const events = doc.layers.events ?? [];
    if (events.length === 0) return '';
    const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
    const head = (cells: string[]): string => `<thead><tr>${cells.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
    const table = `<table class="events">${head(['id', 'what', 'when', 'where', 'who', 'according to'])}<tbody>${events.map((e) => row([e.id, what(e), e.date?.value ?? '', place(e), actors(e), attribution(e)])).join('')}</tbody></table>`;
    const positionList = positionRows(doc);
    const positions = positionList.length ? `<table class="event-positions">${head(['event', 'claimant', 'stance', 'evidence'])}<tbody>${positionList.map(row).join('')}</tbody></table>` : '';
    const casualties = casualtyRows(doc);
    const claims = casualties.length ? `<table class="casualties">${head(['event', 'kind', 'group', 'figure', 'claimed by', 'when claimed'])}<tbody>${casualties.map(row).join('')}</tbody></table>` : '';
    const crowdSizes = crowdRows(doc);
    const crowds = crowdSizes.length ? `<table class="crowd-sizes">${head(['event', 'crowd size', 'claimed by'])}<tbody>${crowdSizes.map(row).join('')}</tbody></table>` : '';
    return table + positions + claims + crowds;
  },
  highlights(doc) {
    const triggers = (doc.layers.events ?? []).flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, className: 'event-trigger', title: `${e.id}: ${what(e)} (${e.attribution.status})` })));
    const figures = (doc.layers.casualties ?? []).map((c) => ({ start: c.start, end: c.end, className: 'casualty', title: `${c.kind}: ${figure(c)}, claimed by ${claimantName(c.claimant)}` }));
    return [...triggers, ...figures];
  },
  legend: { 'event-trigger': ['event', '#ffc9c9'], casualty: ['casualty figure', '#e0c8ff'] },
};
