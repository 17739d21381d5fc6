/**
 * Where the pipeline's time goes: the full default analysis runs over the example articles for many
 * rounds; each stage's time per round is summed from the document's own stage timings, and the median
 * round is reported per stage, in µs per token and ms per article. Medians keep a busy machine from
 * skewing the figures as much as means would. `npm run bench -- stages`.
 * (Running a stage alone on cloned documents was tried and dropped: clones have other hidden classes
 * than the objects stages build, so the stages ran de-optimised and the figures were 2-3x off.)
 */
import { analyze } from '../src/analyze.js';
import { loadTexts } from './pipeline.js';
import { warmUp } from './measure.js';

export interface StageCost {
  stage: string;
  microsPerToken: number;
  msPerArticle: number;
}

export function benchStages(rounds = 40): { tokens: number; articles: number; stages: StageCost[] } {
  const texts = loadTexts();
  const meta = { publishedAt: '2024-01-22' };
  warmUp(() => { for (const t of texts) analyze(t, { meta }); }, 2500); // lazy loads, then the JIT settles
  const tokens = texts.reduce((n, t) => n + (analyze(t, { meta }).layers.tokens?.length ?? 0), 0);
  const perStage = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    const sums = new Map<string, number>();
    for (const t of texts) {
      for (const s of analyze(t, { meta }).pipeline?.stages ?? []) sums.set(s.name, (sums.get(s.name) ?? 0) + s.ms);
    }
    for (const [name, ms] of sums) perStage.set(name, [...(perStage.get(name) ?? []), ms]);
  }
  const stages = [...perStage].map(([stage, values]) => {
    const ms = values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { stage, microsPerToken: (ms * 1000) / tokens, msPerArticle: ms / texts.length };
  });
  return { tokens, articles: texts.length, stages };
}

export function formatStageBench(b: ReturnType<typeof benchStages>): string {
  const total = b.stages.reduce((n, s) => n + s.msPerArticle, 0);
  return [
    `stages (median round of the full pipeline; ${b.articles} articles, ${b.tokens} tokens)`,
    ...b.stages.map((s) => `  ${s.stage.padEnd(12)} ${s.microsPerToken.toFixed(2).padStart(6)} µs/token  ${s.msPerArticle.toFixed(3).padStart(7)} ms/article`),
    `  ${'total'.padEnd(12)} ${((total * 1000 * b.articles) / b.tokens).toFixed(2).padStart(6)} µs/token  ${total.toFixed(3).padStart(7)} ms/article`,
  ].join('\n');
}
