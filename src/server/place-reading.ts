/**
 * The place filter in any spelling: "Gorlovka" is Horlivka, "Kiev" is Kyiv. The index holds each
 * place under the gazetteer's canonical name (with the spelling of the article beside it), so a
 * spelling that is only one of a place's alternate names ("Gorlovka") missed every article that
 * wrote another. A name the gazetteer reads as another place's alternate name is replaced by that
 * place's canonical name, and the answer says so (`placeReadAs`); a canonical name, or a name the
 * gazetteer does not know, is used as given. Compare reads its place the same way.
 */
import { resolvePlace } from '../corpus/compare/resolve-place.js';

export interface PlaceReading {
  query: string;
  name: string;
  precision: string;
  country: string;
}

export const placeReadingSchema = {
  type: 'object',
  description: 'How the place filter was read, when the gazetteer knows the name as another spelling of a place (the filter then uses that name).',
  properties: { query: { type: 'string' }, name: { type: 'string' }, precision: { type: 'string' }, country: { type: 'string' } },
  required: ['query', 'name', 'precision', 'country'],
} as const;

/** `{ results }` with the optional reading of the place filter. */
export function resultsWithPlaceOf(item: object): object {
  return { type: 'object', properties: { results: { type: 'array', items: item }, placeReadAs: placeReadingSchema }, required: ['results'] };
}

/** The query with its place filter under the gazetteer's canonical name, and how it was read (when it changed). */
export function readPlace<T extends { place?: string }>(query: T): { query: T; placeReadAs?: PlaceReading } {
  const asked = query.place?.trim();
  if (!asked) return { query };
  const where = resolvePlace(asked);
  if (!where || where.name.toLowerCase() === asked.toLowerCase()) return { query };
  return { query: { ...query, place: where.name }, placeReadAs: { query: asked, name: where.name, precision: where.precision, country: where.country } };
}
