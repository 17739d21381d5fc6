/** POST /api/documents (ingest, token required) and GET /api/documents/:id (a document with its layers). */
import type { FastifyInstance } from 'fastify';
import type { Document, LayerName } from '../../model/document.js';
import type { FailureRecord, StorableDocument } from '../../store/types.js';
import { requireToken } from '../auth.js';
import { itemOfArticle, type PostedArticle } from '../article-input.js';
import type { RouteContext } from '../build-app.js';
import { ApiError } from '../errors.js';
import { articleSchema, documentSchema, errorResponses } from '../schemas.js';
import { storedCueKind } from '../../store/cue-kind.js';

const ingestResult = {
  type: 'object',
  properties: { status: { type: 'string', enum: ['stored', 'duplicate', 'failed'] }, id: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
  required: ['status'],
} as const;

export async function documentRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.post('/documents', {
    preHandler: requireToken(ctx.token),
    schema: {
      summary: 'Ingest articles',
      description: 'Analyses and stores articles; one already stored (same URL or same text) is a duplicate. Needs the bearer token.',
      security: [{ bearer: [] }],
      body: { type: 'object', properties: { articles: { type: 'array', minItems: 1, maxItems: ctx.maxArticles, items: articleSchema } }, required: ['articles'] },
      response: { 200: { type: 'object', properties: { results: { type: 'array', items: ingestResult } }, required: ['results'] }, ...errorResponses },
    },
  }, async (request) => {
    const { articles } = request.body as { articles: PostedArticle[] };
    const results: Array<{ status: string; id?: string; code?: string; reason?: string }> = [];
    const storables: StorableDocument[] = [];
    const failures: FailureRecord[] = [];
    const slots: number[] = [];
    const items = articles.map(itemOfArticle);
    const analysed = await Promise.all(items.map(({ item, rawHash }) => ctx.analyze(item, rawHash)));
    for (const result of analysed) {
      if (result.ok) {
        slots.push(results.length);
        storables.push(result.storable);
        results.push({ status: 'pending', id: result.storable.doc.id });
      } else {
        failures.push(result.failure);
        results.push({ status: 'failed', code: result.failure.code, reason: result.failure.message });
      }
    }
    if (failures.length > 0) await ctx.store.putFailures(failures);
    const outcomes = storables.length > 0 ? await ctx.store.put(storables) : [];
    outcomes.forEach((outcome, i) => { results[slots[i]!]!.status = outcome; });
    return { results };
  });

  app.get('/documents/:id', {
    schema: {
      summary: 'Get a document with its layers',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{16}$' } }, required: ['id'] },
      querystring: {
        type: 'object',
        properties: {
          layers: { type: 'string', maxLength: 300, description: 'Comma-separated layer names to return (default: all).' },
          cueKinds: { type: 'string', enum: ['stored', 'fill'], description: 'fill: a quote stored before quotes carried their cue kind gets the kind its cue\'s lexicon entry gives (as `newslens reanalyze --index-only` fills the index), counted in cueKindsFilled; stored (the default): the document as stored.' },
        },
      },
      response: {
        200: { type: 'object', properties: { document: documentSchema, pipelineVersion: { type: 'string' }, ingestedAt: { type: 'string' }, cueKindsFilled: { type: 'integer' } }, required: ['document'] },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const stored = await ctx.store.get(id);
    if (!stored) throw new ApiError(404, 'DOCUMENT_NOT_FOUND', `No document with id ${id}.`);
    const { layers, cueKinds } = request.query as { layers?: string; cueKinds?: 'stored' | 'fill' };
    const document = layers ? pickLayers(stored.doc, layers.split(',').map((s) => s.trim()) as LayerName[]) : stored.doc;
    const filled = cueKinds === 'fill' ? fillCueKinds(document) : undefined;
    return { document, pipelineVersion: stored.pipelineVersion, ingestedAt: stored.ingestedAt, ...(filled !== undefined ? { cueKindsFilled: filled } : {}) };
  });
}

function pickLayers(doc: Document, names: LayerName[]): Document {
  const layers: Document['layers'] = {};
  for (const name of names) if (doc.layers[name] !== undefined) (layers as Record<string, unknown>)[name] = doc.layers[name];
  return { ...doc, layers };
}

/**
 * Gives each quote without a cue kind the kind its cue's lexicon entry gives (storedCueKind), in place
 * (the document is this answer's own copy); returns how many got one. Documents analysed before quotes
 * carried a kind keep the same pipeline version (no stage version changed), so `newslens reanalyze`
 * does not renew them, and the article page's "speech only" would hide every quote.
 */
function fillCueKinds(doc: Document): number {
  let filled = 0;
  for (const q of doc.layers.quotes ?? []) {
    if (q.cueKind) continue;
    const kind = storedCueKind(q);
    if (kind) q.cueKind = kind, filled++;
  }
  return filled;
}
