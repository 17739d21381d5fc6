/**
 * Viterbi decoding over IOB2 labels with first-order transitions (a structured perceptron, Collins
 * 2002). Transition weights live in the same hashed table as the observation weights, under the keys
 * `transitionKey(prev)`; illegal transitions (O → I-X) are never taken.
 */
import { mix } from '../../pos/hash.js';
import { NER_LABELS, allowedAfter } from './labels.js';

const L = NER_LABELS.length;

/** The feature key holding the weights of transitions from `prev` (-1: sentence start) to each label. */
export function transitionKey(prev: number): number {
  return mix(199, prev + 1);
}

/** A (L + 1) × L matrix: row 0 is the start, row p + 1 the transitions from label p; -Infinity where illegal. */
export function transitionMatrix(weight: (key: number, label: number) => number): Float32Array {
  const m = new Float32Array((L + 1) * L);
  for (let p = -1; p < L; p++) {
    for (let c = 0; c < L; c++) m[(p + 1) * L + c] = allowedAfter(p, c) ? weight(transitionKey(p), c) : -Infinity;
  }
  return m;
}

let score = new Float64Array(64 * L);
let back = new Int32Array(64 * L);

/** The best label sequence for emission scores `emit` (n × L, row-major; may be longer), in `labels[0, n)`. */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, labels: Int32Array = new Int32Array(n)): Int32Array {
  if (n === 0) return labels;
  if (score.length < n * L) {
    score = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  // Locals, not the module's variables: the loops below read them some hundred times per token.
  const sc = score;
  const bk = back;
  for (let c = 0; c < L; c++) sc[c] = emit[c]! + trans[c]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const row = i * L;
    // O (c = 0) and B-X (c odd) may follow any label: the best of all L.
    for (let c = 0; c < L; c = c === 0 ? 1 : c + 2) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0, t = L + c; p < L; p++, t += L) {
        const v = sc[prev + p]! + trans[t]!;
        if (v > best) { best = v; arg = p; }
      }
      sc[row + c] = best + emit[row + c]!;
      bk[row + c] = arg;
    }
    // I-X (c even, not 0) only B-X (c - 1) or I-X (c): the other transitions are illegal.
    for (let c = 2; c < L; c += 2) {
      const begin = sc[prev + c - 1]! + trans[c * L + c]!;
      const inside = sc[prev + c]! + trans[(c + 1) * L + c]!;
      const fromInside = inside > begin;
      sc[row + c] = (fromInside ? inside : begin) + emit[row + c]!;
      bk[row + c] = fromInside ? c : c - 1;
    }
  }
  let last = 0;
  for (let c = 1; c < L; c++) if (sc[(n - 1) * L + c]! > sc[(n - 1) * L + last]!) last = c;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = bk[i * L + labels[i]!]!;
  return labels;
}
