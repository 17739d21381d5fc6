/**
 * CORS, off unless origins are configured: only a listed Origin gets the allow headers, and
 * preflight requests from it are answered. (No wildcard: writes carry a bearer token.)
 */
import type { FastifyInstance } from 'fastify';

export function installCors(app: FastifyInstance, origins: string[]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin)) return;
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST, OPTIONS').header('access-control-allow-headers', 'content-type, authorization').header('access-control-max-age', '600');
      await reply.code(204).send();
    }
  });
  app.options('/*', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
}
