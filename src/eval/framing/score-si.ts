/**
 * The SemEval-2020 Task 11 span-identification metric (Da San Martino et al. 2019, 2020): precision
 * and recall with partial credit. After overlapping spans of one article are merged (predicted and gold
 * separately), P = (1/|S|) Σ_s Σ_t |s ∩ t| / |s| and R = (1/|T|) Σ_s Σ_t |s ∩ t| / |t|, over all
 * articles together; F1 is their harmonic mean.
 */

type Range = { start: number; end: number };

export interface SiScore {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

/** Merges overlapping (and touching) ranges into disjoint ones, sorted by start. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

/** Scores predicted against gold spans, both given per article id. */
export function scoreSi(predicted: ReadonlyMap<string, readonly Range[]>, gold: ReadonlyMap<string, readonly Range[]>): SiScore {
  let precisionSum = 0;
  let recallSum = 0;
  let predictedCount = 0;
  let goldCount = 0;
  const ids = new Set([...predicted.keys(), ...gold.keys()]);
  for (const id of ids) {
    const s = mergeRanges(predicted.get(id) ?? []);
    const t = mergeRanges(gold.get(id) ?? []);
    predictedCount += s.length;
    goldCount += t.length;
    for (const p of s) {
      for (const g of t) {
        const shared = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (shared <= 0) continue;
        precisionSum += shared / (p.end - p.start);
        recallSum += shared / (g.end - g.start);
      }
    }
  }
  const precision = predictedCount ? precisionSum / predictedCount : 0;
  const recall = goldCount ? recallSum / goldCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted: predictedCount, gold: goldCount };
}

/**
 * SI recall per technique: for the gold spans of each technique (task2-TC.labels), the mean share of
 * their characters that the merged predicted spans cover. Not part of the SemEval metric (SI gold has
 * no techniques); it shows which techniques the span model finds.
 */
export function siRecallByTechnique(predicted: ReadonlyMap<string, readonly Range[]>, gold: ReadonlyArray<{ id: string; span: Range & { technique?: string } }>): Record<string, { recall: number; gold: number }> {
  const merged = new Map<string, Range[]>();
  for (const [id, spans] of predicted) merged.set(id, mergeRanges(spans));
  const sums = new Map<string, { covered: number; count: number }>();
  for (const { id, span } of gold) {
    let covered = 0;
    for (const p of merged.get(id) ?? []) covered += Math.max(0, Math.min(p.end, span.end) - Math.max(p.start, span.start));
    const key = span.technique ?? '';
    const s = sums.get(key) ?? { covered: 0, count: 0 };
    s.covered += covered / Math.max(1, span.end - span.start);
    s.count++;
    sums.set(key, s);
  }
  return Object.fromEntries([...sums].map(([t, s]) => [t, { recall: s.covered / s.count, gold: s.count }]));
}
