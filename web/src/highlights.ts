/**
 * What the article view highlights in each mode, and the legend of every colour it uses. One mode at a
 * time keeps the colours readable: quotes by speaker, claims by status, entities with dates and places,
 * events with their casualty figures, framing markers by voice. Colours live in app.css under the
 * class names chosen here (never taken from the text). Pure: no DOM here.
 */
import type { Document } from '../../src/model/document.js';
import type { Quote } from '../../src/model/layers/quotes.js';
import type { ClaimStatus } from '../../src/model/layers/claims.js';
import type { Voice } from '../../src/model/layers/framing.js';
import type { NewsEvent } from '../../src/model/layers/events.js';
import { DEFAULT_QUOTE_SCOPE, inQuoteScope, type QuoteScope } from './quote-kinds.js';

export type Mode = 'quotes' | 'claims' | 'entities' | 'events' | 'framing';

export const MODES: ReadonlyArray<{ mode: Mode; label: string }> = [
  { mode: 'quotes', label: 'Who said what' },
  { mode: 'claims', label: 'Claims' },
  { mode: 'entities', label: 'Entities, dates, places' },
  { mode: 'events', label: 'Events' },
  { mode: 'framing', label: 'Framing' },
];

export type RecordLayer = 'quotes' | 'claims' | 'mentions' | 'dates' | 'numbers' | 'places' | 'events' | 'casualties' | 'framing' | 'naming';

/** Which record a highlighted span stands for; `part` tells a quote's source and cue from its content. */
export interface RecordRef {
  layer: RecordLayer;
  id: string;
  part?: 'content' | 'source' | 'cue' | 'actor' | 'site' | 'weapon' | 'evidence';
  /** Which of the record's spans of that part to show, by its start (an event's second actor). */
  start?: number;
}

export interface UiSpan {
  start: number;
  end: number;
  /** CSS classes (trusted: chosen here). */
  cls: string;
  ref: RecordRef;
  /** Spans with the same group are one finding's evidence (a quote's source, cue and content). */
  group: string;
}

export interface LegendEntry {
  cls: string;
  label: string;
}

export interface Highlighting {
  spans: UiSpan[];
  legend: LegendEntry[];
}

/** Speaker colours: pale enough for dark text (contrast over 10:1), distinct in hue. */
export const SPEAKER_COLOUR_COUNT = 10;

/** Claim statuses, most telling first: a claim with several shows the first. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['denied', 'disputed', 'hedged', 'questioned', 'attributed', 'asserted'];

/** The mode that shows a record's layer. */
export function modeOf(layer: RecordLayer): Mode {
  if (layer === 'quotes') return 'quotes';
  if (layer === 'claims') return 'claims';
  if (layer === 'events' || layer === 'casualties') return 'events';
  if (layer === 'framing' || layer === 'naming') return 'framing';
  return 'entities';
}

/** A quote's speaker key: its entity, else its name, else the source as written. */
export function speakerKey(q: Quote): string {
  return q.speaker?.entity ?? q.speaker?.name ?? q.source?.text ?? '';
}

/** A readable speaker name ("Dmitry Peskov"), or the source as written, or a placeholder. */
export function speakerName(q: Quote): string {
  return q.speaker?.name ?? q.source?.text ?? 'speaker not found';
}

/** Speaker key → colour index, in order of first appearance; quotes with no source get none. */
export function speakerColours(doc: Document): Map<string, number> {
  const colours = new Map<string, number>();
  for (const q of doc.layers.quotes ?? []) {
    const key = speakerKey(q);
    if (key && !colours.has(key)) colours.set(key, colours.size % SPEAKER_COLOUR_COUNT);
  }
  return colours;
}

/** The CSS class of a quote's speaker colour. */
export function speakerClass(q: Quote, colours: Map<string, number>): string {
  const index = colours.get(speakerKey(q));
  return index === undefined ? 'sp-none' : `sp${index}`;
}

/** The status a claim is coloured by. */
export function primaryStatus(statuses: readonly ClaimStatus[]): ClaimStatus {
  return STATUS_ORDER.find((s) => statuses.includes(s)) ?? 'asserted';
}

function voiceClass(voice: Voice): string {
  if (voice.kind === 'outlet') return 'fr-outlet';
  return voice.quote ? 'fr-source' : 'fr-unknown';
}

/** The spans and legend of one mode; `scope` keeps the quotes mode to speech or shows every attribution. */
export function highlightsFor(doc: Document, mode: Mode, scope: QuoteScope = DEFAULT_QUOTE_SCOPE): Highlighting {
  switch (mode) {
    case 'quotes': return quoteHighlights(doc, scope);
    case 'claims': return claimHighlights(doc);
    case 'entities': return entityHighlights(doc);
    case 'events': return eventHighlights(doc);
    case 'framing': return framingHighlights(doc);
  }
}

function quoteHighlights(doc: Document, scope: QuoteScope): Highlighting {
  const quotes = (doc.layers.quotes ?? []).filter((q) => inQuoteScope(q, scope));
  // Colours come from every quote, so a speaker keeps hers when the filter changes.
  const colours = speakerColours(doc);
  const spans: UiSpan[] = [];
  for (const q of quotes) {
    const cls = speakerClass(q, colours);
    const group = `quote:${q.id}`;
    for (const c of q.content) spans.push({ start: c.start, end: c.end, cls: `hl ${cls}`, ref: { layer: 'quotes', id: q.id, part: 'content' }, group });
    if (q.source) spans.push({ start: q.source.start, end: q.source.end, cls: `hl q-source ${cls}`, ref: { layer: 'quotes', id: q.id, part: 'source' }, group });
    if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, cls: 'hl q-cue', ref: { layer: 'quotes', id: q.id, part: 'cue' }, group });
  }
  const legend: LegendEntry[] = [];
  const named = new Map<string, string>();
  for (const q of quotes) if (!named.has(speakerKey(q))) named.set(speakerKey(q), speakerName(q));
  for (const [key, name] of named) legend.push({ cls: `hl ${key ? `sp${colours.get(key)}` : 'sp-none'}`, label: name });
  if (quotes.length > 0) legend.push({ cls: 'hl q-source sp-none', label: 'source as written' }, { cls: 'hl q-cue', label: 'cue (reporting verb)' });
  return { spans, legend };
}

function claimHighlights(doc: Document): Highlighting {
  const spans: UiSpan[] = [];
  const seen = new Set<ClaimStatus>();
  let cues = false;
  for (const c of doc.layers.claims ?? []) {
    const status = primaryStatus(c.statuses);
    seen.add(status);
    spans.push({ start: c.start, end: c.end, cls: `hl st-${status}`, ref: { layer: 'claims', id: c.id }, group: `claim:${c.id}` });
    for (const cue of c.cues) {
      cues = true;
      spans.push({ start: cue.start, end: cue.end, cls: 'hl claim-cue', ref: { layer: 'claims', id: c.id }, group: `claim:${c.id}` });
    }
  }
  const legend: LegendEntry[] = STATUS_ORDER.filter((s) => seen.has(s)).map((s) => ({ cls: `hl st-${s}`, label: s }));
  if (cues) legend.push({ cls: 'hl claim-cue', label: 'cue word (hedge, denial, distancing)' });
  return { spans, legend };
}

const ENTITY_LABELS: Record<string, string> = { person: 'person', organisation: 'organisation', place: 'place', other: 'other name' };

function entityHighlights(doc: Document): Highlighting {
  const spans: UiSpan[] = [];
  const types = new Set<string>();
  for (const m of doc.layers.mentions ?? []) {
    types.add(m.type);
    spans.push({ start: m.start, end: m.end, cls: `hl ent-${m.type}${m.kind === 'name' ? '' : ' ent-ref'}`, ref: { layer: 'mentions', id: m.id }, group: `entity:${m.entity}` });
  }
  for (const p of doc.layers.places ?? []) spans.push({ start: p.start, end: p.end, cls: 'hl geo', ref: { layer: 'places', id: p.id }, group: `place:${p.id}` });
  for (const d of doc.layers.dates ?? []) spans.push({ start: d.start, end: d.end, cls: 'hl date', ref: { layer: 'dates', id: d.id }, group: `date:${d.id}` });
  for (const n of doc.layers.numbers ?? []) spans.push({ start: n.start, end: n.end, cls: 'hl num', ref: { layer: 'numbers', id: n.id }, group: `number:${n.id}` });
  const legend: LegendEntry[] = ['person', 'organisation', 'place', 'other'].filter((t) => types.has(t)).map((t) => ({ cls: `hl ent-${t}`, label: ENTITY_LABELS[t]! }));
  if ((doc.layers.mentions ?? []).some((m) => m.kind !== 'name')) legend.push({ cls: 'hl ent-person ent-ref', label: 'pronoun or description' });
  if (doc.layers.places?.length) legend.push({ cls: 'hl geo', label: 'place on the map' });
  if (doc.layers.dates?.length) legend.push({ cls: 'hl date', label: 'date or time' });
  if (doc.layers.numbers?.length) legend.push({ cls: 'hl num', label: 'number' });
  return { spans, legend };
}

function eventHighlights(doc: Document): Highlighting {
  const spans: UiSpan[] = [];
  const used = new Set<string>();
  const add = (span: { start: number; end: number }, cls: string, ref: RecordRef, group: string): void => {
    used.add(cls);
    spans.push({ start: span.start, end: span.end, cls: `hl ${cls}`, ref, group });
  };
  for (const e of doc.layers.events ?? []) {
    const group = `event:${e.id}`;
    for (const m of e.mentions) add(m, `ev-${e.attribution.status}`, { layer: 'events', id: e.id }, group);
    for (const a of e.actors) add(a, 'ev-actor', { layer: 'events', id: e.id, part: 'actor' }, group);
    for (const t of e.targets) add(t, 'ev-site', { layer: 'events', id: e.id, part: 'site' }, group);
    for (const w of e.weapons) add(w, 'ev-weapon', { layer: 'events', id: e.id, part: 'weapon' }, group);
  }
  for (const c of doc.layers.casualties ?? []) add(c, 'ev-casualty', { layer: 'casualties', id: c.id }, c.event ? `event:${c.event}` : `casualty:${c.id}`);
  // The words a claimant's position rests on ("denied", "dismissed the accusation") and the words that
  // contest a figure ("called “pure fiction”"), where they are not already marked as the event's mentions.
  for (const e of doc.layers.events ?? []) {
    for (const p of e.attribution.positions ?? []) {
      for (const ev of p.evidence) if (!isMention(e, ev)) add(ev, 'ev-evidence', { layer: 'events', id: e.id, part: 'evidence', start: ev.start }, `event:${e.id}`);
    }
  }
  for (const c of doc.layers.casualties ?? []) {
    for (const d of c.disputedBy ?? []) for (const ev of d.evidence) add(ev, 'ev-evidence', { layer: 'casualties', id: c.id, part: 'evidence', start: ev.start }, c.event ? `event:${c.event}` : `casualty:${c.id}`);
  }
  const labels: Array<[string, string]> = [
    ['ev-asserted', "event, in the outlet's voice"], ['ev-attributed', 'event, attributed to a source'], ['ev-hedged', 'event, hedged'],
    ['ev-disputed', 'event, disputed'], ['ev-denied', 'event, denied'], ['ev-casualty', 'casualty figure'],
    ['ev-actor', 'actor (perpetrator, target, victim)'], ['ev-site', 'site hit'], ['ev-weapon', 'weapon'],
    ['ev-evidence', "a claimant's words for or against it (claims, denies, disputes)"],
  ];
  return { spans, legend: labels.filter(([cls]) => used.has(cls)).map(([cls, label]) => ({ cls: `hl ${cls}`, label })) };
}

/** Whether `span` is one of the event's mentions (already marked with the event's status). */
function isMention(e: NewsEvent, span: { start: number; end: number }): boolean {
  return e.mentions.some((m) => m.start === span.start && m.end === span.end);
}

/**
 * What a button showing one evidence span of an event selects: the event's mention at those words,
 * else the evidence mark eventHighlights adds for them.
 */
export function eventEvidenceRef(e: NewsEvent, span: { start: number; end: number }): RecordRef {
  return isMention(e, span) ? { layer: 'events', id: e.id, start: span.start } : { layer: 'events', id: e.id, part: 'evidence', start: span.start };
}

function framingHighlights(doc: Document): Highlighting {
  const spans: UiSpan[] = [];
  const used = new Set<string>();
  for (const f of doc.layers.framing ?? []) {
    const cls = voiceClass(f.voice);
    used.add(cls);
    spans.push({ start: f.start, end: f.end, cls: `hl ${cls}`, ref: { layer: 'framing', id: f.id }, group: `framing:${f.id}` });
  }
  for (const n of doc.layers.naming ?? []) {
    used.add('naming');
    // Every use of one variant is one finding's evidence: selecting "Kiev" outlines each "Kiev" in the text.
    spans.push({ start: n.start, end: n.end, cls: 'hl naming', ref: { layer: 'naming', id: n.id }, group: `naming:${n.entry}\u0000${n.variant}` });
  }
  const labels: Array<[string, string]> = [
    ['fr-outlet', "framing in the outlet's own voice"], ['fr-source', "framing in a quoted source's words"],
    ['fr-unknown', 'framing in quotation marks, speaker unknown'], ['naming', 'naming choice (contested name or term)'],
  ];
  return { spans, legend: labels.filter(([cls]) => used.has(cls)).map(([cls, label]) => ({ cls: `hl ${cls}`, label })) };
}
