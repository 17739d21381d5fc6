/**
 * TempEval-3 scores for time expressions: strict extent (same offsets), relaxed extent (overlap), and
 * value and type F1 over relaxed matches (precision over all predictions, recall over all gold).
 * Matching is one-to-one: each prediction takes the unmatched overlapping gold span it overlaps most.
 */

export interface TimexSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  predicted: number;
  gold: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface MatchedPair<P extends TimexSpan, G extends TimexSpan> {
  predicted: P;
  gold: G;
}

/** Pairs predictions with gold spans by overlap, one to one, in text order. */
export function matchTimexes<P extends TimexSpan, G extends TimexSpan>(predicted: readonly P[], gold: readonly G[]): Array<MatchedPair<P, G>> {
  const used = new Set<number>();
  const pairs: Array<MatchedPair<P, G>> = [];
  for (const p of predicted) {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ predicted: p, gold: gold[best]! });
    }
  }
  return pairs;
}

/** Counts for one document. */
export function countTimexes(predicted: readonly TimexSpan[], gold: readonly TimexSpan[]): TimexCounts {
  const pairs = matchTimexes(predicted, gold);
  const strictGold = new Set(gold.map((g) => `${g.start}:${g.end}`));
  return {
    predicted: predicted.length,
    gold: gold.length,
    strict: new Set(predicted.map((p) => `${p.start}:${p.end}`).filter((k) => strictGold.has(k))).size,
    relaxed: pairs.length,
    value: pairs.filter((p) => p.predicted.value === p.gold.value).length,
    type: pairs.filter((p) => p.predicted.type === p.gold.type).length,
  };
}

/** Adds counts. */
export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type };
}

export const ZERO_COUNTS: TimexCounts = { predicted: 0, gold: 0, strict: 0, relaxed: 0, value: 0, type: 0 };

/** Metric names as in ../shared/data/README.md: `value.f1`, `extent.strict.f1`, `extent.relaxed.f1`, `type.f1`, with precision and recall. */
export function timexMetrics(c: TimexCounts): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (name: string, hits: number): void => {
    const p = c.predicted ? hits / c.predicted : 0;
    const r = c.gold ? hits / c.gold : 0;
    out[`${name}.precision`] = p;
    out[`${name}.recall`] = r;
    out[`${name}.f1`] = p + r ? (2 * p * r) / (p + r) : 0;
  };
  add('value', c.value);
  add('extent.strict', c.strict);
  add('extent.relaxed', c.relaxed);
  add('type', c.type);
  return out;
}
