/** POST /api/analyze: analyse one posted article and return its Document (nothing is stored). */
import type { FastifyInstance } from 'fastify';
import { itemOfArticle, type PostedArticle } from '../article-input.js';
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
  }, async (request, reply) => {
    const { item, rawHash } = itemOfArticle(request.body as PostedArticle);
    // The worker sends the Document's JSON, which goes out as it is: no packing for a store, unpacking
    // and serialising again on this thread (JSON.stringify escapes the text as before).
    const result = await ctx.analyzeToJson(item, rawHash);
    if (!result.ok) throw failureError(result.failure.code, result.failure.message);
    return reply.type('application/json; charset=utf-8').send(Buffer.from(result.json.buffer, result.json.byteOffset, result.json.byteLength));
  });
}

/** An analysis failure as an API error: a timeout is the server's (503), anything else the input's (400). */
export function failureError(code: string, message: string): ApiError {
  return code === 'E_ANALYSIS_TIMEOUT' ? new ApiError(503, code, message) : new ApiError(400, code, message.replace(/^api:[0-9a-f]+: /, ''));
}
