/**
 * NER Viterbi decoding: the shortcut where O clearly leads (no search over the labels before an O or
 * B-X) and the backward pass that finds the best label before again must give what a full search
 * with back pointers gives, ties included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transitionMatrix, viterbi } from '../../../src/stages/entities/ner/decode-ner.js';
import { NER_LABELS, allowedAfter } from '../../../src/stages/entities/ner/labels.js';
import { nerModel } from '../../../src/stages/entities/ner/ner-model.js';

const L = NER_LABELS.length;

/** Full search: every allowed label before, back pointers kept, the first best wins. */
function reference(emit: Float32Array, n: number, trans: Float32Array): number[] {
  const sc = new Float64Array(n * L);
  const bk = new Int32Array(n * L);
  for (let c = 0; c < L; c++) sc[c] = emit[c]! + trans[c]!;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = c !== 0 && c % 2 === 0 ? c - 1 : 0;
      for (let p = 0; p < L; p++) {
        if (!allowedAfter(p, c)) continue;
        const v = sc[(i - 1) * L + p]! + trans[(p + 1) * L + c]!;
        if (v > best) { best = v; arg = p; }
      }
      sc[i * L + c] = best + emit[i * L + c]!;
      bk[i * L + c] = arg;
    }
  }
  const labels = new Array<number>(n);
  let last = 0;
  for (let c = 1; c < L; c++) if (sc[(n - 1) * L + c]! > sc[(n - 1) * L + last]!) last = c;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = bk[i * L + labels[i]!]!;
  return labels;
}

/** A small deterministic generator (no Math.random: a failure must be reproducible). */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Integer emissions: mostly tokens where O leads by far, some close calls, some exact ties. */
function emissions(n: number, random: () => number): Float32Array {
  const emit = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const kind = random();
    for (let c = 0; c < L; c++) emit[i * L + c] = Math.round((random() - 0.5) * 20000);
    if (kind < 0.6) emit[i * L] = 60000 + Math.round(random() * 20000);
    else if (kind < 0.7) emit[i * L + 1 + Math.floor(random() * (L - 1))] = emit[i * L]!;
  }
  return emit;
}

function check(trans: Float32Array, seed: number): void {
  const random = generator(seed);
  for (let k = 0; k < 400; k++) {
    const n = 1 + Math.floor(random() * 40);
    const emit = emissions(n, random);
    assert.deepEqual(Array.from(viterbi(emit, n, trans)), reference(emit, n, trans), `sentence ${k} of seed ${seed}`);
  }
}

test('gives the labels of a full search with the model transitions', () => {
  check(nerModel().transitions, 1);
});

test('gives the labels of a full search with large and tied transitions', () => {
  const random = generator(7);
  const trans = transitionMatrix(() => Math.round((random() - 0.5) * 40000));
  check(trans, 2);
  check(transitionMatrix(() => 0), 3);
});

test('gives the labels of a full search where tokens are marked as having O only', () => {
  for (const [trans, seed] of [[nerModel().transitions, 4], [transitionMatrix(() => 0), 5]] as const) {
    const random = generator(seed);
    for (let k = 0; k < 400; k++) {
      const n = 1 + Math.floor(random() * 40);
      const emit = emissions(n, random);
      // Runs of outside words, as the tagger marks them, with -Infinity for every label but O.
      const only = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        if (random() < 0.7) {
          only[i] = 1;
          for (let c = 1; c < L; c++) emit[i * L + c] = -Infinity;
        }
      }
      assert.deepEqual(Array.from(viterbi(emit, n, trans, new Int32Array(n), only)), reference(emit, n, trans), `sentence ${k} of seed ${seed}`);
    }
  }
});

test('decodes an empty sentence to nothing', () => {
  assert.equal(viterbi(new Float32Array(0), 0, nerModel().transitions).length, 0);
});
