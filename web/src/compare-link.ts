/**
 * From an event in one article to the Compare view on it: the event's place and days as a compare
 * query (`#/compare?place=Horlivka&from=2024-03-12&to=2024-03-12`), so an analyst reading one account
 * can see every stored outlet's. The view lists the matching events; a single match opens at once.
 * Pure: no DOM here.
 */
import type { NewsEvent } from '../../src/model/layers/events.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;
/** An undated event: the days just before publication, as the comparison itself reads it. */
const UNDATED_DAYS = 2;

/**
 * The Compare view's address for `event` of an article published `publishedAt`, or undefined when the
 * event has no place below country level or no day to look at (compare could not match it).
 */
export function compareHref(event: Pick<NewsEvent, 'location' | 'date'>, publishedAt: string | undefined): string | undefined {
  const place = event.location;
  if (!place || place.precision === 'country' || place.precision === 'continent') return undefined;
  const own = event.date?.precision === 'day' ? DAY.exec(event.date.value)?.[0] : undefined;
  const published = publishedAt ? DAY.exec(publishedAt)?.[0] : undefined;
  const to = own ?? published;
  if (!to) return undefined;
  const from = own ?? shiftDay(to, -UNDATED_DAYS);
  return `#/compare?${new URLSearchParams({ place: place.name, from, to }).toString()}`;
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
