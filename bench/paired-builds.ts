/**
 * Two compiled builds of newslens timed side by side in one process: the per-stage milliseconds per
 * article of each (from the Documents' own `pipeline.stages`), their wall time, and B/A. The builds take
 * short turns over the same texts, so load on a shared machine hits both alike; whole-run ratios to
 * wink (`npm run bench`) moved by a fifth between runs of one build on an idle machine, these by a few
 * per cent. Use it with compare-builds (same Documents) for a speed change:
 *
 *   node dist/bench/paired-builds.js BUILD_A BUILD_B [seconds=40] [examples|news]
 *
 * BUILD_A and BUILD_B are `tsc --outDir` folders (e.g. a clean `git archive HEAD` compiled, and the
 * working tree's). Run it three times and take the median of each B/A.
 */
import { corpusTexts, isCorpus, loadAnalyze, type Analyze } from './paired-support.js';

interface Tally { articles: number; stages: Record<string, number>; wallMs: number }

/** One pass over `texts`; when `tally` is given, its stage and wall times are added. */
function pass(analyze: Analyze, texts: readonly string[], tally?: Tally): void {
  const meta = { publishedAt: '2024-01-22' };
  const start = performance.now();
  for (const text of texts) {
    const doc = analyze(text, { meta });
    if (!tally) continue;
    tally.articles++;
    for (const s of doc.pipeline?.stages ?? []) tally.stages[s.name] = (tally.stages[s.name] ?? 0) + s.ms;
  }
  if (tally) tally.wallMs += performance.now() - start;
}

async function main(): Promise<number> {
  const [a, b, seconds = '40', corpus = 'examples'] = process.argv.slice(2);
  if (!a || !b || !Number.isFinite(Number(seconds)) || !isCorpus(corpus)) {
    process.stderr.write('usage: node dist/bench/paired-builds.js BUILD_A BUILD_B [seconds=40] [examples|news]\n');
    return 2;
  }
  const texts = corpusTexts(corpus);
  if (!texts) return 2;
  const [analyzeA, analyzeB] = [await loadAnalyze(a), await loadAnalyze(b)];
  const warmUntil = Date.now() + 6000;
  while (Date.now() < warmUntil) { pass(analyzeA, texts); pass(analyzeB, texts); }
  const tallyA: Tally = { articles: 0, stages: {}, wallMs: 0 };
  const tallyB: Tally = { articles: 0, stages: {}, wallMs: 0 };
  const end = Date.now() + Number(seconds) * 1000;
  while (Date.now() < end) {
    for (let i = 0; i < 5; i++) pass(analyzeA, texts, tallyA);
    for (let i = 0; i < 5; i++) pass(analyzeB, texts, tallyB);
  }
  const line = (name: string, msA: number, msB: number): string => `${name.padEnd(10)} A ${msA.toFixed(3)}  B ${msB.toFixed(3)}  B/A ${(msB / msA).toFixed(3)}`;
  let sumA = 0;
  let sumB = 0;
  for (const name of Object.keys(tallyA.stages)) {
    const msA = tallyA.stages[name]! / tallyA.articles;
    const msB = (tallyB.stages[name] ?? 0) / tallyB.articles;
    sumA += msA;
    sumB += msB;
    console.log(line(name, msA, msB));
  }
  console.log(line('stages', sumA, sumB));
  console.log(`${line('wall', tallyA.wallMs / tallyA.articles, tallyB.wallMs / tallyB.articles)}  (ms/article, ${texts.length} ${corpus} texts, ${tallyA.articles / texts.length} rounds each)`);
  return 0;
}

process.exitCode = await main();
