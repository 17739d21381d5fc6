/**
 * What an ingest rate can reach on this machine. Ingest with full analysis is CPU-bound: every article
 * costs its analysis plus the ingest overhead (reading, hashing, packing, storing), and C cores give
 * at most C × 1000 / (analysis + overhead) articles per second. Two ceilings: from the CPU a run
 * measurably spent per article (worker starts, JIT and GC threads included, so short runs look worse),
 * and in steady state (warm analysis + the ingest path's own overhead). The projection says how far
 * the target is and what the analysis would have to cost to reach it.
 */

export interface IngestProjection {
  cores: number;
  /** CPU ms per article the measured run spent, every thread. */
  measuredCpuMs: number;
  /** C × 1000 / measuredCpuMs. */
  measuredCeilingPerSecond: number;
  /** Steady-state CPU ms per article: analysis (one warm thread) and the ingest path's overhead. */
  analysisMs: number;
  overheadMs: number;
  /** C × 1000 / (analysis + overhead). */
  ceilingPerSecond: number;
  targetPerSecond: number;
  /** The analysis ms per article at which the target is the ceiling (negative: overhead alone is too much). */
  analysisBudgetMs: number;
}

export function projectIngest(cores: number, measuredCpuMs: number, analysisMs: number, overheadMs: number, targetPerSecond = 200): IngestProjection {
  const perArticle = Math.max(analysisMs + overheadMs, 1e-6);
  return {
    cores, measuredCpuMs, measuredCeilingPerSecond: (cores * 1000) / Math.max(measuredCpuMs, 1e-6), analysisMs, overheadMs, targetPerSecond,
    ceilingPerSecond: (cores * 1000) / perArticle,
    analysisBudgetMs: (cores * 1000) / targetPerSecond - overheadMs,
  };
}

export function formatProjection(p: IngestProjection): string {
  const f = (x: number, d = 2): string => x.toFixed(d);
  const reach = p.ceilingPerSecond >= p.targetPerSecond
    ? `the target ${p.targetPerSecond}/s is within reach`
    : p.analysisBudgetMs <= 0
      ? `the target ${p.targetPerSecond}/s is out of reach even with no analysis (overhead alone ${f(p.overheadMs)} ms > ${f((p.cores * 1000) / p.targetPerSecond)} ms)`
      : `the target ${p.targetPerSecond}/s needs analysis <= ${f(p.analysisBudgetMs)} ms/article (${f(p.analysisMs / p.analysisBudgetMs, 1)}x faster than now)`;
  return [
    `  projection, as measured    ${p.cores} cores x 1000 / ${f(p.measuredCpuMs)} ms CPU per article = at most ${f(p.measuredCeilingPerSecond, 0)} articles/s on an idle machine`,
    `  projection, steady state   ${p.cores} cores x 1000 / (analysis ${f(p.analysisMs)} + ingest overhead ${f(p.overheadMs)} ms) = at most ${f(p.ceilingPerSecond, 0)} articles/s; ${reach}`,
  ].join('\n');
}
