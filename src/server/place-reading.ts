/** The API's side of the place filter in any spelling (src/corpus/place-filter.ts): the answer's schema. */
export { readPlace, type PlaceReading } from '../corpus/place-filter.js';

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
