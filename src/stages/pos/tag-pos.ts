/**
 * The POS tagger at run time: loads `src/data/models/pos.bin.gz` once, then tags one sentence at a
 * time greedily from left to right. Per-word feature weights come from a word-type cache.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';
import { decodeModel, type LoadedModel } from './model-file.js';
import { CASED, describeWords, type SentenceWords } from './describe-words.js';
import { NEXT, POS_ROLES, PREV, SELF, SELF_FIRST, posCapKey, posHistoryKeys, posPairKeys, posWordKeys } from './pos-features.js';
import { WordVectorCache } from './word-vector-cache.js';

export interface PosModel extends LoadedModel {
  cache: WordVectorCache<SentenceWords>;
  /** Dense rows of the capitalisation-in-context feature, at (cap * 10 + next cap) * C. */
  caps: Float32Array;
  /** Dense rows of the tag-history features p1 and (p1, p2) summed, at ((p1 + 1) * (C + 2) + p2 + 2) * C. */
  history: Float32Array;
}

let model: PosModel | undefined;

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
  const caps = new Float32Array(10 * 10 * C);
  for (let cap = 0; cap < 10; cap++) for (let next = 0; next < 10; next++) loaded.table.addAt(posCapKey(cap, next), caps, (cap * 10 + next) * C);
  return { ...loaded, cache: new WordVectorCache(loaded.table, POS_ROLES, posWordKeys, 8192), caps, history };
}

/** The POS model, loaded on first use. */
export function posModel(): PosModel {
  model ??= preparePosModel(decodeModel(readFileSync(dataFile('models', 'pos.bin.gz'))));
  return model;
}

const keys = new Uint32Array(16);
let scoreBuffer = new Float32Array(0);
let offsets = new Int32Array(256);

/** Penn Treebank tags for a described sentence, as class ids into `posModel().header.classes`. */
export function tagIds(s: SentenceWords, m: PosModel = posModel()): Int32Array {
  const C = m.header.classes.length;
  const n = s.length;
  const cache = m.cache;
  cache.reserve(n);
  if (offsets.length < n) offsets = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) offsets[i] = cache.offset(s.raw[i]!, s.mode, s, i);
  const pool = cache.pool;
  const edges = cache.edges;
  const edge = cache.edge(s.mode, s);
  if (scoreBuffer.length !== C) scoreBuffer = new Float32Array(C);
  const scores = scoreBuffer;
  const history = m.history;
  const caps = m.caps;
  const cased = s.mode === CASED;
  const T = C + 2;
  const tags = new Int32Array(n);
  let p1 = -1;
  let p2 = -2;
  for (let i = 0; i < n; i++) {
    const self = offsets[i]! + (i === 0 ? SELF_FIRST : SELF) * C;
    for (let c = 0; c < C; c++) scores[c] = pool[self + c]!;
    addRole(scores, i > 0 ? pool : edges, i > 0 ? offsets[i - 1]! : edge, PREV, C);
    addRole(scores, i + 1 < n ? pool : edges, i + 1 < n ? offsets[i + 1]! : edge, NEXT, C);
    addRole(scores, history, ((p1 + 1) * T + p2 + 2) * C, 0, C);
    if (cased) addRole(scores, caps, (s.cap[i]! * 10 + (i + 1 < n ? s.cap[i + 1]! : 9)) * C, 0, C);
    const k = posPairKeys(s, i, p1, keys);
    for (let f = 0; f < k; f++) m.table.add(keys[f]!, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}

function addRole(scores: Float32Array, pool: Float32Array, at: number, role: number, C: number): void {
  const base = at + role * C;
  for (let c = 0; c < C; c++) scores[c]! += pool[base + c]!;
}

/** Penn Treebank tags for the words of one sentence. */
export function tagWords(words: readonly string[]): string[] {
  const m = posModel();
  return Array.from(tagIds(describeWords(words), m), (id) => m.header.classes[id]!);
}
