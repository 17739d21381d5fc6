/** The API's side of the place filter in any spelling (src/corpus/place-filter.ts): the answer's schema. */
import { readEventPlace, readPlace, type PlaceReading } from '../corpus/place-filter.js';

export { readEventPlace, readPlace, type PlaceReading };

/**
 * A list route's answer: `find` run on the query with its place filter read (`readPlace`, or for
 * events `readEventPlace`), and how the place was read when it changed.
 */
export async function answerReadingPlace<T extends { place?: string }, R>(asked: T, find: (query: T) => Promise<R[]>, read: (query: T) => { query: T; placeReadAs?: PlaceReading } = readPlace): Promise<{ results: R[]; placeReadAs?: PlaceReading }> {
  const { query, placeReadAs } = read(asked);
  return { results: await find(query), ...(placeReadAs ? { placeReadAs } : {}) };
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
