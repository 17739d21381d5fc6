/**
 * The HTTP API, built by a factory so tests run it without a port (`app.inject()`):
 * `buildApp({ store, pipeline, token })`. Routes live under /api and are schema-first; their
 * schemas make the OpenAPI document served at /docs. `/` and other paths are left free for the
 * web UI, which registers as one of `plugins`.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import swagger from '@fastify/swagger';
import { PACKAGE_VERSION } from '../data/paths.js';
import type { Pipeline } from '../pipeline/index.js';
import { analyzeItem, analyzeItemToJson, type ItemResult, type JsonResult } from '../corpus/analyze-item.js';
import type { SourceItem } from '../corpus/sources/source-item.js';
import { WorkerPool } from '../corpus/worker-pool.js';
import type { Store } from '../store/types.js';
import { installErrorHandlers } from './errors.js';
import { installCors } from './cors.js';
import { analyzeRoutes } from './routes/analyze.js';
import { claimRoutes } from './routes/claims.js';
import { compareRoutes } from './routes/compare.js';
import { documentRoutes } from './routes/documents.js';
import { queryRoutes } from './routes/query.js';
import { WARM_UP_ARTICLE, warmUpItems } from './warm-up.js';

export interface AppOptions {
  store: Store;
  /**
   * A custom analysis pipeline, run on the request thread (no time limit). Without one, the default
   * pipeline runs on worker threads, each analysis limited to `analysisTimeoutMs`.
   */
  pipeline?: Pipeline;
  /** Worker threads for analysis (default 1), started on first use (or when listening, with `warmUp`). */
  analysisWorkers?: number;
  /**
   * Start the analysis workers as soon as the server listens and have each analyse a warm-up article
   * (text and HTML), so a person's first analysis does not wait ~2 s for models to load. GET /healthz
   * says `analysis: "warming"` until that is done, then `"ready"`. Off by default (tests that never
   * listen need no threads).
   */
  warmUp?: boolean;
  /** Longest one article's analysis may take before it is stopped (default 20 s): 503 E_ANALYSIS_TIMEOUT. */
  analysisTimeoutMs?: number;
  /** The token writes need; without one, writes are refused. */
  token?: string;
  /** Largest request body in bytes (default 2 MiB). */
  bodyLimit?: number;
  /** Milliseconds a request may take from start to end before the server drops it (default 30 s). */
  requestTimeoutMs?: number;
  /** Most articles per ingest request (default 100). */
  maxArticlesPerRequest?: number;
  /** Origins allowed to call the API from a browser; none by default (CORS off). */
  corsOrigins?: string[];
  /** Extra plugins, registered after the API: the web UI and its static files go here. */
  plugins?: FastifyPluginAsync[];
  logger?: boolean;
}

/** Builds the app (not listening). Call `app.listen({ port, host })` to serve, `app.close()` to stop. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionTimeout: options.requestTimeoutMs ?? 30_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } },
  });
  installErrorHandlers(app);
  if (options.corsOrigins?.length) installCors(app, options.corsOrigins);
  await app.register(swagger, {
    openapi: {
      info: { title: 'newslens API', version: PACKAGE_VERSION, description: 'Analyse articles; ingest them into a corpus; search text, quotes, entities and events. Errors are JSON: {error: {code, message, statusCode}}.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  let pool: WorkerPool | undefined;
  let analysis: 'idle' | 'warming' | 'ready' = options.pipeline ? 'ready' : 'idle';
  const startPool = (): WorkerPool => {
    if (pool) return pool;
    pool = new WorkerPool({ size: options.analysisWorkers ?? 1, ...(options.warmUp ? { warmUp: warmUpItems() } : {}) });
    analysis = options.warmUp ? 'warming' : 'ready';
    return pool;
  };
  const timeoutMs = options.analysisTimeoutMs ?? 20_000;
  const context: RouteContext = {
    store: options.store,
    token: options.token,
    maxArticles: options.maxArticlesPerRequest ?? 100,
    analyze: (item, rawHash) => {
      if (options.pipeline) return Promise.resolve(analyzeItem(item, rawHash, options.pipeline));
      return startPool().run(item, rawHash, timeoutMs);
    },
    analyzeToJson: (item, rawHash) => {
      if (options.pipeline) return Promise.resolve(analyzeItemToJson(item, rawHash, options.pipeline));
      return startPool().runToJson(item, rawHash, timeoutMs);
    },
  };
  if (options.warmUp && !options.pipeline) {
    // Not awaited: the server answers while the worker warms up (a request meanwhile waits for it).
    app.addHook('onListen', async () => { void warmUp(app, startPool()).finally(() => { analysis = 'ready'; }); });
  }
  app.addHook('onClose', async () => { await pool?.close(); });
  await app.register(async (api) => {
    await analyzeRoutes(api, context);
    await documentRoutes(api, context);
    await queryRoutes(api, context);
    await claimRoutes(api, context);
    await compareRoutes(api, context);
  }, { prefix: '/api' });
  app.get('/docs', { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true, analysis }));
  for (const plugin of options.plugins ?? []) await app.register(plugin);
  await app.ready();
  return app;
}

/**
 * Waits for the workers' own warm-up, then sends one article through the route as a person would, so
 * that this thread's first unpacking and JSON serialisation of a Document are not paid by them either.
 */
async function warmUp(app: FastifyInstance, pool: WorkerPool): Promise<void> {
  await pool.ready();
  await app.inject({ method: 'POST', url: '/api/analyze', payload: WARM_UP_ARTICLE }).catch(() => undefined);
}

/** What routes share. */
export interface RouteContext {
  store: Store;
  token: string | undefined;
  maxArticles: number;
  /** Reads and analyses one item (on a worker with a time limit, unless a custom pipeline was given). */
  analyze(item: SourceItem, rawHash: string): Promise<ItemResult>;
  /** The same, for an answer that stores nothing: the Document as UTF-8 JSON, ready to send. */
  analyzeToJson(item: SourceItem, rawHash: string): Promise<JsonResult>;
}
