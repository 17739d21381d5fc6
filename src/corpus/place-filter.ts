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
