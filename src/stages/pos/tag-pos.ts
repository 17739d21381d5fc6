/**
 * The POS tagger at run time: loads `src/data/models/pos.bin.gz` once, then tags one sentence at a
 * time greedily from left to right.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';
import { decodeModel, type LoadedModel } from './model-file.js';
import { describeWords, type SentenceWords } from './describe-words.js';
import { MAX_POS_FEATURES, posFeatures } from './pos-features.js';

let model: LoadedModel | undefined;

/** The POS model, loaded on first use. */
export function posModel(): LoadedModel {
  model ??= decodeModel(readFileSync(dataFile('models', 'pos.bin.gz')));
  return model;
}

const keys = new Uint32Array(MAX_POS_FEATURES);

/** Penn Treebank tags for a described sentence, as class ids into `posModel().header.classes`. */
export function tagIds(s: SentenceWords, m: LoadedModel = posModel()): Int32Array {
  const C = m.header.classes.length;
  const scores = new Float32Array(C);
  const tags = new Int32Array(s.length);
  let p1 = -1;
  let p2 = -2;
  for (let i = 0; i < s.length; i++) {
    const n = posFeatures(s, i, p1, p2, keys);
    scores.fill(0);
    for (let f = 0; f < n; f++) m.table.add(keys[f]!, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
    tags[i] = best;
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
