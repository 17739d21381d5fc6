/** JSON schemas of the HTTP API: they validate requests and are the OpenAPI document at /docs. */
import type { CueKind } from '../model/layers/quotes.js';

const text = (description: string, maxLength = 500) => ({ type: 'string', maxLength, description }) as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, statusCode: { type: 'integer' } },
      required: ['code', 'message', 'statusCode'],
    },
  },
  required: ['error'],
} as const;

/** Error responses every route may give. */
export const errorResponses = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema, 500: errorSchema, 503: errorSchema };

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20, description: 'At most this many results.' },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0, description: 'Skip this many results.' },
} as const;

export const filterQuery = {
  outlet: text('Only this outlet.'),
  from: text('Published on or after (YYYY-MM-DD).', 40),
  to: text('Published on or before; a bare date includes the whole day.', 40),
  person: text('Documents mentioning this person (words of the name).'),
  organisation: text('Documents mentioning this organisation.'),
  place: text('Documents mentioning this place (another spelling is read as the gazetteer\'s place: see placeReadAs); for /events and /event-places, the events placed there.'),
  speaker: text('Documents quoting this speaker (for /quotes: the speaker of the quote).'),
  eventType: text('Documents reporting an event of this ACLED type or sub-type.'),
  claimStatus: { type: 'string', enum: ['asserted', 'attributed', 'hedged', 'disputed', 'denied', 'questioned'], description: 'Documents with a claim of this status.' },
} as const;

/** The metadata an article may carry. */
export const metaProperties = {
  outlet: text('The outlet that published it.'),
  url: text('Its URL (used for de-duplication).', 4000),
  title: text('Its title.', 2000),
  author: text('Its author.'),
  publishedAt: text('Publication date: ISO 8601 or RFC 822.', 100),
  language: text('BCP 47 language tag.', 35),
} as const;

/** An uploaded file as bytes: decoded on the server like the CLI readers decode files (any encoding). */
export const fileSchema = {
  type: 'object',
  description: 'A text or HTML file as it is on disk. Its encoding is found as `newslens ingest` finds it: a byte-order mark, a declared charset (contentType, <meta charset>), else UTF-8 or a legacy encoding (windows-1251, latin-1...) detected from the bytes, with a warning message naming it.',
  properties: {
    base64: { type: 'string', contentEncoding: 'base64', description: 'The file\'s bytes, base64-encoded.' },
    name: text('The file name (its extension helps tell HTML from text).', 300),
    contentType: text('Its media type, possibly with a charset (text/html; charset=windows-1251).', 200),
  },
  required: ['base64'],
  additionalProperties: false,
} as const;

export const articleSchema = {
  type: 'object',
  description: 'An article: its text, its HTML or a file, and what is known about it (metadata given here overrides what a file says).',
  properties: { text: { type: 'string', description: 'Plain text.' }, html: { type: 'string', description: 'An HTML page or fragment.' }, file: fileSchema, ...metaProperties },
  anyOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['file'] }],
} as const;

/** A whole Document (see the Document JSON schema in src/model/schema); passed through as stored. */
export const documentSchema = { type: 'object', additionalProperties: true, description: 'A Document: text, meta, layers, messages, status, pipeline.' } as const;

export const documentHitSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' }, publishedAt: { type: 'string' }, status: { type: 'string' }, snippet: { type: 'string' } },
  required: ['id', 'status', 'snippet'],
} as const;

/** What a quote's cue can report (Quote.cueKind); every kind once, checked by the compiler. */
const CUE_KIND_SET: Record<CueKind, true> = { speech: true, cognition: true, stance: true, perception: true, intention: true, decree: true, evidence: true };
export const CUE_KINDS = Object.keys(CUE_KIND_SET) as CueKind[];

export const quoteHitSchema = {
  type: 'object',
  properties: {
    documentId: { type: 'string' }, quoteId: { type: 'string' }, speaker: { type: 'string' }, form: { type: 'string' }, content: { type: 'string' }, cue: { type: 'string' },
    cueKind: { type: 'string', enum: CUE_KINDS, description: 'What the cue reports (speech, cognition…); absent when not known.' },
    start: { type: 'integer' }, end: { type: 'integer' }, outlet: { type: 'string' }, publishedAt: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' },
  },
  required: ['documentId', 'quoteId', 'form', 'content', 'start', 'end'],
} as const;

export const outletSchema = {
  type: 'object',
  properties: { outlet: { type: 'string' }, documents: { type: 'integer' } },
  required: ['outlet', 'documents'],
} as const;

export const entityHitSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, type: { type: 'string' }, documents: { type: 'integer' } },
  required: ['name', 'type', 'documents'],
} as const;

export const eventHitSchema = {
  type: 'object',
  properties: {
    documentId: { type: 'string' }, eventId: { type: 'string' }, type: { type: 'string' }, subtype: { type: 'string' }, place: { type: 'string' }, date: { type: 'string' },
    trigger: { type: 'string' }, attribution: { type: 'string' }, outlet: { type: 'string' }, publishedAt: { type: 'string' },
    title: { type: 'string', description: 'The article\'s title.' }, url: { type: 'string', description: 'The article\'s address.' },
    lat: { type: 'number' }, lon: { type: 'number' },
    placePrecision: { type: 'string', description: 'Where the places stage located the event\'s place: town, region, country, site…' },
    placeCountry: { type: 'string', description: 'ISO country code of the event\'s place.' },
    recurring: { type: 'boolean', description: 'A recurring pattern ("shelled almost daily"), not one event.' },
    crowd: {
      type: 'array',
      description: "Crowd sizes of a protest or riot, one per claimant (`outlet` for the outlet's own voice); absent when the text gives none.",
      items: {
        type: 'object',
        properties: { figure: { type: 'string' }, qualifier: { type: 'string' }, low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' }, peak: { type: 'boolean' }, claimant: { type: 'string' } },
        required: ['figure', 'qualifier', 'claimant'],
      },
    },
  },
  required: ['documentId', 'eventId', 'type', 'trigger'],
} as const;

export const statsSchema = {
  type: 'object',
  properties: {
    documents: { type: 'integer' }, failed: { type: 'integer' }, quotes: { type: 'integer' }, entities: { type: 'integer' }, events: { type: 'integer' },
    pipelineVersions: { type: 'object', additionalProperties: { type: 'integer' } },
    quotesWithoutCueKind: { type: 'integer', description: 'Quotes stored before cue kinds were indexed: a `kind` filter leaves them out until `newslens reanalyze --index-only` fills them in from the stored documents.' },
    documentsWithoutPersonRoles: { type: 'integer', description: 'Documents stored before person roles were indexed: their roles are missing from GET /api/person-roles until `newslens reanalyze --index-only` fills them in from the stored documents.' },
    documentsWithoutClaimIndex: { type: 'integer', description: 'Documents with claims that wait for the claim index (stored before it, or before claimants were indexed): GET /api/claims reads them from their Documents, slowly, until `newslens reanalyze --index-only` indexes them.' },
  },
  required: ['documents', 'failed', 'quotes', 'entities', 'events'],
} as const;

/** `{ results: [...] }` with items of the given schema. */
export function resultsOf(item: object): object {
  return { type: 'object', properties: { results: { type: 'array', items: item } }, required: ['results'] };
}
