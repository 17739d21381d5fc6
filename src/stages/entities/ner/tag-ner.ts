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
import { MAX_NER_FEATURES, nerFeatures, type NerContext } from './ner-features.js';
import { transitionMatrix, viterbi } from './decode-ner.js';

export interface NerModel {
  model: LoadedModel;
  gazetteer: Gazetteer;
  transitions: Float32Array;
}

let loaded: NerModel | undefined;

/** The NER model and gazetteer, loaded on first use. */
export function nerModel(): NerModel {
  if (!loaded) {
    const model = decodeModel(readFileSync(dataFile('models', 'ner.bin.gz')));
    const gazetteer = Gazetteer.decode(readFileSync(dataFile('models', 'ner-gazetteer.bin.gz')));
    if (model.header.classes.join() !== NER_LABELS.join()) throw new Error(`expected NER labels ${NER_LABELS.join()}, found ${model.header.classes.join()}`);
    loaded = { model, gazetteer, transitions: transitionMatrix((key, label) => model.table.weight(key, label)) };
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

/** Emission scores (n × labels) of a sentence under a weight lookup. */
export function emissions(ctx: NerContext, addAt: (key: number, scores: Float32Array, offset: number) => void): Float32Array {
  const L = NER_LABELS.length;
  const n = ctx.s.length;
  const emit = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const k = nerFeatures(ctx, i, keys);
    for (let f = 0; f < k; f++) addAt(keys[f]!, emit, i * L);
  }
  return emit;
}

/** IOB2 label ids (into NER_LABELS) for one described sentence with its POS tags. */
export function tagEntities(s: SentenceWords, posTags: ArrayLike<string | undefined>, m: NerModel = nerModel()): Int32Array {
  const ctx = nerContext(s, posHashes(posTags), m.gazetteer);
  const table = m.model.table;
  return viterbi(emissions(ctx, (key, scores, offset) => table.addAt(key, scores, offset)), s.length, m.transitions);
}
