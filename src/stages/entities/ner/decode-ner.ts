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
/** Per token: 1 when O was the best label before it for every label that may follow any (see `viterbi`). */
let fromO = new Uint8Array(64);
let marginOf: Float32Array | undefined;
let margin = 0;

/**
 * The most any label p gains over O by moving to a label that may follow any (O, B-X):
 * max over p and such c of trans(p → c) − trans(O → c). When the best score of O at a token beats
 * every other label's best by at least this, O is the best label before every O and B-X of the next
 * token, whatever their emissions.
 */
function gainOverO(trans: Float32Array): number {
  if (marginOf !== trans) {
    let d = 0; // p = O gains nothing
    for (let c = 0; c < L; c = c === 0 ? 1 : c + 2) {
      for (let p = 1; p < L; p++) d = Math.max(d, trans[(p + 1) * L + c]! - trans[L + c]!);
    }
    margin = d;
    marginOf = trans;
  }
  return margin;
}

/**
 * The best label sequence for emission scores `emit` (n × L, row-major; may be longer), in `labels[0, n)`.
 *
 * Most tokens are clearly outside any name: where O's best score beats every other label's by more
 * than any transition can make up (`gainOverO`), O is the best label before each O and B-X of the
 * next token, and their scores need no search over the L labels before them. The forward pass keeps
 * only the best score per (token, label); the backward pass finds which label before gave it, for
 * the one label chosen at each token, by the same comparisons in the same order (the first best
 * wins). Scores are integers in quantised units, so the sums are exact and the result is the one a
 * full search gives.
 *
 * `outsideOnly[i] === 1` says the caller gave token i -Infinity for every label but O (the tagger's
 * outside words, about three tokens in four): only O's score is worked out there, and after such a
 * token, where every other label scores -Infinity, O's best label before is O at once. The scores
 * are the ones the search above gives, so the labels are too.
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, labels: Int32Array = new Int32Array(n), outsideOnly?: Uint8Array): Int32Array {
  if (n === 0) return labels;
  if (score.length < n * L) {
    score = new Float64Array(n * L * 2);
    fromO = new Uint8Array(n * 2);
  }
  // Locals, not the module's variables: the loops below read them some hundred times per token.
  const sc = score;
  const easy = fromO;
  const gain = gainOverO(trans);
  for (let c = 0; c < L; c++) sc[c] = emit[c]! + trans[c]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const row = i * L;
    if (outsideOnly !== undefined && outsideOnly[i] === 1) {
      let best = sc[prev]! + trans[L]!;
      if (outsideOnly[i - 1] === 1) easy[i] = 1;
      else {
        easy[i] = 0;
        for (let p = 1, t = 2 * L; p < L; p++, t += L) {
          const v = sc[prev + p]! + trans[t]!;
          if (v > best) best = v;
        }
      }
      sc[row] = best + emit[row]!;
      for (let c = 1; c < L; c++) sc[row + c] = -Infinity;
      continue;
    }
    const o = sc[prev]!;
    let rest = sc[prev + 1]!;
    for (let p = 2; p < L; p++) if (sc[prev + p]! > rest) rest = sc[prev + p]!;
    if (rest + gain <= o) {
      // O before (O wins ties: it comes first).
      easy[i] = 1;
      for (let c = 0; c < L; c = c === 0 ? 1 : c + 2) sc[row + c] = o + trans[L + c]! + emit[row + c]!;
    } else {
      easy[i] = 0;
      // O (c = 0) and B-X (c odd) may follow any label: the best of all L.
      for (let c = 0; c < L; c = c === 0 ? 1 : c + 2) {
        let best = -Infinity;
        for (let p = 0, t = L + c; p < L; p++, t += L) {
          const v = sc[prev + p]! + trans[t]!;
          if (v > best) best = v;
        }
        sc[row + c] = best + emit[row + c]!;
      }
    }
    // I-X (c even, not 0) only B-X (c - 1) or I-X (c): the other transitions are illegal.
    for (let c = 2; c < L; c += 2) {
      const begin = sc[prev + c - 1]! + trans[c * L + c]!;
      const inside = sc[prev + c]! + trans[(c + 1) * L + c]!;
      sc[row + c] = (inside > begin ? inside : begin) + emit[row + c]!;
    }
  }
  let last = 0;
  for (let c = 1; c < L; c++) if (sc[(n - 1) * L + c]! > sc[(n - 1) * L + last]!) last = c;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) {
    const c = labels[i]!;
    labels[i - 1] = c !== 0 && c % 2 === 0 ? (sc[(i - 1) * L + c]! + trans[(c + 1) * L + c]! > sc[(i - 1) * L + c - 1]! + trans[c * L + c]! ? c : c - 1) : easy[i] === 1 ? 0 : bestBefore(sc, (i - 1) * L, c, trans);
  }
  return labels;
}

/** The label at the token whose scores start at `prev` in `sc` that gave label `c` (O or B-X) of the next token its best score. */
function bestBefore(sc: Float64Array, prev: number, c: number, trans: Float32Array): number {
  let best = -Infinity;
  let arg = 0;
  for (let p = 0, t = L + c; p < L; p++, t += L) {
    const v = sc[prev + p]! + trans[t]!;
    if (v > best) { best = v; arg = p; }
  }
  return arg;
}
