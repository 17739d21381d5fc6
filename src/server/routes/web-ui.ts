/**
 * The web UI: one HTML page, its compiled client modules (/app/*.js) and static files (/static/*),
 * registered as a plugin of `buildApp` (`plugins: [webUiPlugin({ store })]`). Files are listed once at start
 * and served from memory by exact name, so no request path ever reaches the file system. Every
 * response of the plugin carries a Content-Security-Policy that allows scripts, styles and requests
 * from this origin only: no inline script, no third-party request.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { PACKAGE_ROOT } from '../../data/paths.js';
import type { Store } from '../../store/types.js';
import { eventPlaceRoutes } from './event-places.js';

/** The policy of every UI response. `style-src 'self'` also forbids inline style attributes. */
export const UI_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export interface WebUiOptions {
  /** The store the API serves (the map's /api/event-places reads coordinates from its documents). */
  store: Store;
  /** Folder of the compiled client modules (default: `ui/web/src` beside the compiled server code). */
  clientDir?: string;
  /** Folder of the page and static files (default: `web/static` in the package). */
  staticDir?: string;
}

/** The compiled client's folder: `<build>/ui/web/src`, where `web/tsconfig.json` writes it. */
export function defaultClientDir(): string {
  return fileURLToPath(new URL('../../../ui/web/src/', import.meta.url));
}

/** Files of a folder (not recursive) whose names are safe, by name, read into memory. */
function loadFolder(dir: string, extensions: ReadonlySet<string>): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SAFE_NAME.test(name) && extensions.has(extname(name)) && statSync(path).isFile()) files.set(name, readFileSync(path));
  }
  return files;
}

function send(reply: FastifyReply, name: string, body: Buffer | string): FastifyReply {
  return reply.type(CONTENT_TYPES[extname(name)] ?? 'application/octet-stream').header('cache-control', 'no-cache').send(body);
}

/** The web UI plugin for `buildApp({ plugins })`. */
export function webUiPlugin(options: WebUiOptions): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const client = loadFolder(options.clientDir ?? defaultClientDir(), new Set(['.js']));
    const statics = loadFolder(options.staticDir ?? join(PACKAGE_ROOT, 'web', 'static'), new Set(['.html', '.css', '.json', '.svg', '.png']));
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('content-security-policy', UI_CONTENT_SECURITY_POLICY);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('cross-origin-opener-policy', 'same-origin');
      return payload;
    });
    await eventPlaceRoutes(app, options.store);
    const page = statics.get('index.html');
    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      if (!page || client.size === 0) {
        return reply.code(503).type('text/plain; charset=utf-8').send('The web UI is not built: run `npm run build` in the newslens folder, then restart `newslens serve`.\n');
      }
      return send(reply, 'index.html', page);
    });
    app.get('/app/:file', { schema: { hide: true } }, async (request, reply) => {
      const { file } = request.params as { file: string };
      const body = client.get(file);
      return body ? send(reply, file, body) : notFound(reply, file);
    });
    app.get('/static/:file', { schema: { hide: true } }, async (request, reply) => {
      const { file } = request.params as { file: string };
      const body = file === 'index.html' ? undefined : statics.get(file);
      return body ? send(reply, file, body) : notFound(reply, file);
    });
    app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => {
      const icon = statics.get('favicon.svg');
      return icon ? send(reply, 'favicon.svg', icon) : notFound(reply, 'favicon.ico');
    });
  };
}

function notFound(reply: FastifyReply, file: string): FastifyReply {
  return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `No file ${file.slice(0, 200)}`, statusCode: 404 } });
}
