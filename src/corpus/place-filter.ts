/**
 * The place filter in any spelling: "Gorlovka" is Horlivka, "Kiev" is Kyiv. The index holds each
 * place under the gazetteer's canonical name (with the spelling of the article beside it), so a
 * spelling that is only one of a place's alternate names ("Gorlovka") missed every article that
 * wrote another. A name the gazetteer reads as another place's alternate name is replaced by that
 * place's canonical name, and the answer says so (`placeReadAs`); a canonical name, or a name the
 * gazetteer does not know, is used as given. Compare reads its place the same way; the API (src/server/place-reading.ts) and `newslens search` use this.
 */
import { resolvePlace } from './compare/resolve-place.js';

export interface PlaceReading {
  query: string;
  name: string;
  precision: string;
  country: string;
}

/** The query with its place filter under the gazetteer's canonical name, and how it was read (when it changed). */
export function readPlace<T extends { place?: string }>(query: T): { query: T; placeReadAs?: PlaceReading } {
  const asked = query.place?.trim();
  if (!asked) return { query };
  const where = resolvePlace(asked);
  if (!where || where.name.toLowerCase() === asked.toLowerCase()) return { query };
  return { query: { ...query, place: where.name }, placeReadAs: { query: asked, name: where.name, precision: where.precision, country: where.country } };
}

/** "“Gorlovka” read as Horlivka (town, UA)." */
export function placeReadingText(reading: PlaceReading): string {
  return `“${reading.query}” read as ${reading.name} (${[reading.precision, reading.country].filter(Boolean).join(', ')}).`;
}

/**
 * An events query's place as `readPlace` reads it, except that a country ("Ukraine", "USA") selects the
 * events placed in it (EventQuery.country: its towns too), not only those placed at the country as a
 * whole; the reading says so even when the name is the canonical one.
 */
export function readEventPlace<T extends { place?: string; country?: string }>(query: T): { query: T; placeReadAs?: PlaceReading } {
  const asked = query.place?.trim();
  const where = asked ? resolvePlace(asked) : undefined;
  if (!asked || !where || where.precision !== 'country' || !where.country) return readPlace(query);
  const { place: _place, ...rest } = query;
  return { query: { ...rest, country: where.country } as T, placeReadAs: { query: asked, name: where.name, precision: where.precision, country: where.country } };
}
