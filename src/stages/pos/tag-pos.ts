/**
 * The POS tagger at run time: loads `src/data/models/pos.bin.gz` once, then tags one sentence at a
 * time greedily from left to right. Per-word feature weights come from a word-type cache; words of
 * the tag dictionary (pos-tag-dictionary.json, see tag-dictionary.ts) take their tag unscored.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';
import { decodeModel, type LoadedModel } from './model-file.js';
import { CASED, describeWords, type SentenceWords } from './describe-words.js';
import { NEXT, POS_ROLES, PREV, SELF, SELF_FIRST, posCapKey, posHistoryKeys, posTagWordKey, posWordKeys, posWordPairKeys } from './pos-features.js';
import { WordVectorCache } from './word-vector-cache.js';
import { readTagDictionaryFile, TagDictionary, type TagDictionaryFile } from './tag-dictionary.js';

export interface PosModel extends LoadedModel {
  cache: WordVectorCache<SentenceWords>;
  /** Dense rows of the capitalisation-in-context feature, at (cap * 10 + next cap) * C. */
  caps: Float32Array;
  /**
   * Dense rows of the tag-history features p1 and (p1, p2) summed, at ((p1 + 1) * (C + 2) + p2 + 2) * C:
   * 16-bit integers when every sum fits (half the memory: the row read depends on the two tags just
   * chosen, so it cannot be fetched ahead), else 32-bit floats; the same integers either way.
   */
  history: Int16Array | Float32Array;
  /** The (previous tag, word) feature's rows per word type of `cache`. */
  tagWords: TagWordRows;
  /** Words that take one tag without scoring (see tag-dictionary.ts); none when made without one. */
  dictionary: TagDictionary | undefined;
}

/**
 * The rows of the feature (previous tag, word) for every previous tag, per word type of the word
 * cache, copied out of the weight table. That feature's key depends on the tag just chosen, so its
 * probe into the large table could only start once the previous token was tagged, and mostly waited
 * for memory, token after token; a word type's copy is one short run of integers, read before
 * tagging starts. List of a slot: its length, then per previous tag kept: (p1 + 1) | (pairs << 8)
 * and the packed pairs (see `WeightTable.copyRow`).
 */
export class TagWordRows {
  /** Per word-cache slot: start of its list in `lists`, or -1 (not made since the cache was last emptied). */
  private start: Int32Array;
  lists = new Int32Array(4096);
  private used = 0;
  private clears = -1;

  constructor(slots: number) {
    this.start = new Int32Array(slots).fill(-1);
  }

  /** The start in `lists` of the list of cache slot `slot`, which holds the word type of word `i` of `s`. */
  listOf(m: PosModel, slot: number, s: SentenceWords, i: number): number {
    if (m.cache.clears !== this.clears) {
      this.start.fill(-1);
      this.used = 0;
      this.clears = m.cache.clears;
    }
    const known = this.start[slot]!;
    if (known >= 0) return known;
    const C = m.header.classes.length;
    const table = m.table;
    const begin = this.used;
    let at = begin + 1;
    for (let p1 = -1; p1 < C; p1++) {
      const row = table.find(posTagWordKey(s, i, p1));
      if (row < 0) continue;
      // Room for the header and the longest row (every class).
      if (this.lists.length < at + 2 + C) {
        const grown = new Int32Array(Math.max(this.lists.length * 2, at + 2 + C));
        grown.set(this.lists);
        this.lists = grown;
      }
      const n = table.copyRow(row, this.lists, at + 1);
      this.lists[at] = (p1 + 1) | (n << 8);
      at += 1 + n;
    }
    if (this.lists.length <= begin) {
      const grown = new Int32Array(this.lists.length * 2);
      grown.set(this.lists);
      this.lists = grown;
    }
    this.lists[begin] = at - begin - 1;
    this.used = at;
    this.start[slot] = begin;
    return begin;
  }

  /** Adds the weights of the feature (previous tag `p1`, word) to `scores`, from the list at `list` (`listOf`). */
  add(list: number, p1: number, scores: Float32Array): void {
    const lists = this.lists;
    for (let at = list + 1, end = at + lists[list]!; at < end;) {
      const head = lists[at]!;
      const pairs = head >> 8;
      if ((head & 255) === p1 + 1) {
        for (let e = at + 1; e <= at + pairs; e++) {
          const v = lists[e]!;
          scores[v & 255]! += v >> 8;
        }
        return;
      }
      at += 1 + pairs;
    }
  }
}

let model: PosModel | undefined;

/** Word types the word cache holds (11.5 MB, see `preparePosModel`). */
const CACHE_SLOTS = 16384;

/** The all-zero row of `caps`, read in caseless sentences. */
const NO_CAPS = 100;

/** A decoded POS model made ready for tagging (with its word-type cache and, unless `null`, a tag dictionary). */
export function preparePosModel(loaded: LoadedModel, dictionary: TagDictionaryFile | null = readTagDictionaryFile()): PosModel {
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
  const narrow = history.every((v) => v >= -32768 && v <= 32767);
  const caps = new Float32Array((10 * 10 + 1) * C); // the last row stays zero: caseless text (NO_CAPS)
  for (let cap = 0; cap < 10; cap++) for (let next = 0; next < 10; next++) loaded.table.addAt(posCapKey(cap, next), caps, (cap * 10 + next) * C);
  // Room for 16,384 word types (11.5 MB), as NER's cache: the cache is emptied when full, and with
  // 8,192 the 84 PolNeAR dev articles (9,736 types as written) refilled it for one token in seven.
  return {
    ...loaded,
    cache: new WordVectorCache(loaded.table, POS_ROLES, posWordKeys, CACHE_SLOTS),
    caps,
    history: narrow ? Int16Array.from(history) : history,
    tagWords: new TagWordRows(CACHE_SLOTS),
    dictionary: dictionary ? new TagDictionary(dictionary, loaded.header.classes, CACHE_SLOTS) : undefined,
  };
}

/** How the tagger tags. */
export interface PosTagOptions {
  /**
   * Whether the words of the tag dictionary (pos-tag-dictionary.json: 726 frequent words that take one
   * tag in at least 98% of eng.train) take that tag without scoring: about half the tokens of news skip
   * the scores and their weight-table probes. On in the pipeline (`posStage`) and wherever text is
   * analysed or evaluated as the pipeline would; OFF where the scripts tag the training text of the
   * models that read our POS tags (scripts/train-quotes-cues.ts, train-ner.ts, and train-framing.ts
   * through `contextFromText`): so their committed weights, trained on fully scored tags, rebuild
   * byte for byte (test/stages/*-model-reproducible) whatever the dictionary holds.
   * Why a model trained on scored tags may read dictionary tags: the two tags differ on 53 of the
   * 81,569 tokens (0.065%) of the 99 texts: 2 of 2,672 in the 15 examples, 51 of 78,897 in the 84
   * PolNeAR dev articles ("on" RP -> IN 10, "said" VBN -> VBD 10, "air" VB -> NN 2, ...); and on 57 of
   * eng.testa's 51,362, where the gold tag is the dictionary's 46 times and the scored one's 11 (POS
   * accuracy .9505 -> .9512). Measured 27 Nov 2026 (pos.bin.gz and the dictionary as committed).
   */
  useTagDictionary: boolean;
}

/** `model` without its tag dictionary, sharing its weights and caches. */
let scoredOnly: PosModel | undefined;

/** The POS model, loaded on first use: with its tag dictionary unless `options` turn it off. */
export function posModel(options: PosTagOptions = { useTagDictionary: true }): PosModel {
  model ??= preparePosModel(decodeModel(readFileSync(dataFile('models', 'pos.bin.gz'))));
  if (options.useTagDictionary) return model;
  // A view sharing the weight table and every cache: the dictionary is the only difference.
  scoredOnly ??= { ...model, dictionary: undefined };
  return scoredOnly;
}

let sparseBuffer = new Float32Array(0);
let offsets = new Int32Array(256);
/** Keys and rows of the word-pair features, two per scored token (row -1: not in the model). */
let pairKeys = new Uint32Array(512);
let pairRows = new Int32Array(512);
/** Per token: the start of its word type's list in `TagWordRows.lists`, or -1 - its tag when the tag dictionary gives it. */
let tagWordAt = new Int32Array(256);

/**
 * Penn Treebank tags for a described sentence, as class ids into `posModel().header.classes`, written
 * to `tags[at + i]` (by default a new array of the sentence's length); returns `tags`.
 */
export function tagIds(s: SentenceWords, m: PosModel = posModel(), tags: Int32Array = new Int32Array(s.length), at = 0): Int32Array {
  const C = m.header.classes.length;
  const n = s.length;
  const cache = m.cache;
  cache.reserve(n);
  if (offsets.length < n) {
    offsets = new Int32Array(n * 2);
    tagWordAt = new Int32Array(n * 2);
  }
  const stride = cache.stride;
  const tagWords = m.tagWords;
  const dictionary = m.dictionary;
  for (let i = 0; i < n; i++) {
    const offset = cache.offsetOf(s.id[i]!, s.mode, s, i);
    offsets[i] = offset;
    const slot = (offset / stride) | 0;
    const fixed = dictionary === undefined ? -1 : dictionary.tagOf(slot, cache.clears, s, i);
    // A word of the dictionary is not scored: -1 - its tag in place of its (previous tag, word) rows.
    tagWordAt[i] = fixed >= 0 ? -1 - fixed : tagWords.listOf(m, slot, s, i);
  }
  const pool = cache.pool;
  const edge = cache.edgeOffset(s.mode, s);
  const table = m.table;
  // The word-pair features do not depend on the tags chosen: probe them all first (`findAll`: the
  // processor overlaps the probes, which mostly wait for memory), two per scored token, in order.
  if (pairRows.length < 2 * n) {
    pairRows = new Int32Array(4 * n);
    pairKeys = new Uint32Array(4 * n);
  }
  let pairs = 0;
  for (let i = 0; i < n; i++) if (tagWordAt[i]! >= 0) pairs = posWordPairKeys(s, i, pairKeys, pairs);
  table.findAll(pairKeys, pairs, pairRows);
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
  let pair = 0;
  for (let i = 0; i < n; i++) {
    const list = tagWordAt[i]!;
    if (list < 0) {
      tags[at + i] = -1 - list;
      p2 = p1;
      p1 = -1 - list;
      continue;
    }
    tagWords.add(list, p1, sparse); // the (previous tag, word) feature
    const before = pairRows[pair]!;
    const after = pairRows[pair + 1]!;
    pair += 2;
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

/** Penn Treebank tags for the words of one sentence (with the tag dictionary, as the pipeline, unless `options` say not). */
export function tagWords(words: readonly string[], options?: PosTagOptions): string[] {
  const m = posModel(options);
  return Array.from(tagIds(describeWords(words), m), (id) => m.header.classes[id]!);
}
