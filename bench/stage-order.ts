/**
 * Document-major or stage-major: the same stages over the same example articles, run either article
 * by article (each article through every stage, as `analyze` does) or stage by stage over the whole
 * batch (every article through one stage before the next stage starts). Per stage, the median round
 * of CPU time in µs per token, and whether both orders give the same documents.
 *
 * Why: on short articles most of a stage's cost is not its work on the tokens but fetching its code,
 * lexicons and model tables back into the processor's caches, which the other stages' tables evicted
 * since its last article. Stage-major order pays that once per batch. `npm run bench -- stage-order`.
 * A third column, "same article", runs each stage on copies of one article back to back and times the
 * last copy: the stage's code and the table rows that article reads are then in cache, so the column
 * is what the stages cost with (almost) no fetching from memory, the floor that better locality could
 * approach without doing less work.
 */
import { analyze } from '../src/analyze.js';
import type { Document } from '../src/model/document.js';
import { createPipeline, DEFAULT_STAGES } from '../src/pipeline/index.js';
import { loadTexts } from './pipeline.js';

export interface StageOrderBench {
  tokens: number;
  articles: number;
  /** µs per token per stage, in each order. */
  documentMajor: Record<string, number>;
  stageMajor: Record<string, number>;
  /** Each article's copies back to back, the last copy timed: the cost with code and rows in cache. */
  sameArticle: Record<string, number>;
  /** Both orders gave byte-identical documents (pipeline timings aside). */
  identical: boolean;
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Copies of an article run back to back before the timed one, in the "same article" column. */
const COPIES = 5;
const WARM_UP_ROUNDS = 60;

export function benchStageOrder(rounds = 40): StageOrderBench {
  const texts = loadTexts();
  const meta = { publishedAt: '2024-01-22' };
  const bare = createPipeline([]);
  const tokens = texts.reduce((n, t) => n + (analyze(t, { meta }).layers.tokens?.length ?? 0), 0);
  const ctx = { report(): void {} };
  const documentMajor = new Map<string, number[]>();
  const stageMajor = new Map<string, number[]>();
  const sameArticle = new Map<string, number[]>();
  const record = (into: Map<string, number[]>, name: string, micros: number): void => {
    into.set(name, [...(into.get(name) ?? []), micros / tokens]);
  };
  let identical = true;
  const round = (timed: boolean, check: boolean): void => {
    // Document-major: each article through every stage.
    const byDocument: Document[] = [];
    let sums = new Map<string, number>();
    for (const text of texts) {
      const doc = analyze(text, { meta, pipeline: bare });
      for (const stage of DEFAULT_STAGES) {
        const started = cpuMicros();
        stage.run(doc, ctx);
        sums.set(stage.name, (sums.get(stage.name) ?? 0) + cpuMicros() - started);
      }
      byDocument.push(doc);
    }
    if (timed) for (const [name, micros] of sums) record(documentMajor, name, micros);
    // Stage-major: every article through one stage, then the next stage.
    const batch = texts.map((text) => analyze(text, { meta, pipeline: bare }));
    for (const stage of DEFAULT_STAGES) {
      const started = cpuMicros();
      for (const doc of batch) stage.run(doc, ctx);
      if (timed) record(stageMajor, stage.name, cpuMicros() - started);
    }
    if (check) identical = batch.every((doc, i) => JSON.stringify(doc) === JSON.stringify(byDocument[i]));
    // Same article: per article and stage, its copies back to back; the last one is timed.
    sums = new Map<string, number>();
    for (const text of texts) {
      const copies = Array.from({ length: COPIES }, () => analyze(text, { meta, pipeline: bare }));
      for (const stage of DEFAULT_STAGES) {
        for (let k = 0; k < COPIES - 1; k++) stage.run(copies[k]!, ctx);
        const started = cpuMicros();
        stage.run(copies[COPIES - 1]!, ctx);
        sums.set(stage.name, (sums.get(stage.name) ?? 0) + cpuMicros() - started);
      }
    }
    if (timed) for (const [name, micros] of sums) record(sameArticle, name, micros);
  };
  round(false, true);
  // Warm up until the JIT has settled (see pipeline.ts), by rounds, since a round here runs each article
  // seven times: after the 3 rounds this section used to warm up for, the totals were 40% higher than
  // after 60 (article by article 13.9 against 9.6 µs/token, same build, minutes apart on the loaded
  // 2-core machine), and after 2.5 s (about 10 rounds) the same-article column was still 50% higher
  // than after 15 s (10.8 against 7.0).
  for (let r = 0; r < WARM_UP_ROUNDS; r++) round(false, false);
  for (let r = 0; r < rounds; r++) round(true, false);
  const medians = (m: Map<string, number[]>): Record<string, number> =>
    Object.fromEntries([...m].map(([name, values]) => [name, values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!]));
  return { tokens, articles: texts.length, documentMajor: medians(documentMajor), stageMajor: medians(stageMajor), sameArticle: medians(sameArticle), identical };
}

export function formatStageOrderBench(b: StageOrderBench): string {
  const total = (r: Record<string, number>): number => Object.values(r).reduce((n, v) => n + v, 0);
  const perArticle = (r: Record<string, number>): number => (total(r) * b.tokens) / b.articles;
  return [
    `stage order (CPU µs/token, median round; ${b.articles} articles, ${b.tokens} tokens; same documents: ${b.identical ? 'yes' : 'NO'})`,
    `  ${'stage'.padEnd(12)} ${'by article'.padStart(10)} ${'by stage'.padStart(10)} ${'same article'.padStart(12)}`,
    ...Object.keys(b.documentMajor).map((name) => `  ${name.padEnd(12)} ${b.documentMajor[name]!.toFixed(2).padStart(10)} ${(b.stageMajor[name] ?? 0).toFixed(2).padStart(10)} ${(b.sameArticle[name] ?? 0).toFixed(2).padStart(12)}`),
    `  ${'total'.padEnd(12)} ${total(b.documentMajor).toFixed(2).padStart(10)} ${total(b.stageMajor).toFixed(2).padStart(10)} ${total(b.sameArticle).toFixed(2).padStart(12)}`,
    // The refetching an article pays after the other stages ran is about the same on long articles (PolNeAR
    // news, 800 tokens) as on these short ones: a cost per article, which is why short articles are slower per word.
    `  per article  ${perArticle(b.documentMajor).toFixed(0).padStart(6)} µs ${perArticle(b.stageMajor).toFixed(0).padStart(7)} µs ${perArticle(b.sameArticle).toFixed(0).padStart(9)} µs (by article - by stage: ${(perArticle(b.documentMajor) - perArticle(b.stageMajor)).toFixed(0)} µs of refetching per article)`,
  ].join('\n');
}
