/**
 * `newslens serve [--port N] [--host H] [--sample]`: the web UI at / and the HTTP API under /api over a
 * store, with its OpenAPI document at /docs. `--sample` first loads the example articles.
 */
import { readFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web UI and the HTTP API over the corpus (OpenAPI document at /docs).',
  usage: 'newslens serve [--port N] [--host H] [--sample] [--store URL] [--token-file FILE] [--cors ORIGIN]',
  options: {
    ...STORE_OPTION,
    port: { type: 'string', help: 'port to listen on (default 8080)' },
    host: { type: 'string', help: 'interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)' },
    'token-file': { type: 'string', help: 'a file holding the token that writes need (or set NEWSLENS_TOKEN); without one, writes are refused' },
    cors: { type: 'string', multiple: true, help: 'an origin allowed to call the API from a browser (repeatable); CORS is off by default' },
    'body-limit': { type: 'string', help: 'largest request body in bytes (default 2097152)' },
    sample: { type: 'boolean', help: 'first load the example articles (examples/ and examples/compare/) into the store; ones already there are skipped' },
  },
  async run({ values }) {
    const port = intOption('port', values.port, 8080, 0);
    const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
    let token = process.env.NEWSLENS_TOKEN?.trim() || undefined;
    if (typeof values['token-file'] === 'string') {
      try {
        token = readFileSync(values['token-file'], 'utf8').trim() || undefined;
      } catch (error) {
        throw new CliError(`cannot read the token file: ${(error as Error).message}`, EXIT.USAGE);
      }
    }
    if (token !== undefined && token.length < 16) throw new CliError('the token must be at least 16 characters', EXIT.USAGE, 'Generate one: openssl rand -hex 24');
    // The server (fastify) loads only when this command runs.
    const [{ buildApp }, { webUiPlugin }, { loadSampleCorpus }] = await Promise.all([
      import('../../server/build-app.js'), import('../../server/routes/web-ui.js'), import('../../server/sample-corpus.js'),
    ]);
    const store = await openStoreOption(values.store);
    if (values.sample) {
      const loaded = await loadSampleCorpus(store).catch(async (error: Error) => {
        await store.close();
        throw new CliError(`cannot load the sample corpus: ${error.message}`, EXIT.INPUT);
      });
      process.stderr.write(`sample corpus: ${loaded.stored} articles stored, ${loaded.duplicates} already there, ${loaded.failed} failed\n`);
    }
    const app = await buildApp({
      // The analysis worker starts and loads its models as soon as the server listens (buildApp warmUp).
      store, ...(token ? { token } : {}), logger: false, warmUp: true,
      plugins: [webUiPlugin({ store })],
      ...(Array.isArray(values.cors) ? { corsOrigins: values.cors as string[] } : {}),
      ...(values['body-limit'] !== undefined ? { bodyLimit: intOption('body-limit', values['body-limit'], 2 * 1024 * 1024) } : {}),
    });
    try {
      await app.listen({ port, host });
    } catch (error) {
      await store.close();
      throw new CliError(`cannot listen on ${host}:${port}: ${(error as Error).message}`, EXIT.RESOURCE, 'Choose another --port, or stop what is using it.');
    }
    const address = app.server.address();
    const shown = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
    // Listen for the signals before saying we are up: a script that stops the server as soon as it
    // reads this line must not kill it before the handlers exist.
    const stopped = new Promise<void>((resolve) => {
      const stop = (): void => { resolve(); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    process.stderr.write(`newslens web UI on ${shown}/ and API under ${shown}/api (store ${store.location}); OpenAPI at ${shown}/docs; writes ${token ? 'need the bearer token' : 'are disabled (no token)'}\n`);
    await stopped;
    await app.close();
    await store.close();
    return EXIT.OK;
  },
};
