/**
 * The per-claim export: one row per claim of the `claims` layer, with its article (outlet, id, address,
 * date), its words and offsets, how firmly the outlet stands behind it, whose word it is, and the event it
 * is evidence for (type, place, date). Rows are made from stored Documents, so they need no index of
 * their own and work over either store; `claimRows` pages through the documents a filter keeps, newest
 * first, and reads the claims of each.
 */
import type { Document } from '../model/document.js';
import type { Claim, ClaimStatus } from '../model/layers/claims.js';
import type { Entity } from '../model/layers/entities.js';
import type { EventStance, NewsEvent } from '../model/layers/events.js';
import type { Quote } from '../model/layers/quotes.js';
import type { ClaimDocumentKey, ClaimIndexFilter, Filters, SearchQuery, Store } from '../store/types.js';
import { decodeCursor, encodeCursor, type CursorAt } from './claim-cursor.js';

export { ClaimCursorError, checkClaimCursor } from './claim-cursor.js';

/** One claim, as an analyst exports it. Keys with nothing to say are left out. */
export interface ClaimRow {
  documentId: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  title?: string;
  claimId: string;
  /** The claim's words and their offsets in the article's text. */
  text: string;
  start: number;
  end: number;
  /**
   * The most telling of the claim's statuses (denied, disputed, hedged, questioned, attributed, then
   * asserted: the outlet's own voice); `statuses` lists them all ("attributed;hedged").
   */
  status: ClaimStatus;
  statuses: string;
  /** `outlet`: the outlet says it in its own voice; `source`: it reports someone's words. */
  voice: 'outlet' | 'source';
  /** Whose word it is: the quoted speaker, or "outlet". */
  claimant: string;
  /** The words that qualify it ("allegedly", "denied"), joined by " | ". */
  cues?: string;
  quoteId?: string;
  /**
   * The event the claim is evidence for, and that claimant's stance on it: when several, the first in the
   * article's order (with an event-type filter, the first of that type); `moreEvents` lists the others.
   */
  eventId?: string;
  eventType?: string;
  eventSubtype?: string;
  place?: string;
  date?: string;
  stance?: EventStance;
  /** Other events the claim is evidence for, by id, joined by " " (only their ids: the row's event fields are the first's). */
  moreEvents?: string;
}

/** The columns of the CSV export, in order. */
export const CLAIM_COLUMNS: ReadonlyArray<keyof ClaimRow> = [
  'documentId', 'outlet', 'url', 'publishedAt', 'title', 'claimId', 'text', 'start', 'end', 'status', 'statuses', 'voice',
  'claimant', 'cues', 'quoteId', 'eventId', 'eventType', 'eventSubtype', 'place', 'date', 'stance', 'moreEvents',
];

/** Claim statuses, most telling first: a claim with several is listed under the first. */
const STATUS_ORDER: readonly ClaimStatus[] = ['denied', 'disputed', 'hedged', 'questioned', 'attributed', 'asserted'];

/** What narrows the claims, beside the document filters. */
export interface ClaimFilter {
  /** Only claims with this status among theirs. */
  status?: ClaimStatus;
  /** Only claims whose claimant's name holds every word of this (case-insensitive; "outlet" for the outlet's own voice). */
  claimant?: string;
  /** Only claims about an event of this ACLED type or sub-type (case-insensitive). */
  eventType?: string;
}

export interface ClaimQuery extends Filters, ClaimFilter {
  /** A full-text query on the articles (search-syntax.ts): the claims of the articles that match. */
  text?: string;
  limit?: number;
  offset?: number;
  /** Start after the last row of the page this cursor (`claimPage`'s `next`) came with, for the same filters. */
  cursor?: string;
}

function primary(statuses: readonly ClaimStatus[]): ClaimStatus {
  return STATUS_ORDER.find((s) => statuses.includes(s)) ?? 'asserted';
}

const MARKS = /\p{M}+/gu;

/**
 * The words a claimant filter compares: lower-case, accents folded ("Zelenskýy" and "Zelenskyy" are one
 * word), split at anything but letters and digits. The claim index keys claimants by these words.
 */
export function claimantWords(s: string): string[] {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A claim's claimant: the quoted speaker, the source as written, its entity, "unknown"; "outlet" for the outlet's own voice. */
function claimantOf(doc: Document, c: Claim, quotes: Map<string, Quote>, entities: Map<string, Entity>): string {
  if (!c.quote) return 'outlet';
  const quote = quotes.get(c.quote);
  return quote?.speaker?.name ?? quote?.source?.text ?? (c.source ? entities.get(c.source)?.name : undefined) ?? 'unknown';
}

function inTextOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What the store's claim index keeps of each claim (src/store/index-rows.ts), in the order of
 * `claimRowsOf`: its statuses as ";a;b;", its claimant's words as " w1 w2 ", and the lower-case types
 * and sub-types of the events it is evidence for as "|t|s|", so that each filter of `ClaimFilter` is a
 * substring test on one column. A document without claims gives nothing.
 */
export function claimIndexOf(doc: Document): Array<{ ordinal: number; statuses: string; claimant: string; eventTypes: string }> {
  const claims = doc.layers.claims ?? [];
  if (claims.length === 0) return [];
  const quotes = new Map((doc.layers.quotes ?? []).map((q) => [q.id, q]));
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const events = doc.layers.events ?? [];
  return inTextOrder(claims).map((c, ordinal) => {
    const types = new Set<string>();
    for (const e of eventsOf(c, events)) {
      types.add(e.type.toLowerCase());
      if (e.subtype) types.add(e.subtype.toLowerCase());
    }
    return {
      ordinal,
      statuses: `;${c.statuses.join(';')};`,
      claimant: ` ${claimantWords(claimantOf(doc, c, quotes, entities)).join(' ')} `,
      eventTypes: types.size === 0 ? '' : `|${[...types].join('|')}|`,
    };
  });
}

/** The rows of one Document's claims, in text order, that `filter` keeps. */
export function claimRowsOf(doc: Document, filter: ClaimFilter = {}): ClaimRow[] {
  const claims = doc.layers.claims ?? [];
  if (claims.length === 0) return [];
  const quotes = new Map((doc.layers.quotes ?? []).map((q) => [q.id, q]));
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const events = doc.layers.events ?? [];
  const wantedClaimant = filter.claimant ? claimantWords(filter.claimant) : [];
  const wantedType = filter.eventType?.trim().toLowerCase();
  const rows: ClaimRow[] = [];
  for (const c of inTextOrder(claims)) {
    if (filter.status && !c.statuses.includes(filter.status)) continue;
    const claimant = claimantOf(doc, c, quotes, entities);
    if (wantedClaimant.length > 0) {
      const have = new Set(claimantWords(claimant));
      if (!wantedClaimant.every((w) => have.has(w))) continue;
    }
    const about = eventsOf(c, events);
    if (wantedType && !about.some((e) => e.type.toLowerCase() === wantedType || e.subtype?.toLowerCase() === wantedType)) continue;
    const event = wantedType ? about.find((e) => e.type.toLowerCase() === wantedType || e.subtype?.toLowerCase() === wantedType) : about[0];
    rows.push(rowOf(doc, c, claimant, event, about.filter((e) => e !== event)));
  }
  return rows;
}

/** The events a claim is evidence for: those whose attribution or one of whose positions cites it. */
function eventsOf(c: Claim, events: readonly NewsEvent[]): NewsEvent[] {
  return events.filter((e) => e.attribution.claims.includes(c.id) || (e.attribution.positions ?? []).some((p) => p.claims.includes(c.id)));
}

function rowOf(doc: Document, c: Claim, claimant: string, event: NewsEvent | undefined, more: readonly NewsEvent[]): ClaimRow {
  const { meta } = doc;
  const row: ClaimRow = { documentId: doc.id } as ClaimRow;
  if (meta.outlet !== undefined) row.outlet = meta.outlet;
  if (meta.url !== undefined) row.url = meta.url;
  if (meta.publishedAt !== undefined) row.publishedAt = meta.publishedAt;
  if (meta.title !== undefined) row.title = meta.title;
  row.claimId = c.id;
  row.text = c.text;
  row.start = c.start;
  row.end = c.end;
  row.status = primary(c.statuses);
  row.statuses = c.statuses.join(';');
  row.voice = c.quote ? 'source' : 'outlet';
  row.claimant = claimant;
  if (c.cues.length > 0) row.cues = c.cues.map((q) => q.text).join(' | ');
  if (c.quote !== undefined) row.quoteId = c.quote;
  if (event) {
    row.eventId = event.id;
    row.eventType = event.type;
    if (event.subtype !== undefined) row.eventSubtype = event.subtype;
    if (event.location) row.place = event.location.name;
    if (event.date) row.date = event.date.value;
    const position = (event.attribution.positions ?? []).find((p) => p.claims.includes(c.id));
    if (position) row.stance = position.stance;
  }
  if (more.length > 0) row.moreEvents = more.map((e) => e.id).join(' ');
  return row;
}

/** Articles listed per store page (ids, dates and counts only). */
const DOCUMENT_PAGE = 500;

/**
 * Every claim row of the stored documents that `query`'s document filters keep (newest article first,
 * claims in text order), narrowed by its claim filters, after skipping `offset` rows and at most
 * `limit` of them (every one when `limit` is absent). A document filter `claimStatus` is taken as the
 * claim filter `status` too. The store's claim index (one row per claim, claimants by their words)
 * lists the articles with a claim the filters keep, with how many (`Store.claimDocuments`: ids, dates
 * and counts, no texts), so an article is decoded only for rows it gives: not when it has no such
 * claim, nor when an offset skips all of its rows. Articles waiting for that index (until
 * `Store.backfillClaimIndex`) are read from their Documents. Reads one page of articles at a time, so
 * an export of any size streams.
 */
export async function* claimRows(store: Store, query: ClaimQuery): AsyncGenerator<ClaimRow> {
  yield* rowsFrom(store, query, { waiting: 0 });
}

/**
 * One page of `claimRows` (`query.limit` rows at most) and, when it is full, `next`: the cursor that
 * resumes after its last row (`ClaimQuery.cursor`), made of the article's date and sequence number and
 * the rows of it given, so the next page starts there by the keys of the date index, whatever the
 * depth. `waiting`, when not 0: how many articles the page decoded only because they wait for the claim
 * index (`Store.backfillClaimIndex`). Throws ClaimCursorError for a cursor it did not make.
 */
export async function claimPage(store: Store, query: ClaimQuery): Promise<{ rows: ClaimRow[]; next?: string; waiting?: number }> {
  const rows: ClaimRow[] = [];
  const at: RowsAt = { waiting: 0 };
  for await (const row of rowsFrom(store, query, at)) rows.push(row);
  const page: { rows: ClaimRow[]; next?: string; waiting?: number } = { rows };
  if (query.limit !== undefined && rows.length === query.limit && at.last) page.next = encodeCursor(at.last);
  if (at.waiting > 0) page.waiting = at.waiting;
  return page;
}

/** Where `rowsFrom` is: the last row given (only a page's last is made a cursor), and the waiting articles it read. */
interface RowsAt { last?: CursorAt; waiting: number }

/** The rows of `claimRows`, noting in `at` where they come from. */
async function* rowsFrom(store: Store, query: ClaimQuery, at: RowsAt): AsyncGenerator<ClaimRow> {
  const { status, claimant, eventType, limit, offset = 0, cursor, ...rest } = query;
  const resume = cursor === undefined ? undefined : decodeCursor(cursor);
  const filters: Filters & Pick<SearchQuery, 'text' | 'claims'> = rest;
  const claimFilter: ClaimFilter = {};
  const index: ClaimIndexFilter = {};
  const wantedStatus = status ?? (filters.claimStatus as ClaimStatus | undefined);
  // The claim index's status keeps the indexed articles the document filter would (a second lookup, on
  // the claims table); articles waiting for the index are read and their claims filtered here.
  delete filters.claimStatus;
  if (wantedStatus) claimFilter.status = wantedStatus, index.status = wantedStatus;
  if (claimant) {
    claimFilter.claimant = claimant;
    const wanted = claimantWords(claimant);
    if (wanted.length > 0) index.claimantWords = wanted;
  }
  if (eventType) {
    claimFilter.eventType = eventType;
    const wanted = eventType.trim().toLowerCase();
    if (wanted) index.eventType = wanted;
  }
  // The index keeps event types between "|": a type holding one (no ACLED type does) is matched on the
  // Documents, after the document filter (which compares the type as written).
  const exact = !index.eventType?.includes('|');
  if (!exact) delete index.eventType, filters.eventType = eventType!;
  filters.claims = index;
  let skip = offset;
  let left = limit ?? Number.POSITIVE_INFINITY;
  if (left <= 0) return;
  // A cursor's article comes first again (seq + 1: the keys before it, inclusive), less the rows it gave.
  let after: ClaimDocumentKey | undefined = resume ? { publishedAt: resume.publishedAt, seq: resume.seq + 1 } : undefined;
  for (;;) {
    const docs = await store.claimDocuments(filters, after, DOCUMENT_PAGE);
    for (const d of docs) {
      const given = resume && d.seq === resume.seq && d.publishedAt === resume.publishedAt ? resume.given : 0;
      const n = exact && d.claims !== undefined ? Math.max(0, d.claims - given) : undefined;
      if (n !== undefined && skip >= n) { skip -= n; continue; }
      if (d.claims === undefined) at.waiting++;
      const stored = await store.get(d.id);
      if (!stored) continue;
      const rows = claimRowsOf(stored.doc, claimFilter).slice(given);
      if (skip >= rows.length) { skip -= rows.length; continue; }
      for (let i = skip; i < rows.length; i++) {
        at.last = { publishedAt: d.publishedAt, seq: d.seq, given: given + i + 1 };
        yield rows[i]!;
        if (--left <= 0) return;
      }
      skip = 0;
    }
    if (docs.length < DOCUMENT_PAGE) return;
    const last = docs[docs.length - 1]!;
    after = { publishedAt: last.publishedAt, seq: last.seq };
  }
}
