/**
 * `npm run bench`: every benchmark, each beside its baseline in the same process run.
 * `npm run bench -- --json` prints one JSON object; `-- pipeline` runs one section.
 */
import { benchPipeline, formatPipelineBench } from './pipeline.js';
import { benchCorpus, formatCorpusBench } from './corpus.js';
import { benchStages, formatStageBench } from './stages.js';
import { benchStageOrder, formatStageOrderBench } from './stage-order.js';
import { benchIngestSection, formatIngestSection } from './ingest-section.js';
import { benchPostgresSearch, formatPostgresSearch } from './corpus-postgres.js';
import { benchUiLatency, formatUiLatency } from './ui-latency.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
// `-- corpus --articles=5000 --ingest-articles=500` for a quick run; defaults: search at 100,000, ingest 2,000;
// `-- ingest --breakdown-articles=200`: where ingest time goes, at five analysis costs (default 500 articles each).
const articles = Number(args.find((a) => a.startsWith('--articles='))?.slice('--articles='.length) ?? 100_000);
const ingestArticles = Number(args.find((a) => a.startsWith('--ingest-articles='))?.slice('--ingest-articles='.length) ?? 2_000);
// `-- corpus --postgres=postgres://...` (or NEWSLENS_BENCH_POSTGRES_URL): search latency on PostgreSQL too.
const postgresUrl = args.find((a) => a.startsWith('--postgres='))?.slice('--postgres='.length) ?? process.env.NEWSLENS_BENCH_POSTGRES_URL;
const breakdownArticles = Number(args.find((a) => a.startsWith('--breakdown-articles='))?.slice('--breakdown-articles='.length) ?? 500);
const want = (name: string): boolean => only.length === 0 || only.includes(name);

const results: Record<string, unknown> = {};
if (want('pipeline')) {
  const b = (await benchPipeline(3000, 'examples'))!;
  results.pipeline = b;
  if (!json) console.log(formatPipelineBench(b));
  const news = await benchPipeline(3000, 'news');
  if (news) results.pipelineNews = news;
  if (!json) console.log(news ? formatPipelineBench(news) : 'pipeline on news articles: not measured (../shared/data/polnear/dev/text is not beside the repo)');
}
if (want('stages')) {
  const b = benchStages();
  results.stages = b;
  if (!json) console.log(formatStageBench(b));
}
// Only when asked for (`-- stage-order`): article-by-article against stage-by-stage over a batch.
if (only.includes('stage-order')) {
  const b = benchStageOrder();
  results.stageOrder = b;
  if (!json) console.log(formatStageOrderBench(b));
}
if (want('corpus')) {
  const b = await benchCorpus(articles, (line) => process.stderr.write(`  … ${line}\n`), ingestArticles);
  results.corpus = b;
  if (!json) console.log(formatCorpusBench(b));
  if (!postgresUrl && !json) console.log('  PostgreSQL search          not measured: give --postgres=URL or NEWSLENS_BENCH_POSTGRES_URL (scripts/postgres-test-server.sh start starts a server)');
}
// `-- postgres --postgres=URL` alone: the PostgreSQL search latency without the SQLite runs.
if (postgresUrl && (want('corpus') || only.includes('postgres'))) {
  const pg = await benchPostgresSearch(postgresUrl, articles, (line) => process.stderr.write(`  … ${line}\n`));
  results.corpusPostgres = pg;
  if (!json) console.log(formatPostgresSearch(pg));
}
if (want('ingest')) {
  const b = await benchIngestSection(breakdownArticles, (line) => process.stderr.write(`  … ${line}\n`));
  results.ingest = b;
  if (!json) console.log(formatIngestSection(b));
}
if (want('ui')) {
  const b = await benchUiLatency();
  results.ui = b;
  if (!json) console.log(formatUiLatency(b));
}
if (json) console.log(JSON.stringify(results, null, 2));
