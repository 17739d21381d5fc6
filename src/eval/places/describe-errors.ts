/** Error analysis for people: where the geocoding goes wrong most often, and how far. */
import type { GoldToponym } from './read-corpus.js';
import type { PredictedToponym } from './score.js';

export interface ScoredToponym {
  docid: string;
  gold: GoldToponym & { lat: number; lon: number };
  predicted?: PredictedToponym;
  error: number;
}

/** Lines: error bands, then the names most often placed 161 km or more off. */
export function describeErrors(scored: readonly ScoredToponym[]): string[] {
  if (scored.length === 0) return [];
  const bands = [161, 500, 2000, 20000];
  const lines = ['Error bands: ' + bands.map((b, i) => `${i === 0 ? '<' : `${bands[i - 1]}-`}${b} km ${scored.filter((s) => s.error < b && (i === 0 || s.error >= bands[i - 1]!)).length}`).join(', ') + `, unplaced ${scored.filter((s) => !s.predicted).length}`];
  const wrong = new Map<string, { count: number; sum: number; missing: number; example: string }>();
  for (const s of scored) {
    if (s.error < 161) continue;
    const w = wrong.get(s.gold.phrase) ?? { count: 0, sum: 0, missing: 0, example: '' };
    w.count++;
    w.sum += s.error;
    if (!s.predicted) w.missing++;
    else if (!w.example) w.example = `gold (${s.gold.lat.toFixed(2)}, ${s.gold.lon.toFixed(2)}) predicted (${s.predicted.lat.toFixed(2)}, ${s.predicted.lon.toFixed(2)}) in ${s.docid}`;
    wrong.set(s.gold.phrase, w);
  }
  lines.push('Most frequent misses (name: count, mean km, unplaced; an example):');
  for (const [name, w] of [...wrong].sort((a, b) => b[1].count - a[1].count).slice(0, 25)) {
    lines.push(`  ${name}: ${w.count}, ${(w.sum / w.count).toFixed(0)} km, ${w.missing} unplaced${w.example ? `; ${w.example}` : ''}`);
  }
  return lines;
}
