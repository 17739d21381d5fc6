/**
 * Document-major or stage-major: the same stages over the same example articles, run either article
 * by article (each article through every stage, as `analyze` does) or stage by stage over the whole
 * batch (every article through one stage before the next stage starts). Per stage, the median round
 * of CPU time in µs per token, and whether both orders give the same documents.
 *
 * Why: on short articles most of a stage's cost is not its work on the tokens but fetching its code,
 * lexicons and model tables back into the processor's caches, which the other stages' tables evicted
 * since its last article. Stage-major order pays that once per batch. `npm run bench -- stage-order`.
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
  /** Both orders gave byte-identical documents (pipeline timings aside). */
  identical: boolean;
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

export function benchStageOrder(rounds = 40): StageOrderBench {
  const texts = loadTexts();
  const meta = { publishedAt: '2024-01-22' };
  const bare = createPipeline([]);
  const tokens = texts.reduce((n, t) => n + (analyze(t, { meta }).layers.tokens?.length ?? 0), 0);
  const ctx = { report(): void {} };
  const documentMajor = new Map<string, number[]>();
  const stageMajor = new Map<string, number[]>();
  const record = (into: Map<string, number[]>, name: string, micros: number): void => {
    into.set(name, [...(into.get(name) ?? []), micros / tokens]);
  };
  let identical = true;
  for (let r = 0; r < rounds + 3; r++) {
    const warm = r < 3;
    // Document-major: each article through every stage.
    const byDocument: Document[] = [];
    const sums = new Map<string, number>();
    for (const text of texts) {
      const doc = analyze(text, { meta, pipeline: bare });
      for (const stage of DEFAULT_STAGES) {
        const started = cpuMicros();
        stage.run(doc, ctx);
        sums.set(stage.name, (sums.get(stage.name) ?? 0) + cpuMicros() - started);
      }
      byDocument.push(doc);
    }
    if (!warm) for (const [name, micros] of sums) record(documentMajor, name, micros);
    // Stage-major: every article through one stage, then the next stage.
    const batch = texts.map((text) => analyze(text, { meta, pipeline: bare }));
    for (const stage of DEFAULT_STAGES) {
      const started = cpuMicros();
      for (const doc of batch) stage.run(doc, ctx);
      if (!warm) record(stageMajor, stage.name, cpuMicros() - started);
    }
    if (r === 0) identical = batch.every((doc, i) => JSON.stringify(doc) === JSON.stringify(byDocument[i]));
  }
  const medians = (m: Map<string, number[]>): Record<string, number> =>
    Object.fromEntries([...m].map(([name, values]) => [name, values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!]));
  return { tokens, articles: texts.length, documentMajor: medians(documentMajor), stageMajor: medians(stageMajor), identical };
}

export function formatStageOrderBench(b: StageOrderBench): string {
  const total = (r: Record<string, number>): number => Object.values(r).reduce((n, v) => n + v, 0);
  return [
    `stage order (CPU µs/token, median round; ${b.articles} articles, ${b.tokens} tokens; same documents: ${b.identical ? 'yes' : 'NO'})`,
    `  ${'stage'.padEnd(12)} ${'by article'.padStart(10)} ${'by stage'.padStart(10)}`,
    ...Object.keys(b.documentMajor).map((name) => `  ${name.padEnd(12)} ${b.documentMajor[name]!.toFixed(2).padStart(10)} ${(b.stageMajor[name] ?? 0).toFixed(2).padStart(10)}`),
    `  ${'total'.padEnd(12)} ${total(b.documentMajor).toFixed(2).padStart(10)} ${total(b.stageMajor).toFixed(2).padStart(10)}`,
  ].join('\n');
}
