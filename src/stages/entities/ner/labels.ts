/** The NER label set (IOB2 over the CoNLL-2003 types) and which label may follow which. */

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Label ids: 0 is O; B-X is 1 + 2k, I-X is 2 + 2k for type k of NER_TYPES. */
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Whether label `next` may follow label `prev` (-1: the sentence start): I-X only continues X. */
export function allowedAfter(prev: number, next: number): boolean {
  if (next === 0 || next % 2 === 1) return true;
  return prev === next || prev === next - 1;
}

/** The type index (into NER_TYPES) of a label id, or -1 for O. */
export function typeOfLabel(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}

/** A labelled span of token indices `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Turns a sequence of label ids (the first `n`) into spans (an I-X without its B-X opens a span, as conlleval does). */
export function labelsToSpans(labels: ArrayLike<number>, n = labels.length): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    const type = typeOfLabel(l);
    if (open && (l === 0 || l % 2 === 1 || NER_TYPES[type] !== open.type)) {
      open.end = i;
      spans.push(open);
      open = undefined;
    }
    if (type >= 0 && !open) open = { start: i, end: i + 1, type: NER_TYPES[type]! };
  }
  if (open) {
    open.end = n;
    spans.push(open);
  }
  return spans;
}
