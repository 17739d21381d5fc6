/**
 * GET /api/event-places: events with the coordinates of their place, for the web UI's map. Event rows
 * carry the coordinates the places stage resolved (SQLite migration 003, PostgreSQL 004), so most
 * events are answered from the index alone; a placed event whose row has none (stored before those
 * columns) is read from its document (its `location`, resolved against the offline gazetteer), one
 * read per document. At most `limit` events.
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
    const hits = await store.events(query);
    const byDocument = new Map<string, Promise<Map<string, NewsEvent>>>();
    const results = [];
    for (const hit of hits) {
      if (hit.lat !== undefined && hit.lon !== undefined) {
        // From the index: 200 events of the map were 200 document reads (0.35 s at 100,000 articles).
        results.push({ ...hit, ...(hit.placePrecision ? { precision: hit.placePrecision } : {}) });
        continue;
      }
      if (hit.place === undefined) {
        results.push(hit);
        continue;
      }
      let entry = byDocument.get(hit.documentId);
      if (!entry) {
        entry = store.get(hit.documentId).then((stored) => new Map((stored?.doc.layers.events ?? []).map((e) => [e.id, e])));
        byDocument.set(hit.documentId, entry);
      }
      const location = (await entry).get(hit.eventId)?.location;
      results.push({
        ...hit,
        ...(location?.lat !== undefined && location.lon !== undefined ? { lat: location.lat, lon: location.lon, precision: location.precision } : {}),
      });
    }
    return results;
  }, readEventPlace));
}

