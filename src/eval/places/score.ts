/**
 * Geoparsing metrics (Gritta et al. 2018, "What's missing in geographical parsing?"): Acc@161km, median
 * error, and the AUC of the log-scaled error curve; end to end also recognition P/R/F1 by overlap.
 */
import type { GoldToponym } from './read-corpus.js';

/** Error given to a gold toponym that has no prediction: half the Earth's circumference. */
export const MAX_ERROR_KM = 20039;

export interface PredictedToponym { start: number; end: number; lat: number; lon: number }

/** Great-circle distance in km (mean Earth radius 6371 km). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The prediction scored for a gold toponym: same span if any, else the one overlapping it most. */
export function matchPrediction(gold: GoldToponym, predictions: readonly PredictedToponym[]): PredictedToponym | undefined {
  let best: PredictedToponym | undefined;
  let bestOverlap = 0;
  for (const p of predictions) {
    if (p.start === gold.start && p.end === gold.end) return p;
    const overlap = Math.min(p.end, gold.end) - Math.max(p.start, gold.start);
    if (overlap > bestOverlap) { best = p; bestOverlap = overlap; }
  }
  return best;
}

/** Acc@161km (share of errors under 161 km), median error, AUC of log(1 + error) sorted, per Gritta et al. */
export function geocodingMetrics(errors: readonly number[]): { acc161: number; median_km: number; mean_km: number; auc: number } {
  if (errors.length === 0) return { acc161: 0, median_km: 0, mean_km: 0, auc: 0 };
  const sorted = [...errors].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const logs = sorted.map((e) => Math.log(e + 1));
  // Trapezoidal rule over the sorted log errors, normalised by the maximum log error (np.trapz / (ln 20039 * (n - 1))).
  let area = 0;
  for (let i = 0; i + 1 < logs.length; i++) area += (logs[i]! + logs[i + 1]!) / 2;
  const auc = logs.length > 1 ? area / (Math.log(MAX_ERROR_KM) * (logs.length - 1)) : logs[0]! / Math.log(MAX_ERROR_KM);
  return { acc161: sorted.filter((e) => e < 161).length / sorted.length, median_km: median, mean_km: sorted.reduce((a, b) => a + b, 0) / sorted.length, auc };
}

/** Recognition by overlap: a prediction counts if it overlaps a gold span, a gold span if a prediction overlaps it. */
export function recognitionCounts(gold: readonly { start: number; end: number }[], predicted: readonly { start: number; end: number }[], ignored: readonly { start: number; end: number }[] = []): { tpPredicted: number; predicted: number; tpGold: number; gold: number } {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  let tpPredicted = 0;
  let counted = 0;
  for (const p of predicted) {
    if (gold.some((g) => overlaps(g, p))) { tpPredicted++; counted++; }
    else if (!ignored.some((g) => overlaps(g, p))) counted++;
  }
  return { tpPredicted, predicted: counted, tpGold: gold.filter((g) => predicted.some((p) => overlaps(g, p))).length, gold: gold.length };
}
