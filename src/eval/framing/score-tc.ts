/**
 * Technique classification metric: micro precision, recall and F1 over (span, technique) labels on the
 * given gold spans. A span listed k times in the gold (k techniques) is matched as a multiset: a predicted
 * label counts once for each gold copy of the same span and technique, so the order of lines is irrelevant.
 */
import type { PtcSpan } from './read-ptc.js';

export interface TcScore {
  precision: number;
  recall: number;
  f1: number;
  /** Per technique: precision, recall, F1 and the gold count. */
  perTechnique: Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }>;
}

type Labelled = { id: string; span: PtcSpan };

/** Scores predicted labels against gold labels; both are (article id, span with technique) lists. */
export function scoreTc(predicted: readonly Labelled[], gold: readonly Labelled[]): TcScore {
  const key = (l: Labelled): string => `${l.id}\t${l.span.start}\t${l.span.end}\t${l.span.technique ?? ''}`;
  const goldCounts = new Map<string, number>();
  for (const g of gold) goldCounts.set(key(g), (goldCounts.get(key(g)) ?? 0) + 1);
  const stats = new Map<string, { tp: number; gold: number; predicted: number }>();
  const stat = (t: string): { tp: number; gold: number; predicted: number } => {
    let s = stats.get(t);
    if (!s) stats.set(t, (s = { tp: 0, gold: 0, predicted: 0 }));
    return s;
  };
  for (const g of gold) stat(g.span.technique ?? '').gold++;
  let tp = 0;
  for (const p of predicted) {
    const s = stat(p.span.technique ?? '');
    s.predicted++;
    const left = goldCounts.get(key(p)) ?? 0;
    if (left > 0) {
      goldCounts.set(key(p), left - 1);
      s.tp++;
      tp++;
    }
  }
  const perTechnique: TcScore['perTechnique'] = {};
  for (const [technique, s] of [...stats].sort((a, b) => b[1].gold - a[1].gold)) {
    const p = s.predicted ? s.tp / s.predicted : 0;
    const r = s.gold ? s.tp / s.gold : 0;
    perTechnique[technique] = { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: s.gold, predicted: s.predicted };
  }
  const precision = predicted.length ? tp / predicted.length : 0;
  const recall = gold.length ? tp / gold.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, perTechnique };
}
