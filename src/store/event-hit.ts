/**
 * Event index rows as EventHit, read the same way by both backends: the columns in a fixed order,
 * fetched as arrays and copied into the hit property by property (NULLs left out). Comparisons read
 * up to 20,000 rows at once, where turning each row object into a compacted copy cost more than
 * the query.
 */
import type { CrowdHit, EventHit } from './types.js';

/** The SELECT list (events `ev`, documents `d`) in the order `eventHitOf` reads it. */
export const EVENT_HIT_COLUMNS = `d.id, ev.event_id, ev.type, ev.subtype, ev.place, ev.lat, ev.lon, ev.place_precision, ev.place_country,
  ev.date, ev.trigger, ev.attribution, d.outlet, d.published_at, ev.recurring, ev.crowd, d.title, d.url`;

/** An EventHit from a row of EVENT_HIT_COLUMNS; absent values are omitted, never undefined. */
export function eventHitOf(r: readonly unknown[]): EventHit {
  const hit = { documentId: r[0], eventId: r[1], type: r[2] } as EventHit;
  if (r[3] !== null) hit.subtype = r[3] as string;
  if (r[4] !== null) hit.place = r[4] as string;
  if (r[5] !== null && r[6] !== null) {
    hit.lat = r[5] as number;
    hit.lon = r[6] as number;
  }
  if (r[7] !== null) hit.placePrecision = r[7] as string;
  if (r[8] !== null) hit.placeCountry = r[8] as string;
  if (r[9] !== null) hit.date = r[9] as string;
  hit.trigger = r[10] as string;
  if (r[11] !== null) hit.attribution = r[11] as string;
  if (r[12] !== null) hit.outlet = r[12] as string;
  if (r[13] !== null) hit.publishedAt = r[13] as string;
  // SQLite stores 1, PostgreSQL true; NULL (or a row stored before the column) is no pattern.
  if (r[14] === 1 || r[14] === true) hit.recurring = true;
  if (typeof r[15] === 'string') hit.crowd = JSON.parse(r[15]) as CrowdHit[];
  if (r[16] !== null) hit.title = r[16] as string;
  if (r[17] !== null) hit.url = r[17] as string;
  return hit;
}
