/**
 * What the search indexes hold for one document, taken from its layers. A layer that is missing
 * (its stage did not run, or failed) simply gives no rows, so the store indexes whatever the
 * pipeline of the day produces. Pure: runs in ingest workers, so the writer thread only inserts.
 */
import type { Document } from '../model/document.js';
import type { CrowdSize } from '../model/layers/events.js';
import type { CrowdHit } from './types.js';
import { claimIndexOf } from '../corpus/claim-rows.js';

export interface QuoteRow {
  id: string;
  /** The resolved speaker's name, else the source as written. */
  speaker?: string;
  speakerEntity?: string;
  form: string;
  content: string;
  cue?: string;
  /** What the cue reports (Quote.cueKind): speech, cognition, stance…; absent when not known. */
  cueKind?: string;
  start: number;
  end: number;
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  /** The name and its aliases, for name matching. */
  names: string;
}

export interface EventRow {
  id: string;
  type: string;
  subtype?: string;
  place?: string;
  /** Where the places stage located the event's place (the reading it chose in context, not the name's most likely one). */
  lat?: number;
  lon?: number;
  placePrecision?: string;
  /** ISO country code of that place, from its places-layer mention. */
  placeCountry?: string;
  date?: string;
  trigger: string;
  attribution?: string;
  /** A recurring pattern ("shelled almost daily"), not one event (NewsEvent.recurring). */
  recurring?: true;
  /** The crowd sizes (NewsEvent.crowd) as JSON of CrowdHit[], when the text gives any. */
  crowd?: string;
}

export interface ClaimRow {
  /** The first claim of the document with this status. */
  id: string;
  status: string;
}

/** A title or role the article gives a person (Entity.roles), with the mention that carries it. */
export interface PersonRoleRow {
  /** The person entity (its entity row holds the name and aliases the query matches). */
  entity: string;
  /** How roles group across articles: whitespace collapsed, a leading article dropped, lower case. */
  key: string;
  /** The role as written, whitespace collapsed. */
  role: string;
  start: number;
  end: number;
  mentionId?: string;
}

/** One claim in the claim index (src/corpus/claim-rows.ts `claimIndexOf`). */
export interface ClaimIndexRow {
  /** Its place among the document's claims in text order. */
  ordinal: number;
  /** ";attributed;hedged;" */
  statuses: string;
  /** The claimant's lower-case, accent-folded words (claim-rows.ts `claimantWords`): " dmitry peskov ". */
  claimant: string;
  /** The lower-case types and sub-types of the events it is evidence for: "|battles|armed clash|", or "". */
  eventTypes: string;
}

export interface IndexRows {
  quotes: QuoteRow[];
  entities: EntityRow[];
  events: EventRow[];
  claims: ClaimRow[];
  personRoles: PersonRoleRow[];
  /** Absent: the store computes them from the document. */
  claimIndex?: ClaimIndexRow[];
}

/** The index rows of a document. */
export function indexRows(doc: Document): IndexRows {
  return { quotes: quoteRows(doc), entities: entityRows(doc), events: eventRows(doc), claims: claimRows(doc), personRoles: personRoleRows(doc), claimIndex: claimIndexOf(doc) };
}

/** Whitespace collapsed, a leading article dropped, lower-cased: "the Kremlin spokesman" = "Kremlin  spokesman". */
export function roleKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^(the|a|an)\s+/i, '').toLowerCase();
}

/** One row per role span of each person entity (the person page reads them across articles). */
export function personRoleRows(doc: Document): PersonRoleRow[] {
  const rows: PersonRoleRow[] = [];
  for (const entity of doc.layers.entities ?? []) {
    if (entity.type !== 'person') continue;
    for (const span of entity.roles ?? []) {
      const key = roleKey(span.text);
      if (!key) continue;
      const row: PersonRoleRow = { entity: entity.id, key, role: span.text.replace(/\s+/g, ' ').trim(), start: span.start, end: span.end };
      const mention = doc.layers.mentions?.find((m) => m.entity === entity.id && m.role?.start === span.start);
      if (mention) row.mentionId = mention.id;
      rows.push(row);
    }
  }
  return rows;
}

function quoteRows(doc: Document): QuoteRow[] {
  const rows: QuoteRow[] = [];
  for (const q of doc.layers.quotes ?? []) {
    const content = q.content ?? [];
    if (content.length === 0) continue;
    const row: QuoteRow = {
      id: q.id,
      form: q.form,
      content: content.map((s) => s.text).join(' … '),
      start: Math.min(...content.map((s) => s.start)),
      end: Math.max(...content.map((s) => s.end)),
    };
    const speaker = q.speaker?.name ?? q.source?.text;
    if (speaker) row.speaker = speaker;
    if (q.speaker?.entity) row.speakerEntity = q.speaker.entity;
    if (q.cue) row.cue = q.cue.text;
    if (q.cueKind) row.cueKind = q.cueKind;
    rows.push(row);
  }
  return rows;
}

function entityRows(doc: Document): EntityRow[] {
  const rows: EntityRow[] = [];
  const seen = new Set<string>();
  for (const e of doc.layers.entities ?? []) {
    rows.push({ id: e.id, type: e.type, name: e.name, names: [e.name, ...(e.aliases ?? [])].join(' | ') });
    seen.add(`${e.type}\u0000${e.name.toLowerCase()}`);
  }
  // Toponyms resolved by the places stage count as places even when no entity groups them.
  for (const p of doc.layers.places ?? []) {
    if (p.usage === 'government') continue;
    const key = `place\u0000${p.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const names = p.text !== p.name ? `${p.name} | ${p.text}` : p.name;
    rows.push({ id: p.entity ?? p.id, type: 'place', name: p.name, names });
  }
  return rows;
}

function eventRows(doc: Document): EventRow[] {
  const events = doc.layers.events ?? [];
  if (events.length === 0) return [];
  const countries = new Map<string, string>();
  for (const p of doc.layers.places ?? []) if (p.country) countries.set(p.id, p.country);
  return events.map((e) => {
    const row: EventRow = { id: e.id, type: e.type, trigger: e.trigger.text };
    if (e.subtype) row.subtype = e.subtype;
    if (e.location?.name) row.place = e.location.name;
    if (e.location?.name && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon)) {
      row.lat = e.location.lat!;
      row.lon = e.location.lon!;
      row.placePrecision = e.location.precision;
      const country = countries.get(e.location.place);
      if (country) row.placeCountry = country;
    }
    if (e.date?.value) row.date = e.date.value;
    if (e.attribution?.status) row.attribution = e.attribution.status;
    if (e.recurring) row.recurring = true;
    if (e.crowd?.length) row.crowd = JSON.stringify(e.crowd.map(crowdHit));
    return row;
  });
}

/** A crowd size as the index keeps it: the words, qualifier, bounds and who gives it. */
function crowdHit(c: CrowdSize): CrowdHit {
  const hit: CrowdHit = { figure: c.figure.text, qualifier: c.qualifier, claimant: c.claimant.kind === 'outlet' ? 'outlet' : c.claimant.name };
  if (c.low !== undefined) hit.low = c.low;
  if (c.best !== undefined) hit.best = c.best;
  if (c.high !== undefined) hit.high = c.high;
  if (c.peak) hit.peak = true;
  return hit;
}

/**
 * One row per claim status the document has, with the first claim that has it: the index answers
 * "documents with a denied claim", and an article holds ~50 claims but a handful of statuses.
 */
function claimRows(doc: Document): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const seen = new Set<string>();
  for (const c of doc.layers.claims ?? []) {
    for (const status of c.statuses ?? []) {
      if (seen.has(status)) continue;
      seen.add(status);
      rows.push({ id: c.id, status });
    }
  }
  return rows;
}
