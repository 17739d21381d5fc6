/**
 * Loading the NER tagger's model: `src/data/models/ner.bin.gz`, its gazetteer and outside words, read
 * once into the dense rows and caches `tag-ner.ts` scores sentences with.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../data/paths.js';
import { decodeModel, type LoadedModel } from '../../pos/model-file.js';
import type { SentenceWords } from '../../pos/describe-words.js';
import { Gazetteer } from './gazetteer.js';
import { NER_LABELS } from './labels.js';
import { GAZ_TEMPLATES, NER_NEXT_CAP, NER_PREV_CAP, NER_ROLES, gazetteerKey, nerCapKey, nerWordKeys } from './ner-features.js';
import { NEXT, PREV } from '../../pos/pos-features.js';
import { RowCache, WordVectorCache } from '../../pos/word-vector-cache.js';
import { U32Map } from '../../pos/u32-map.js';
import { transitionMatrix } from './decode-ner.js';
import { TagDictionary, type TagDictionaryFile } from '../../pos/tag-dictionary.js';

export interface NerModel {
  model: LoadedModel;
  gazetteer: Gazetteer;
  transitions: Float32Array;
  /** Summed weights of one-word features per word type (see word-vector-cache.ts). */
  words: WordVectorCache<SentenceWords>;
  /** Dense rows of the shape-pattern feature (many patterns, few in use). */
  rows: RowCache;
  /** Dense rows of capitalisation in context, at ((prev * 10 + cap) * 10 + next) * labels. */
  caps: Float32Array;
  /** Dense rows of gazetteer lists per template, at (template index * 16 + bit) * labels. */
  gazRows: Float32Array;
  /** Summed weights of the tag features per tag triple and case mode: offsets into `tagPool`. */
  tags: U32Map;
  tagPool: Float32Array;
  /** Words never in a name (see `outsideWordsFile`): their emissions are not computed, their label is O. */
  outside: TagDictionary;
  /** `NerOutsideFile.nameWords`, as a dictionary whose only tag is O (tagOf 0: a name word). */
  nameWords: TagDictionary;
  /** What the tagger reads of a word type per slot of `words` (see `wordFacts` in tag-ner.ts). */
  facts: WordFacts;
}

/**
 * Per slot of the word-type cache, in one byte: whether the word is an outside word, a name word,
 * and whether a gazetteer phrase may start with it. Looked up once per word type, so a token reads
 * one byte of a small array instead of two dictionaries' slots and the gazetteer's filter (64 KB,
 * out of cache between articles); the bits are defined in tag-ner.ts. Valid while the cache has been emptied `clears` times.
 */
interface WordFacts {
  bits: Uint8Array;
  clears: number;
}

/**
 * Lower-case words seen often in the training data and (almost) never in a name: "said", "was",
 * "after". About half the tokens of news; the tagger would label them O anyway, so their emission
 * scores (a dozen lookups and vector sums each) are not computed, and Viterbi takes O there.
 * Made by `scripts/train-ner.ts --outside-words` into `src/data/models/ner-outside-words.json`; read
 * in ordinary (cased) text only (see tag-dictionary.ts).
 */
export function outsideWordsFile(): NerOutsideFile {
  return JSON.parse(readFileSync(dataFile('models', 'ner-outside-words.json'), 'utf8')) as NerOutsideFile;
}

/** The outside words, and the few words without capitals that names hold between words without capitals. */
export interface NerOutsideFile extends TagDictionaryFile {
  nameWordsSource: string;
  /** "interior", "ministry": they and their neighbours are scored even between words without capitals. */
  nameWords: string[];
}

let loaded: NerModel | undefined;

/** Word types the word cache holds. */
const WORD_SLOTS = 16384;

/** The NER model and gazetteer, loaded on first use. */
export function nerModel(): NerModel {
  if (!loaded) {
    const model = decodeModel(readFileSync(dataFile('models', 'ner.bin.gz')));
    const gazetteer = Gazetteer.decode(readFileSync(dataFile('models', 'ner-gazetteer.bin.gz')));
    const outside = outsideWordsFile();
    if (model.header.classes.join() !== NER_LABELS.join()) throw new Error(`expected NER labels ${NER_LABELS.join()}, found ${model.header.classes.join()}`);
    const caps = new Float32Array((1000 + 1) * NER_LABELS.length); // the last row stays zero: caseless text (NO_CAPS in tag-ner.ts)
    for (let p = 0; p < 10; p++) for (let c = 0; c < 10; c++) for (let n = 0; n < 10; n++) model.table.addAt(nerCapKey(p, c, n), caps, ((p * 10 + c) * 10 + n) * NER_LABELS.length);
    const gazRows = new Float32Array(GAZ_TEMPLATES.length * 16 * NER_LABELS.length);
    GAZ_TEMPLATES.forEach((template, t) => { for (let bit = 0; bit < 16; bit++) model.table.addAt(gazetteerKey(template, bit), gazRows, (t * 16 + bit) * NER_LABELS.length); });
    loaded = {
      model,
      caps,
      gazRows,
      gazetteer,
      transitions: transitionMatrix((key, label) => model.table.weight(key, label)),
      words: new WordVectorCache(model.table, NER_ROLES, cachedWordKeys, WORD_SLOTS),
      rows: new RowCache(model.table),
      tags: new U32Map(4096),
      tagPool: new Float32Array(4096 * NER_LABELS.length),
      outside: new TagDictionary(outside, NER_LABELS, WORD_SLOTS),
      nameWords: new TagDictionary({ ...outside, tags: { O: outside.nameWords } }, NER_LABELS, WORD_SLOTS),
      facts: { bits: new Uint8Array(WORD_SLOTS), clears: -1 },
    };
  }
  return loaded;
}

/**
 * The keys the word-type cache sums per role: `nerWordKeys`, except that the previous word's own
 * features are summed into each of its roles with the token's capitalisation (NER_PREV_CAP + cap),
 * and the next word's into NER_NEXT_CAP + cap, leaving PREV and NEXT empty. A token always reads the
 * two together, so it reads two vectors where it read four (fewer loads and cache lines per token);
 * the weights are integers in quantised units, so the sums are the same.
 */
function cachedWordKeys(s: SentenceWords, j: number, role: number, out: Uint32Array): number {
  if (role === PREV || role === NEXT) return 0;
  if (role >= NER_NEXT_CAP) return nerWordKeys(s, j, role, out, nerWordKeys(s, j, NEXT, out, 0));
  if (role >= NER_PREV_CAP) return nerWordKeys(s, j, role, out, nerWordKeys(s, j, PREV, out, 0));
  return nerWordKeys(s, j, role, out, 0);
}
