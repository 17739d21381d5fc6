/**
 * `npm run bench`: every benchmark, each beside its baseline in the same process run.
 * `npm run bench -- --json` prints one JSON object; `-- pipeline` runs one section.
 */
import { benchPipeline, formatPipelineBench } from './pipeline.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const want = (name: string): boolean => only.length === 0 || only.includes(name);

const results: Record<string, unknown> = {};
if (want('pipeline')) {
  const b = await benchPipeline();
  results.pipeline = b;
  if (!json) console.log(formatPipelineBench(b));
}
if (json) console.log(JSON.stringify(results, null, 2));
