/**
 * GET /api/compare: the stored articles' accounts of the same real-world events, outlet by outlet
 * (casualty figures and crowd sizes per claimant, attribution, blame, naming, framing), and where they disagree.
 * The same report as `newslens compare --format json` (src/corpus/compare).
 */
import type { FastifyInstance } from 'fastify';
import { compareEvents } from '../../corpus/compare/index.js';
import type { CompareQuery } from '../../corpus/compare/types.js';
import type { RouteContext } from '../build-app.js';
import { errorResponses } from '../schemas.js';
import { ApiError } from '../errors.js';
import { POSITIONAL_CLUSTER_ID } from '../../corpus/compare/cluster-id.js';

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const strings = { type: 'array', items: str } as const;
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false }) as const;

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 } as const;

const querySchema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 1000, description: 'Full-text query on the articles (search syntax).' },
    type: { type: 'string', maxLength: 200, description: 'ACLED event type or sub-type.' },
    place: { type: 'string', maxLength: 300, description: 'A place in any spelling the gazetteer knows; nearby places count.' },
    from: { ...day, description: 'Events on or after this day (the event date, else the publication date).' },
    to: { ...day, description: 'Events on or before this day.' },
    outlet: { type: 'string', maxLength: 500, description: 'Only articles of this outlet.' },
    radiusKm: { type: 'integer', minimum: 1, maximum: 500, description: 'How far apart two places may be for one event (default 25).' },
    lagDays: { type: 'integer', minimum: 0, maximum: 60, description: 'Days after `to` an article may report the event (default 7).' },
    minOutlets: { type: 'integer', minimum: 1, maximum: 100, description: 'Only events reported by at least this many outlets (default 1).' },
    limit: { type: 'integer', minimum: 1, maximum: 100, description: 'At most this many events, most widely reported first (default 10).' },
    cluster: { type: 'string', maxLength: 40, description: 'Only the event with this id (a cluster\'s `id`, stable as articles are stored), wherever it ranks: `limit` and `minOutlets` do not apply.' },
  },
  additionalProperties: false,
} as const;

const casualty = obj({ kind: str, figure: str, qualifier: str, low: num, best: num, high: num, group: str, claimant: str, start: int, end: int }, ['kind', 'figure', 'qualifier', 'claimant', 'start', 'end']);
const crowd = obj({ figure: str, qualifier: str, low: num, best: num, high: num, peak: { type: 'boolean' }, claimant: str, event: str, start: int, end: int }, ['figure', 'qualifier', 'claimant', 'event', 'start', 'end']);
const blame = obj({ text: str, name: str, party: str, alleged: { type: 'boolean' }, allegedBy: str }, ['text', 'alleged']);
const qualification = obj({ claim: str, statuses: strings, text: str, by: str, party: str, start: int, end: int }, ['claim', 'statuses', 'text', 'start', 'end']);
const naming = obj({ entry: str, variant: str, outlet: int, quoted: int, signals: str }, ['entry', 'variant', 'outlet', 'quoted', 'signals']);
const framing = obj({ technique: str, text: str, voice: str, start: int, end: int }, ['technique', 'text', 'voice', 'start', 'end']);
const article = obj({
  documentId: str, title: str, url: str, publishedAt: str, events: strings, triggers: strings, status: str, claimants: strings,
  casualties: { type: 'array', items: casualty }, crowd: { type: 'array', items: crowd }, blamed: { type: 'array', items: blame }, qualifications: { type: 'array', items: qualification },
  naming: { type: 'array', items: naming }, framing: { type: 'array', items: framing },
}, ['documentId', 'events', 'triggers', 'status', 'claimants', 'casualties', 'crowd', 'blamed', 'qualifications', 'naming', 'framing']);
const contradiction = obj({ kind: str, summary: str, sides: { type: 'array', items: obj({ outlet: str, documentId: str, says: str, start: int, end: int }, ['outlet', 'documentId', 'says']) } }, ['kind', 'summary', 'sides']);
const cluster = obj({
  id: str, type: str, subtypes: strings, places: strings, lat: num, lon: num, dates: obj({ from: str, to: str }, ['from', 'to']),
  outlets: { type: 'array', items: obj({ outlet: str, articles: { type: 'array', items: article } }, ['outlet', 'articles']) },
  contradictions: { type: 'array', items: contradiction },
}, ['id', 'type', 'subtypes', 'places', 'dates', 'outlets', 'contradictions']);

/** The report's schema: what /docs shows, and what the response is serialised by. */
export const compareReportSchema = obj({
  query: { type: 'object', additionalProperties: true },
  scanned: obj({ events: int, candidates: int, unplaced: int, documents: int, truncated: { type: 'boolean' } }, ['events', 'candidates', 'unplaced', 'documents', 'truncated']),
  place: obj({ query: str, name: str, precision: str, country: str }, ['query']),
  clustersFound: int,
  clusters: { type: 'array', items: cluster },
  timings: obj({ placeMs: num, indexMs: num, clusterMs: num, documentsMs: num }, ['placeMs', 'indexMs', 'clusterMs', 'documentsMs']),
}, ['query', 'scanned', 'clustersFound', 'clusters', 'timings']);

export async function compareRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get('/compare', {
    schema: {
      summary: 'Compare outlets on the same events',
      description: 'Groups stored events that refer to the same real-world event (type family, place within a radius, overlapping dates); for each outlet: its articles, casualty figures per claimant, attribution status, who is blamed, naming choices, loaded language near the event; then the contradictions (tolls, perpetrators, denials, asserted vs attributed).',
      querystring: querySchema,
      response: { 200: compareReportSchema, ...errorResponses },
    },
  }, async (request) => {
    const { q, ...rest } = request.query as CompareQuery & { q?: string };
    if (rest.from && rest.to && rest.from > rest.to) throw new ApiError(400, 'VALIDATION', `from must not be after to, found ${rest.from} > ${rest.to}`);
    const position = rest.cluster === undefined ? null : POSITIONAL_CLUSTER_ID.exec(rest.cluster);
    if (position) {
      throw new ApiError(400, 'POSITIONAL_CLUSTER', `cluster "${rest.cluster}" names an event by its position (number ${position[1]}) in an older result, which changes as articles are stored; ask without \`cluster\` and use the \`id\` of the event in the answer (e and 10 hex digits)`);
    }
    return compareEvents(ctx.store, { ...rest, ...(q !== undefined ? { text: q } : {}) });
  });
}
