/**
 * `newslens --version` and `newslens help` load no analysis, server, store driver or HTML parser:
 * the commands import those when they run. A child process records every module it resolves (an ESM
 * resolve hook), then runs the CLI's `main`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MAIN = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cli', 'main.js')).href;

const HOOKS = `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

const CHILD = `import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (url) => urls.push(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), { data: { port: port2 }, transferList: [port2] });
const { main } = await import(${JSON.stringify(MAIN)});
const code = await main(JSON.parse(process.argv[1]));
await new Promise((resolve) => setTimeout(resolve, 100));
port1.close();
process.stderr.write('MODULES ' + JSON.stringify(urls) + '\\n');
process.exitCode = code;`;

function modulesLoadedBy(args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, JSON.stringify(args)], { encoding: 'utf8' });
  const line = run.stderr.split('\n').find((l) => l.startsWith('MODULES '));
  assert.ok(line, `the child reported its modules (stderr: ${run.stderr.slice(0, 500)})`);
  return { status: run.status, stdout: run.stdout, modules: JSON.parse(line.slice('MODULES '.length)) as string[] };
}

const HEAVY = /\/node_modules\/(fastify|@fastify|better-sqlite3|pg|linkedom|@mozilla|fast-xml-parser|wink-[a-z-]+)\/|\/src\/(stages|pipeline|server|report|corpus\/(ingest|worker-pool|analyze-item|reanalyze))[/.]/;

for (const args of [['--version'], ['help'], ['help', 'ingest'], ['serve', '--help'], ['analyze', '--help']]) {
  test(`newslens ${args.join(' ')} loads no pipeline, server, driver or HTML parser`, () => {
    const run = modulesLoadedBy(args);
    assert.equal(run.status, 0);
    assert.ok(run.stdout.length > 0);
    assert.ok(run.modules.some((url) => url.endsWith('/cli/commands/index.js')), 'the hook saw the CLI load');
    assert.deepEqual(run.modules.filter((url) => HEAVY.test(url)), []);
  });
}

test('a command still loads what it needs when it runs (the hook sees the pipeline load)', () => {
  const run = modulesLoadedBy(['analyze', '-', '--format', 'json']);
  // Standard input is empty here: the command fails on it, after loading the pipeline.
  assert.notEqual(run.status, 0);
  assert.ok(run.modules.some((url) => /\/src\/pipeline\//.test(url)));
});
