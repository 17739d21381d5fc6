/**
 * GET /api/claims: one row per claim (src/corpus/claim-rows.ts), as JSON pages like the other lists, or
 * streamed as JSON Lines or CSV for analysts. The CSV is RFC 4180, and a cell a spreadsheet would run as
 * a formula gets a leading apostrophe (src/corpus/export.ts).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { CLAIM_COLUMNS, checkClaimCursor, claimPage, claimRows, type ClaimQuery, type ClaimRow } from '../../corpus/claim-rows.js';
import { csvCell } from '../../corpus/export.js';
import type { ClaimStatus } from '../../model/layers/claims.js';
import type { RouteContext } from '../build-app.js';
import { ApiError } from '../errors.js';
import { readPlace, resultsWithPlaceOf } from '../place-reading.js';
import { errorResponses, filterQuery } from '../schemas.js';

const STATUSES: readonly ClaimStatus[] = ['asserted', 'attributed', 'hedged', 'disputed', 'denied', 'questioned'];

/** At most this many rows in one JSON page; JSON Lines and CSV stream every row unless `limit` says otherwise. */
export const CLAIM_PAGE_MAX = 1000;

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
export const claimRowSchema = {
  type: 'object',
  properties: {
    documentId: str, outlet: str, url: str, publishedAt: str, title: str, claimId: str,
    text: { type: 'string', description: 'The claim\'s words; start and end are their offsets in the article\'s text.' }, start: int, end: int,
    status: { type: 'string', enum: STATUSES, description: 'The most telling of its statuses (denied, disputed, hedged, questioned, attributed, asserted = the outlet\'s own voice).' },
    statuses: { type: 'string', description: 'All its statuses, joined by ";".' },
    voice: { type: 'string', enum: ['outlet', 'source'] },
    claimant: { type: 'string', description: 'Whose word it is: the quoted speaker, or "outlet".' },
    cues: { type: 'string', description: 'The words that qualify it ("allegedly", "denied"), joined by " | ".' },
    quoteId: str, eventId: str, eventType: str, eventSubtype: str, place: str, date: str,
    stance: { type: 'string', enum: ['asserts', 'disputes', 'denies'], description: 'The claimant\'s position on the event.' },
    moreEvents: { type: 'string', description: 'A claim that supports several events is one row: eventId, eventType, eventSubtype, place, date and stance are those of the first (with eventType, the first of that type); this lists the ids of the others, joined by a space (their fields are not in the row).' },
  },
  required: ['documentId', 'claimId', 'text', 'start', 'end', 'status', 'statuses', 'voice', 'claimant'],
} as const;

/** A JSON page: its rows and, when it is full, `next`, the cursor of the page after it. */
const claimPageSchema = (() => {
  const page = resultsWithPlaceOf(claimRowSchema) as { properties: object };
  return { ...page, properties: { ...page.properties, next: { type: 'string', description: 'When the page is full: pass it as `cursor` for the next page.' } } };
})();

export async function claimRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get('/claims', {
    schema: {
      summary: 'List or export claims',
      description: 'One row per claim: its article (outlet, id, address, date), its words and offsets, its status (the outlet\'s own voice, attributed, hedged, disputed, denied), its claimant, and the event it is evidence for (type, place, date) with the claimant\'s stance. Newest article first, claims in text order. format=json (the default) answers a page (limit at most 1000, default 20); format=jsonl and format=csv stream every matching row (or limit of them) as a download. q searches the articles; claimStatus, claimant and eventType narrow the claims themselves.',
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', maxLength: 1000, description: 'Full-text query on the articles.' },
          ...filterQuery,
          claimStatus: { type: 'string', enum: STATUSES, description: 'Only claims with this status among theirs.' },
          eventType: { type: 'string', maxLength: 200, description: 'Only claims about an event of this ACLED type or sub-type.' },
          claimant: { type: 'string', maxLength: 300, description: 'Only claims whose claimant\'s name holds these whole words, any order, case and accents aside ("outlet": the outlet\'s own voice); answered by the claimant index.' },
          format: { type: 'string', enum: ['json', 'jsonl', 'csv'], default: 'json' },
          limit: { type: 'integer', minimum: 1, maximum: 1_000_000, description: 'At most this many rows (json: default 20, at most 1000; jsonl, csv: default every row).' },
          offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0, description: 'Skip this many rows.' },
          cursor: { type: 'string', maxLength: 200, description: 'Start after the last row of a previous page: its `next` (same filters). Pages by the date index, however deep.' },
        },
        additionalProperties: false,
      },
      response: { 200: claimPageSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { q, format, limit, claimStatus, ...rest } = request.query as Omit<ClaimQuery, 'text' | 'status'> & { q?: string; format: 'json' | 'jsonl' | 'csv'; claimStatus?: ClaimStatus };
    if (format === 'json' && limit !== undefined && limit > CLAIM_PAGE_MAX) {
      throw new ApiError(400, 'VALIDATION', `limit must be at most ${CLAIM_PAGE_MAX} with format=json (jsonl and csv stream any number of rows)`);
    }
    if (rest.cursor !== undefined) {
      try {
        checkClaimCursor(rest.cursor);
      } catch (error) {
        throw new ApiError(400, 'VALIDATION', (error as Error).message);
      }
    }
    const { query: read, placeReadAs } = readPlace(rest);
    const query: ClaimQuery = { ...read, ...(q !== undefined ? { text: q } : {}), ...(claimStatus ? { status: claimStatus } : {}) };
    if (format === 'json') {
      const { rows: results, next } = await claimPage(ctx.store, { ...query, limit: limit ?? 20 });
      return { results, ...(next ? { next } : {}), ...(placeReadAs ? { placeReadAs } : {}) };
    }
    if (limit !== undefined) query.limit = limit;
    reply.header('content-disposition', `attachment; filename="claims.${format}"`);
    if (placeReadAs) reply.header('x-place-read-as', encodeURIComponent(placeReadAs.name));
    reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    return reply.send(Readable.from(format === 'csv' ? csvLines(claimRows(ctx.store, query)) : jsonLines(claimRows(ctx.store, query))));
  });
}

async function* jsonLines(rows: AsyncIterable<ClaimRow>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

/** The header line, then one line per row, CRLF-terminated (RFC 4180). */
async function* csvLines(rows: AsyncIterable<ClaimRow>): AsyncGenerator<string> {
  yield `${CLAIM_COLUMNS.join(',')}\r\n`;
  for await (const row of rows) yield `${CLAIM_COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`;
}
