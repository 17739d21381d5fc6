/**
 * Every error the API returns is JSON: `{ "error": { "code", "message", "statusCode" } }`, with a
 * stable code a client can branch on. Internal errors say so without leaking details.
 */
import type { FastifyError, FastifyInstance } from 'fastify';

/** An error with an API code and HTTP status, thrown by handlers. */
export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Fastify's own error codes, mapped to the API's. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_BODY',
  FST_ERR_VALIDATION: 'VALIDATION',
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(body(error.statusCode, error.code, error.message));
    const fastifyError = error as FastifyError;
    if (fastifyError.validation) return reply.code(400).send(body(400, 'VALIDATION', fastifyError.message));
    const status = fastifyError.statusCode ?? 500;
    if (status < 500) {
      const code = FASTIFY_CODES[fastifyError.code] ?? (error instanceof SyntaxError ? 'INVALID_BODY' : 'BAD_REQUEST');
      return reply.code(status).send(body(status, code, fastifyError.message));
    }
    request.log.error({ err: error }, 'internal error');
    const storeDown = error.name === 'StoreError' || /ECONNREFUSED|database|SQLITE_BUSY/i.test(error.message);
    return storeDown
      ? reply.code(503).send(body(503, 'STORE_UNAVAILABLE', 'The store could not be reached; try again later.'))
      : reply.code(500).send(body(500, 'INTERNAL', 'An internal error occurred; it has been logged.'));
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(body(404, 'NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`)));
}

function body(statusCode: number, code: string, message: string): object {
  return { error: { code, message, statusCode } };
}
