/**
 * Whether two builds of newslens give the same full Documents: the check every speed change and every
 * pure move must pass ("outputs identical"). Analyses the example articles (examples/) and, where
 * ../shared is beside the repo, the PolNeAR dev texts with each build, and compares the Documents
 * without what differs by nature (stage timings, and `pipeline.version`, a hash of the code).
 *
 * Usage: node dist/scripts/compare-builds.js BUILD_A BUILD_B
 *   BUILD_A, BUILD_B: folders compiled with `tsc --outDir` (each holds src/analyze.js), e.g. a clean
 *   `git archive HEAD` build and the working tree's. Exit 0 when every Document is the same, 1 when
 *   any differs (the first few are named with the layers that differ), 2 on bad arguments.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadNewsTexts, loadTexts } from '../bench/pipeline.js';

type Analyze = (text: string, options: { meta: { publishedAt: string } }) => unknown;
type Json = { layers?: Record<string, unknown>; messages?: unknown; pipeline?: Record<string, unknown> & { stages?: Record<string, unknown>[] } };

async function analyzerOf(build: string): Promise<Analyze> {
  const file = resolve(build, 'src', 'analyze.js');
  if (!existsSync(file)) {
    process.stderr.write(`compare-builds: ${file} does not exist; give a folder compiled with tsc --outDir\n`);
    process.exit(2);
  }
  return ((await import(pathToFileURL(file).href)) as { analyze: Analyze }).analyze;
}

/** The Document as JSON without timings and the code hash. */
function comparable(doc: unknown): Json {
  const json = JSON.parse(JSON.stringify(doc)) as Json;
  if (json.pipeline) {
    for (const stage of json.pipeline.stages ?? []) delete stage.ms;
    delete json.pipeline.ms;
    delete json.pipeline.totalMs;
    delete json.pipeline.version;
  }
  return json;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node dist/scripts/compare-builds.js BUILD_A BUILD_B\n');
  process.exit(2);
}
const [first, second] = [await analyzerOf(a), await analyzerOf(b)];
const texts = [...loadTexts(), ...loadNewsTexts()];
const meta = { publishedAt: '2024-01-22' };
let differ = 0;
for (const [i, text] of texts.entries()) {
  const x = comparable(first(text, { meta }));
  const y = comparable(second(text, { meta }));
  if (isDeepStrictEqual(x, y)) continue;
  differ++;
  if (differ > 5) continue;
  const layers = Object.keys({ ...x.layers, ...y.layers }).filter((k) => !isDeepStrictEqual(x.layers?.[k], y.layers?.[k]));
  if (!isDeepStrictEqual(x.messages, y.messages)) layers.push('messages');
  process.stdout.write(`text ${i}: ${layers.length > 0 ? layers.join(', ') : 'metadata'} differ\n`);
}
process.stdout.write(`${texts.length} texts, ${differ} differ\n`);
process.exit(differ > 0 ? 1 : 0);
