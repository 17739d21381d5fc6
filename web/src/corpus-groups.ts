/**
 * Grouping corpus results for the views: a person's quotes by day and outlet, events and quotes on a
 * timeline, events by place for the map. Pure: no DOM here.
 */
import type { CrowdHit, EventHit, EventPlaceHit, PlaceReading, QuoteHit } from './api-types.js';

/** A short date for people: "2024-01-22" from an ISO timestamp, else the value as given. */
export function shortDate(value: string | undefined): string {
  if (!value) return '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? m[0] : value;
}

const UNKNOWN_DAY = 'date unknown';

/** Quotes grouped by publication day (newest first, unknown last), then by outlet; in text order within. */
export function groupQuotes(quotes: readonly QuoteHit[]): Array<{ day: string; outlets: Array<{ outlet: string; quotes: QuoteHit[] }> }> {
  const days = new Map<string, Map<string, QuoteHit[]>>();
  for (const q of quotes) {
    const day = shortDate(q.publishedAt) || UNKNOWN_DAY;
    const outlet = q.outlet ?? 'outlet unknown';
    let byOutlet = days.get(day);
    if (!byOutlet) days.set(day, (byOutlet = new Map()));
    let list = byOutlet.get(outlet);
    if (!list) byOutlet.set(outlet, (list = []));
    list.push(q);
  }
  return [...days]
    .sort(([a], [b]) => (a === UNKNOWN_DAY ? 1 : b === UNKNOWN_DAY ? -1 : b.localeCompare(a)))
    .map(([day, byOutlet]) => ({
      day,
      outlets: [...byOutlet].sort(([a], [b]) => a.localeCompare(b)).map(([outlet, list]) => ({ outlet, quotes: list.sort((x, y) => x.documentId.localeCompare(y.documentId) || x.start - y.start) })),
    }));
}

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** When something happened, to the day or month: an event's own date when it is a calendar date, else the publication day. */
export interface TimelineItem {
  /** `YYYY-MM-DD` or `YYYY-MM` (or `YYYY`). */
  when: string;
  /** Whether `when` is the event's own date (else the article's publication date). */
  dated: boolean;
  kind: 'event' | 'quote';
  event?: EventHit;
  quote?: QuoteHit;
}

/** Events and quotes on one time line, oldest first; items with no date at all are left out. */
export function timelineItems(events: readonly EventHit[], quotes: readonly QuoteHit[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    const own = event.date && CALENDAR.test(event.date) ? event.date : undefined;
    const when = own ?? shortDate(event.publishedAt);
    if (CALENDAR.test(when)) items.push({ when, dated: own !== undefined, kind: 'event', event });
  }
  for (const quote of quotes) {
    const when = shortDate(quote.publishedAt);
    if (CALENDAR.test(when)) items.push({ when, dated: false, kind: 'quote', quote });
  }
  return items.sort((a, b) => a.when.localeCompare(b.when) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
}

/** Days since 1970 of the start of a `YYYY[-MM[-DD]]` value. */
export function dayNumber(when: string): number {
  const m = CALENDAR.exec(when);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000;
}

export interface PlaceCluster {
  place: string;
  lat: number;
  lon: number;
  events: EventPlaceHit[];
}

/** Events with coordinates grouped by place (same name, within half a degree), most events first. */
export function clusterPlaces(hits: readonly EventPlaceHit[]): PlaceCluster[] {
  const byName = new Map<string, PlaceCluster[]>();
  for (const hit of hits) {
    if (hit.lat === undefined || hit.lon === undefined) continue;
    const name = hit.place ?? `${hit.lat.toFixed(2)}, ${hit.lon.toFixed(2)}`;
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    // Namesakes (Paris, France and Paris, Texas) stay apart; one town's points join.
    let cluster = list.find((c) => Math.abs(c.lat - hit.lat!) <= 0.5 && Math.abs(c.lon - hit.lon!) <= 0.5);
    if (!cluster) list.push((cluster = { place: name, lat: hit.lat, lon: hit.lon, events: [] }));
    cluster.events.push(hit);
  }
  return [...byName.values()].flat().sort((a, b) => b.events.length - a.events.length || a.place.localeCompare(b.place));
}

/** "“Gorlovka” read as Horlivka (town, UA)." as Compare says it; empty without a reading. */
export function placeReadingText(reading: PlaceReading | undefined): string {
  return reading ? `“${reading.query}” read as ${reading.name} (${[reading.precision, reading.country].filter(Boolean).join(', ')}).` : '';
}

/** How an article reports an event (its attribution status), in words: whose voice it is in. */
const EVENT_STATUS: Record<string, string> = {
  asserted: "asserted (the outlet's own voice)",
  attributed: 'attributed to a source',
  hedged: 'hedged',
  disputed: 'disputed',
  denied: 'denied',
};

/** "attributed to a source" for `attributed`; an unknown status as given, none as "". */
export function eventStatusText(status: string | undefined): string {
  return status === undefined ? '' : EVENT_STATUS[status] ?? status;
}

/** Qualifiers in words: how firm a figure is as given. */
export const QUALIFIERS: Record<string, string> = {
  exact: 'exact',
  approximately: 'approximate',
  almost: 'almost',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'fewer than',
  vague: 'vague',
};

/** Who gives a figure: "the outlet's own voice" or "per police". */
export function claimantWords(claimant: string): string {
  return claimant === 'outlet' ? "the outlet's own voice" : `per ${claimant}`;
}

/**
 * An event's crowd sizes in one line, one per claimant, the figure as written (its qualifier is in
 * its words): "crowd of more than 20,000 at its peak (per Organisers) · crowd of about 8,000 (per
 * police)". Empty when there are none.
 */
export function crowdLine(crowd: readonly CrowdHit[] | undefined): string {
  return (crowd ?? []).map((c) => `crowd of ${c.figure}${c.peak ? ' at its peak' : ''} (${claimantWords(c.claimant)})`).join(' · ');
}

/** The ACLED event types the events stage uses, in the legend's order. */
export const EVENT_TYPES: readonly string[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];

/** The CSS class of an ACLED event type. */
export function eventTypeClass(type: string): string {
  switch (type) {
    case 'Battles': return 'et-battles';
    case 'Explosions/Remote violence': return 'et-explosions';
    case 'Violence against civilians': return 'et-civilians';
    case 'Protests': return 'et-protests';
    case 'Riots': return 'et-riots';
    case 'Strategic developments': return 'et-strategic';
    default: return 'et-other';
  }
}
