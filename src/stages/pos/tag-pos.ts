/**
 * The POS tagger at run time: loads `src/data/models/pos.bin.gz` once, then tags one sentence at a
 * time greedily from left to right. Per-word feature weights come from a word-type cache.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';
import { decodeModel, type LoadedModel } from './model-file.js';
import { CASED, describeWords, type SentenceWords } from './describe-words.js';
import { NEXT, POS_ROLES, PREV, SELF, SELF_FIRST, posCapKey, posHistoryKeys, posTagWordKey, posWordKeys, posWordPairKeys } from './pos-features.js';
import { WordVectorCache } from './word-vector-cache.js';

export interface PosModel extends LoadedModel {
  cache: WordVectorCache<SentenceWords>;
  /** Dense rows of the capitalisation-in-context feature, at (cap * 10 + next cap) * C. */
  caps: Float32Array;
  /** Dense rows of the tag-history features p1 and (p1, p2) summed, at ((p1 + 1) * (C + 2) + p2 + 2) * C. */
  history: Float32Array;
}

let model: PosModel | undefined;

/** The all-zero row of `caps`, read in caseless sentences. */
const NO_CAPS = 100;

/** A decoded POS model made ready for tagging (with its word-type cache). */
export function preparePosModel(loaded: LoadedModel): PosModel {
  const C = loaded.header.classes.length;
  const T = C + 2;
  // Tag history has at most (C + 2)^2 values: precompute its rows, so tagging probes no table for them.
  const history = new Float32Array(T * T * C);
  const keys = new Uint32Array(4);
  for (let p1 = -1; p1 < C; p1++) {
    for (let p2 = -2; p2 < C; p2++) {
      const n = posHistoryKeys(p1, p2, keys);
      for (let f = 0; f < n; f++) loaded.table.addAt(keys[f]!, history, ((p1 + 1) * T + p2 + 2) * C);
    }
  }
  const caps = new Float32Array((10 * 10 + 1) * C); // the last row stays zero: caseless text (NO_CAPS)
  for (let cap = 0; cap < 10; cap++) for (let next = 0; next < 10; next++) loaded.table.addAt(posCapKey(cap, next), caps, (cap * 10 + next) * C);
  // Room for 16,384 word types (11.5 MB), as NER's cache: the cache is emptied when full, and with
  // 8,192 the 84 PolNeAR dev articles (9,736 types as written) refilled it for one token in seven.
  return { ...loaded, cache: new WordVectorCache(loaded.table, POS_ROLES, posWordKeys, 16384), caps, history };
}

/** The POS model, loaded on first use. */
export function posModel(): PosModel {
  model ??= preparePosModel(decodeModel(readFileSync(dataFile('models', 'pos.bin.gz'))));
  return model;
}

const keys = new Uint32Array(16);
let sparseBuffer = new Float32Array(0);
let offsets = new Int32Array(256);
/** Rows of the word-pair features, two per token (-1: not in the model). */
let pairRows = new Int32Array(512);

/**
 * Penn Treebank tags for a described sentence, as class ids into `posModel().header.classes`, written
 * to `tags[at + i]` (by default a new array of the sentence's length); returns `tags`.
 */
export function tagIds(s: SentenceWords, m: PosModel = posModel(), tags: Int32Array = new Int32Array(s.length), at = 0): Int32Array {
  const C = m.header.classes.length;
  const n = s.length;
  const cache = m.cache;
  cache.reserve(n);
  if (offsets.length < n) offsets = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) offsets[i] = cache.offsetOf(s.id[i]!, s.mode, s, i);
  const pool = cache.pool;
  const edge = cache.edgeOffset(s.mode, s);
  const table = m.table;
  // The word-pair features do not depend on the tags chosen: probe them all first, in a loop of
  // independent lookups that the processor overlaps (a probe mostly waits for memory).
  if (pairRows.length < 2 * n) pairRows = new Int32Array(4 * n);
  for (let i = 0; i < n; i++) {
    posWordPairKeys(s, i, keys);
    pairRows[2 * i] = table.find(keys[0]!);
    pairRows[2 * i + 1] = table.find(keys[1]!);
  }
  // The few pair features go to `sparse` (kept all zero between tokens); the dense vectors of the
  // word, its neighbours, the tag history and capitalisation are summed in one pass with the argmax.
  // Every weight is an integer in quantised units, so the order of the sums changes nothing.
  if (sparseBuffer.length !== C) sparseBuffer = new Float32Array(C);
  const sparse = sparseBuffer;
  const history = m.history;
  const caps = m.caps;
  const cased = s.mode === CASED;
  const T = C + 2;
  let p1 = -1;
  let p2 = -2;
  for (let i = 0; i < n; i++) {
    table.addAt(posTagWordKey(s, i, p1), sparse, 0);
    const before = pairRows[2 * i]!;
    const after = pairRows[2 * i + 1]!;
    if (before >= 0) table.addRow(before, sparse, 0);
    if (after >= 0) table.addRow(after, sparse, 0);
    const self = offsets[i]! + (i === 0 ? SELF_FIRST : SELF) * C;
    const prev = (i > 0 ? offsets[i - 1]! : edge) + PREV * C;
    const next = (i + 1 < n ? offsets[i + 1]! : edge) + NEXT * C;
    const hist = ((p1 + 1) * T + p2 + 2) * C;
    const cap = (cased ? s.cap[i]! * 10 + (i + 1 < n ? s.cap[i + 1]! : 9) : NO_CAPS) * C;
    let best = 0;
    let top = -Infinity;
    for (let c = 0; c < C; c++) {
      const v = pool[self + c]! + pool[prev + c]! + pool[next + c]! + history[hist + c]! + caps[cap + c]! + sparse[c]!;
      sparse[c] = 0;
      if (v > top) { top = v; best = c; }
    }
    tags[at + i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}

/** Penn Treebank tags for the words of one sentence. */
export function tagWords(words: readonly string[]): string[] {
  const m = posModel();
  return Array.from(tagIds(describeWords(words), m), (id) => m.header.classes[id]!);
}
