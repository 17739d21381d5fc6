/** POST /api/documents (ingest, token required) and GET /api/documents/:id (a document with its layers). */
import type { FastifyInstance } from 'fastify';
import type { Document, LayerName } from '../../model/document.js';
import type { FailureRecord, StorableDocument } from '../../store/types.js';
import { requireToken } from '../auth.js';
import { itemOfArticle, type PostedArticle } from '../article-input.js';
import type { RouteContext } from '../build-app.js';
import { ApiError } from '../errors.js';
import { articleSchema, documentSchema, errorResponses } from '../schemas.js';

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
      querystring: { type: 'object', properties: { layers: { type: 'string', maxLength: 300, description: 'Comma-separated layer names to return (default: all).' } } },
      response: {
        200: { type: 'object', properties: { document: documentSchema, pipelineVersion: { type: 'string' }, ingestedAt: { type: 'string' } }, required: ['document'] },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const stored = await ctx.store.get(id);
    if (!stored) throw new ApiError(404, 'DOCUMENT_NOT_FOUND', `No document with id ${id}.`);
    const { layers } = request.query as { layers?: string };
    return { document: layers ? pickLayers(stored.doc, layers.split(',').map((s) => s.trim()) as LayerName[]) : stored.doc, pipelineVersion: stored.pipelineVersion, ingestedAt: stored.ingestedAt };
  });
}

function pickLayers(doc: Document, names: LayerName[]): Document {
  const layers: Document['layers'] = {};
  for (const name of names) if (doc.layers[name] !== undefined) (layers as Record<string, unknown>)[name] = doc.layers[name];
  return { ...doc, layers };
}
