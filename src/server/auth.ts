/**
 * Writes need a token: `Authorization: Bearer <token>`, compared in constant time. Without a
 * configured token, writes are refused outright: the server never defaults to open writes.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/** A preHandler that lets a request through only with the configured token. */
export function requireToken(token: string | undefined): (request: FastifyRequest) => Promise<void> {
  const expected = token ? digest(token) : undefined;
  return async (request) => {
    if (!expected) throw new ApiError(403, 'WRITES_DISABLED', 'This server accepts no writes: start it with a token (NEWSLENS_TOKEN or --token-file) to enable them.');
    const given = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!given) throw new ApiError(401, 'UNAUTHORIZED', 'This route needs "Authorization: Bearer <token>".');
    if (!timingSafeEqual(digest(given), expected)) throw new ApiError(401, 'UNAUTHORIZED', 'The token is not valid.');
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
