/**
 * conlleval scoring: an entity counts only with the same type and both boundaries; micro-averaged
 * precision, recall and F1, and the same per type. Also counts the errors by kind for the notes.
 */
import { NER_TYPES, labelsToSpans, type TokenSpan } from '../../stages/entities/ner/labels.js';
import { NER_LABELS } from '../../stages/entities/ner/labels.js';

export interface ConllScore {
  metrics: Record<string, number>;
  /** gold type → predicted outcome ("PER", "ORG", ..., "boundary", "missed") → count. */
  confusions: Record<string, Record<string, number>>;
}

const LABEL_ID = new Map(NER_LABELS.map((l, i) => [l, i]));

/** Label ids of IOB2 tags (unknown tags count as O). */
export function labelIds(tags: readonly string[]): Int32Array {
  return Int32Array.from(tags, (t) => LABEL_ID.get(t) ?? 0);
}

/** Scores predicted against gold label sequences, sentence by sentence. */
export function scoreConll(gold: ArrayLike<number>[], predicted: ArrayLike<number>[]): ConllScore {
  const counts = Object.fromEntries(NER_TYPES.map((t) => [t, { tp: 0, gold: 0, pred: 0 }]));
  const confusions: Record<string, Record<string, number>> = Object.fromEntries(NER_TYPES.map((t) => [t, {}]));
  for (let s = 0; s < gold.length; s++) {
    const g = labelsToSpans(gold[s]!);
    const p = labelsToSpans(predicted[s]!);
    const key = (x: TokenSpan): string => `${x.start}:${x.end}:${x.type}`;
    const predKeys = new Set(p.map(key));
    for (const x of g) {
      counts[x.type]!.gold++;
      if (predKeys.has(key(x))) counts[x.type]!.tp++;
      else {
        const same = p.find((y) => y.start === x.start && y.end === x.end);
        const overlapping = p.find((y) => y.start < x.end && x.start < y.end);
        const outcome = same ? same.type : overlapping ? (overlapping.type === x.type ? 'boundary' : `boundary+${overlapping.type}`) : 'missed';
        confusions[x.type]![outcome] = (confusions[x.type]![outcome] ?? 0) + 1;
      }
    }
    for (const y of p) counts[y.type]!.pred++;
  }
  const metrics: Record<string, number> = {};
  let tp = 0;
  let ng = 0;
  let np = 0;
  for (const t of NER_TYPES) {
    const c = counts[t]!;
    Object.assign(metrics, prf(`${t}.`, c.tp, c.gold, c.pred));
    tp += c.tp;
    ng += c.gold;
    np += c.pred;
  }
  return { metrics: { ...prf('', tp, ng, np), ...metrics }, confusions };
}

function prf(prefix: string, tp: number, gold: number, pred: number): Record<string, number> {
  const precision = pred === 0 ? 0 : tp / pred;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { [`${prefix}f1`]: f1, [`${prefix}precision`]: precision, [`${prefix}recall`]: recall };
}
