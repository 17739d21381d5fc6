/**
 * GET /api/event-places: events with the coordinates of their place, for the web UI's map. The event
 * index holds place names only, so coordinates are read from each event's document (its `location`,
 * resolved by the places stage against the offline gazetteer); one read per document, at most
 * `limit` events.
 */
import type { FastifyInstance } from 'fastify';
import type { NewsEvent } from '../../model/layers/events.js';
import type { EventQuery, Store } from '../../store/types.js';
import { answerReadingPlace, readEventPlace, resultsWithPlaceOf } from '../place-reading.js';
import { errorResponses, eventHitSchema, filterQuery, pageQuery } from '../schemas.js';

const eventPlaceSchema = {
  type: 'object',
  properties: {
    ...eventHitSchema.properties,
    lat: { type: 'number' }, lon: { type: 'number' }, precision: { type: 'string' }, title: { type: 'string' },
  },
  required: eventHitSchema.required,
} as const;

/** Registers the route on `app` (the web UI plugin does, at /api/event-places). */
export async function eventPlaceRoutes(app: FastifyInstance, store: Store): Promise<void> {
  app.get('/api/event-places', {
    schema: {
      summary: 'List events with coordinates',
      description: 'Events (with the same filters as /api/events) and, where the place was resolved, its latitude, longitude and precision.',
      querystring: { type: 'object', properties: { ...pageQuery, limit: { ...pageQuery.limit, default: 200 }, ...filterQuery, type: { type: 'string', maxLength: 200 } }, additionalProperties: false },
      response: { 200: resultsWithPlaceOf(eventPlaceSchema), ...errorResponses },
    },
  }, async (request) => answerReadingPlace(request.query as EventQuery, async (query) => {
    const source = store;
    const hits = await source.events(query);
    const byDocument = new Map<string, Promise<{ events: Map<string, NewsEvent>; title: string | undefined }>>();
    const results = [];
    for (const hit of hits) {
      let entry = byDocument.get(hit.documentId);
      if (!entry) {
        entry = source.get(hit.documentId).then((stored) => ({
          events: new Map((stored?.doc.layers.events ?? []).map((e) => [e.id, e])),
          title: stored?.doc.meta.title,
        }));
        byDocument.set(hit.documentId, entry);
      }
      const { events, title } = await entry;
      const location = events.get(hit.eventId)?.location;
      results.push({
        ...hit,
        ...(title ? { title } : {}),
        ...(location?.lat !== undefined && location.lon !== undefined ? { lat: location.lat, lon: location.lon, precision: location.precision } : {}),
      });
    }
    return results;
  }, readEventPlace));
}

