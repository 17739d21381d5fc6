/** GET /api/search, /api/quotes, /api/entities, /api/events, /api/person-roles, /api/outlets, /api/stats: read-only corpus queries. */
import type { FastifyInstance } from 'fastify';
import type { EntityQuery, EventQuery, QuoteQuery, SearchQuery } from '../../store/types.js';
import type { RouteContext } from '../build-app.js';
import { answerReadingPlace, readEventPlace, resultsWithPlaceOf } from '../place-reading.js';
import { personRoles } from '../../corpus/person-roles.js';
import { CUE_KINDS, outletSchema, documentHitSchema, entityHitSchema, errorResponses, eventHitSchema, filterQuery, pageQuery, quoteHitSchema, resultsOf, statsSchema } from '../schemas.js';

const querystring = (properties: object): object => ({ type: 'object', properties: { ...pageQuery, ...properties }, additionalProperties: false });
const personRoleSchema = {
  type: 'object',
  properties: {
    role: { type: 'string' },
    documents: { type: 'integer' },
    example: {
      type: 'object',
      properties: { documentId: { type: 'string' }, mentionId: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, outlet: { type: 'string' }, publishedAt: { type: 'string' }, title: { type: 'string' } },
      required: ['documentId', 'start', 'end'],
    },
  },
  required: ['role', 'documents', 'example'],
} as const;
const q = { type: 'string', maxLength: 1000, description: 'Full-text query: words (all must appear), "a phrase", a OR b, -excluded.' } as const;

export async function queryRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get('/search', {
    schema: { summary: 'Search documents', description: 'Full text with filters; ranked by relevance when q is given, else newest first.', querystring: querystring({ q, ...filterQuery }), response: { 200: resultsWithPlaceOf(documentHitSchema), ...errorResponses } },
  }, async (request) => {
    const { q: text, ...rest } = request.query as SearchQuery & { q?: string };
    return answerReadingPlace(rest, (query) => ctx.store.search({ ...query, ...(text !== undefined ? { text } : {}) }));
  });

  app.get('/quotes', {
    schema: {
      summary: 'List quotes',
      description: 'All quotes of a speaker, or "what did X say about Y": speaker=X&about=Y. Document filters apply too.',
      querystring: querystring({
        ...filterQuery,
        about: { ...q, description: 'Full-text query on what was said.' },
        kind: { type: 'string', enum: CUE_KINDS, description: 'Only quotes whose cue reports this: speech keeps what was said or written (beliefs, stances, plans and findings left out); quotes of unknown kind never match.' },
      }),
      response: { 200: resultsWithPlaceOf(quoteHitSchema), ...errorResponses },
    },
  }, async (request) => answerReadingPlace(request.query as QuoteQuery, (query) => ctx.store.quotes(query)));

  app.get('/entities', {
    schema: {
      summary: 'List entities',
      description: 'People, organisations and places, with the number of documents that mention each.',
      querystring: querystring({ name: { type: 'string', maxLength: 300 }, type: { type: 'string', enum: ['person', 'organisation', 'place', 'other'] } }),
      response: { 200: resultsOf(entityHitSchema), ...errorResponses },
    },
  }, async (request) => ({ results: await ctx.store.entities(request.query as EntityQuery) }));

  app.get('/events', {
    schema: { summary: 'List events', querystring: querystring({ ...filterQuery, type: { type: 'string', maxLength: 200, description: 'ACLED event type or sub-type.' } }), response: { 200: resultsWithPlaceOf(eventHitSchema), ...errorResponses } },
  }, async (request) => answerReadingPlace(request.query as EventQuery, (query) => ctx.store.events(query), readEventPlace));

  app.get('/person-roles', {
    schema: {
      summary: 'Roles of a person',
      description: 'The titles and roles the articles that mention a person give them ("Kremlin Press Secretary"), the most widely given first, each with the number of articles giving it and the newest one, with the role\'s offsets there. Every article that mentions the person counts (the store indexes roles at ingest); notIndexed says how many of them were stored before roles were indexed and still lack theirs (`newslens reanalyze --index-only` fills them in).',
      querystring: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 300 },
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'At most this many roles, the most widely given first (total counts them all).' },
          offset: { type: 'integer', minimum: 0, default: 0 },
        },
        required: ['name'],
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: {
            results: { type: 'array', items: personRoleSchema },
            total: { type: 'integer', description: 'Distinct roles in all; results holds the page asked for (limit, offset).' },
            documents: { type: 'integer', description: 'Articles that mention the person.' },
            notIndexed: { type: 'integer', description: 'Of those, articles stored before roles were indexed, not filled in yet.' },
          },
          required: ['results', 'total', 'documents', 'notIndexed'],
        },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const { name, limit, offset } = request.query as { name: string; limit: number; offset: number };
    const { roles, total, documents, notIndexed } = await personRoles(ctx.store, name, { limit, offset });
    return { results: roles, total, documents, notIndexed };
  });

  app.get('/outlets', {
    schema: {
      summary: 'List outlets',
      description: 'The outlets of the stored documents with their document counts, the most prolific first. The outlet filters match a name exactly: these are the names to use.',
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 10000 } }, additionalProperties: false },
      response: { 200: resultsOf(outletSchema), ...errorResponses },
    },
  }, async (request) => ({ results: await ctx.store.outlets((request.query as { limit?: number }).limit) }));

  app.get('/stats', { schema: { summary: 'Corpus counts', response: { 200: statsSchema, ...errorResponses } } }, async () => ctx.store.stats());
}
