/**
 * The NER tagger at run time: loads `src/data/models/ner.bin.gz` and its gazetteer once, then labels
 * one sentence at a time (IOB2 over PER, ORG, LOC, MISC) from its words and POS tags.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../data/paths.js';
import { hashString } from '../../pos/hash.js';
import { decodeModel, type LoadedModel } from '../../pos/model-file.js';
import type { SentenceWords } from '../../pos/describe-words.js';
import { Gazetteer } from './gazetteer.js';
import { NER_LABELS } from './labels.js';
import { MAX_NER_FEATURES, TAG_EDGE, TAG_NEXT, TAG_PREV, TAG_SELF, nerContextKeys, nerTagKeys, nerWordKeys, type NerContext } from './ner-features.js';
import { NEXT, NEXT2, PREV, PREV2, ROLES, SELF } from '../../pos/pos-features.js';
import { WordVectorCache } from '../../pos/word-vector-cache.js';
import { transitionMatrix, viterbi } from './decode-ner.js';

export interface NerModel {
  model: LoadedModel;
  gazetteer: Gazetteer;
  transitions: Float32Array;
  /** Summed weights of one-word features per word type (see word-vector-cache.ts). */
  words: WordVectorCache<SentenceWords>;
  /** Summed weights of one-tag features per case mode and tag hash: [self, prev, next] × labels. */
  tags: Array<Map<number, Float32Array>>;
}

let loaded: NerModel | undefined;

/** The NER model and gazetteer, loaded on first use. */
export function nerModel(): NerModel {
  if (!loaded) {
    const model = decodeModel(readFileSync(dataFile('models', 'ner.bin.gz')));
    const gazetteer = Gazetteer.decode(readFileSync(dataFile('models', 'ner-gazetteer.bin.gz')));
    if (model.header.classes.join() !== NER_LABELS.join()) throw new Error(`expected NER labels ${NER_LABELS.join()}, found ${model.header.classes.join()}`);
    loaded = {
      model,
      gazetteer,
      transitions: transitionMatrix((key, label) => model.table.weight(key, label)),
      words: new WordVectorCache(model.table, ROLES, nerWordKeys),
      tags: [new Map(), new Map(), new Map()],
    };
  }
  return loaded;
}

const tagHashes = new Map<string, number>();

/** Hashes of POS tag strings (cached: there are fewer than fifty). */
export function posHashes(tags: ArrayLike<string | undefined>): Uint32Array {
  const out = new Uint32Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? '';
    let h = tagHashes.get(tag);
    if (h === undefined) { h = hashString(tag); tagHashes.set(tag, h); }
    out[i] = h;
  }
  return out;
}

/** The context the NER features read for one sentence. */
export function nerContext(s: SentenceWords, pos: Uint32Array, gazetteer: Gazetteer): NerContext {
  return { s, pos, gaz: gazetteer.match(s) };
}

const keys = new Uint32Array(MAX_NER_FEATURES);
let offsets = new Int32Array(256);
const L = NER_LABELS.length;

/** The summed weights of a tag's features in its three roles, cached per case mode. */
function tagVectors(m: NerModel, tag: number, mode: number): Float32Array {
  let v = m.tags[mode]!.get(tag);
  if (!v) {
    v = new Float32Array(3 * L);
    for (let role = TAG_SELF; role <= TAG_NEXT; role++) {
      const k = nerTagKeys(tag, mode, role, keys);
      for (let f = 0; f < k; f++) m.model.table.addAt(keys[f]!, v, role * L);
    }
    m.tags[mode]!.set(tag, v);
  }
  return v;
}

/** Emission scores (n × labels, row-major) of a sentence. */
export function emissions(ctx: NerContext, m: NerModel): Float32Array {
  const { s, pos } = ctx;
  const n = s.length;
  const cache = m.words;
  cache.reserve(n);
  if (offsets.length < n) offsets = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) offsets[i] = cache.offset(s.raw[i]!, s.mode, s, i);
  const pool = cache.pool;
  const edges = cache.edges;
  const edge = cache.edge(s.mode, s);
  const edgeTags = tagVectors(m, TAG_EDGE, s.mode);
  const emit = new Float32Array(n * L);
  const table = m.model.table;
  for (let i = 0; i < n; i++) {
    const at = i * L;
    add(emit, at, pool, offsets[i]! + SELF * L);
    add(emit, at, i > 0 ? pool : edges, (i > 0 ? offsets[i - 1]! : edge) + PREV * L);
    add(emit, at, i > 1 ? pool : edges, (i > 1 ? offsets[i - 2]! : edge) + PREV2 * L);
    add(emit, at, i + 1 < n ? pool : edges, (i + 1 < n ? offsets[i + 1]! : edge) + NEXT * L);
    add(emit, at, i + 2 < n ? pool : edges, (i + 2 < n ? offsets[i + 2]! : edge) + NEXT2 * L);
    add(emit, at, tagVectors(m, pos[i]!, s.mode), TAG_SELF * L);
    add(emit, at, i > 0 ? tagVectors(m, pos[i - 1]!, s.mode) : edgeTags, TAG_PREV * L);
    add(emit, at, i + 1 < n ? tagVectors(m, pos[i + 1]!, s.mode) : edgeTags, TAG_NEXT * L);
    const k = nerContextKeys(ctx, i, keys);
    for (let f = 0; f < k; f++) table.addAt(keys[f]!, emit, at);
  }
  return emit;
}

function add(to: Float32Array, at: number, from: Float32Array, base: number): void {
  for (let c = 0; c < L; c++) to[at + c]! += from[base + c]!;
}

/** IOB2 label ids (into NER_LABELS) for one described sentence with its POS tags. */
export function tagEntities(s: SentenceWords, posTags: ArrayLike<string | undefined>, m: NerModel = nerModel()): Int32Array {
  const ctx = nerContext(s, posHashes(posTags), m.gazetteer);
  return viterbi(emissions(ctx, m), s.length, m.transitions);
}
