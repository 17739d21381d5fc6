/**
 * `npm run bench`: every benchmark, each beside its baseline in the same process run.
 * `npm run bench -- --json` prints one JSON object; `-- pipeline` runs one section.
 */
import { benchPipeline, formatPipelineBench } from './pipeline.js';
import { benchCorpus, formatCorpusBench } from './corpus.js';
import { benchStages, formatStageBench } from './stages.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
// `-- corpus --articles=5000 --ingest-articles=500` for a quick run; defaults: search at 100,000, ingest 2,000.
const articles = Number(args.find((a) => a.startsWith('--articles='))?.slice('--articles='.length) ?? 100_000);
const ingestArticles = Number(args.find((a) => a.startsWith('--ingest-articles='))?.slice('--ingest-articles='.length) ?? 2_000);
const want = (name: string): boolean => only.length === 0 || only.includes(name);

const results: Record<string, unknown> = {};
if (want('pipeline')) {
  const b = await benchPipeline();
  results.pipeline = b;
  if (!json) console.log(formatPipelineBench(b));
}
if (want('stages')) {
  const b = benchStages();
  results.stages = b;
  if (!json) console.log(formatStageBench(b));
}
if (want('corpus')) {
  const b = await benchCorpus(articles, (line) => process.stderr.write(`  … ${line}\n`), ingestArticles);
  results.corpus = b;
  if (!json) console.log(formatCorpusBench(b));
}
if (json) console.log(JSON.stringify(results, null, 2));
