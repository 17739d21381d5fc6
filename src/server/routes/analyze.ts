/** POST /api/analyze: analyse one posted article and return its Document (nothing is stored). */
import type { FastifyInstance } from 'fastify';
import { analyze } from '../../analyze.js';
import type { ArticleRecord } from '../../read/index.js';
import type { RouteContext } from '../build-app.js';
import { ApiError } from '../errors.js';
import { articleSchema, documentSchema, errorResponses } from '../schemas.js';

export async function analyzeRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.post('/analyze', {
    schema: {
      summary: 'Analyse one article',
      description: 'Returns the Document: text, metadata and every layer (quotes, claims, entities, events, framing...), each annotation with its span. Nothing is stored.',
      body: articleSchema,
      response: { 200: documentSchema, ...errorResponses },
    },
  }, async (request) => {
    const doc = analyze(request.body as ArticleRecord, { pipeline: ctx.pipeline });
    if (doc.status === 'failed') {
      const error = doc.messages.find((m) => m.severity === 'error');
      throw new ApiError(400, error?.code ?? 'E_INPUT_MALFORMED', error?.message ?? 'The article could not be read.');
    }
    return doc;
  });
}
