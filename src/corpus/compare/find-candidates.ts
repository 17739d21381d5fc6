/**
 * The events that may take part in a comparison, read from the store's event index (never by a scan of
 * the documents): the type asked for, in articles published from the start of the date range until a
 * few days after its end, in articles that mention the place or with the event's stored coordinates
 * near it (and match the text) when asked. One
 * query (`Store.eventRows`, the most recently stored first) reads at most `maxEvents` rows.
 */
import type { EventHit, EventQuery, Store } from '../../store/types.js';
import { isoDay, dayNumber } from './event-interval.js';

/** Index rows read at most for one comparison; beyond it the report says `truncated`. */
export const MAX_EVENTS = 20_000;
const PAGE = 1000;

export interface CandidateQuery {
  /** Event types or sub-types, any of them (see typesToRead). */
  types?: string[];
  /** Place name for the store's document filter (documents that mention it). */
  place?: string;
  /** With `place`: also events whose stored coordinates are within `km` of the point (a suburb named alone). */
  near?: { lat: number; lon: number; km: number };
  from?: string;
  to?: string;
  lagDays: number;
  text?: string;
  outlet?: string;
}

/** Event rows matching the query (the most recently stored first, type by type), and whether reading stopped at `maxEvents`. */
export async function findCandidates(store: Store, q: CandidateQuery, maxEvents = MAX_EVENTS): Promise<{ hits: EventHit[]; truncated: boolean }> {
  const query: EventQuery = {};
  // Every event of the articles that mention the place: selectCandidates places them (a suburb, a
  // district within the radius), the store's `event` scope would keep only those named like it.
  if (q.place) query.place = q.place, query.placeScope = 'document';
  if (q.near) query.near = q.near;
  if (q.outlet) query.outlet = q.outlet;
  if (q.from) query.from = q.from;
  const to = dayNumber(q.to);
  if (to !== undefined) query.to = isoDay(to + q.lagDays);
  const allowed = q.text === undefined ? undefined : await documentsMatching(store, q.text, query, maxEvents);
  // One more than the maximum tells whether the index held more.
  const rows: EventHit[] = [];
  for (const type of q.types ?? [undefined]) {
    rows.push(...await store.eventRows(type === undefined ? query : { ...query, type }, maxEvents + 1 - rows.length));
    if (rows.length > maxEvents) break;
  }
  const truncated = rows.length > maxEvents;
  const hits: EventHit[] = [];
  for (const hit of truncated ? rows.slice(0, maxEvents) : rows) if (!allowed || allowed.has(hit.documentId)) hits.push(hit);
  return { hits, truncated };
}

/** Ids of the documents that match the full-text query and the filters (date order: every match). */
async function documentsMatching(store: Store, text: string, filters: EventQuery, max: number): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; offset < max; offset += PAGE) {
    const page = await store.search({ ...filters, text, sort: 'date', limit: PAGE, offset });
    for (const hit of page) ids.add(hit.id);
    if (page.length < PAGE) break;
  }
  return ids;
}
