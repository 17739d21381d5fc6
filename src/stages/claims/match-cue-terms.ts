/**
 * Finds lexicon terms (hedges, distancing, denial and negation cues) in a token range (given as normalised words), matching
 * whole tokens case-insensitively, longest term first. Terms are split the way the tokenizer splits
 * text ("n't" is its own token, "so-called" stays one).
 */
import { WordTypeSlots } from '../pos/word-type-slots.js';
import type { Token } from '../../model/layers/structure.js';
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { documentWordInfos, rememberedPosTags } from '../pos/describe-sentence.js';

export interface TermHit {
  from: number;
  to: number;
  entry: LexiconEntry;
}

interface TermIndex {
  byFirst: Map<string, Array<{ words: string[]; entry: LexiconEntry }>>;
}

const indexes = new Map<string, TermIndex>();

const CURLY_APOSTROPHE = /’/g;

function norm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

function termIndex(lexicon: string): TermIndex {
  let index = indexes.get(lexicon);
  if (index) return index;
  const byFirst = new Map<string, Array<{ words: string[]; entry: LexiconEntry }>>();
  for (const entry of loadLexicon(lexicon).entries) {
    for (const term of entry.terms) {
      const words = norm(term).replace(/(\w)(n't)\b/g, '$1 $2').split(/\s+/);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, entry });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  index = { byFirst };
  indexes.set(lexicon, index);
  return index;
}

/** The lexicons the claims stage matches; a token's `starts` bits follow this order. */
const CUE_LEXICONS = ['hedges', 'distancing-cues', 'denial-cues', 'negation-cues', 'withheld-claim-cues'];

/** Normalised words of a document's tokens, and per token which lexicons have a term starting with it. */
export interface CueWords {
  words: string[];
  /**
   * Bit `1 << k` set when lexicon `CUE_LEXICONS[k]` has a term whose first word is the token's. Kept
   * from call to call (see `startsRow`): valid until the next `normalisedWords`, and may be longer than
   * the tokens (only their indices are written and read).
   */
  starts: Uint8Array;
}

/**
 * The `starts` row, reused from document to document: a new Uint8Array per document took memory of its
 * own outside the heap (the largest line of `normalisedWords` in a cpu profile of the examples). Only
 * the claims stage's run reads it, and nothing it returns holds it.
 */
function startsRow(n: number): Uint8Array {
  if (keptStarts.length < n) keptStarts = new Uint8Array(Math.max(n, 2 * keptStarts.length));
  return keptStarts;
}
let keptStarts = new Uint8Array(4096);

interface WordInfo {
  norm: string;
  starts: number;
}

// Per token text as written: its normalised form and start bits, worked out once per word type
// (words recur), so a token costs one map lookup for all four lexicons instead of a lower-casing
// and four lookups.
const infos = new Map<string, WordInfo>();

/** Stands for a token that is no word of any term: it equals no term word, so it matches nothing. */
const NOT_A_TERM = '\u0000';
const FILTER_BITS = 4096;
let termWordFilter: Int32Array | undefined;

/** FNV-1a of the lower-cased word, or -1 when it has a character outside ASCII (those take the slow path). */
function asciiLowerHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One bit per hash of every word of every term: most tokens are no term word, and this small bitset
 * (unlike a map of word types) stays in cache, so such a token costs no map lookup at all.
 */
function termWords(): Int32Array {
  if (termWordFilter) return termWordFilter;
  const filter = new Int32Array(FILTER_BITS / 32);
  for (const lexicon of CUE_LEXICONS) {
    for (const list of termIndex(lexicon).byFirst.values()) {
      for (const { words } of list) {
        for (const word of words) {
          const h = asciiLowerHash(word);
          if (h >= 0) filter[(h % FILTER_BITS) >>> 5]! |= 1 << (h & 31);
        }
      }
    }
  }
  termWordFilter = filter;
  return filter;
}

function wordInfo(text: string): WordInfo {
  let info = infos.get(text);
  if (info !== undefined) return info;
  const word = norm(text);
  let starts = 0;
  for (let k = 0; k < CUE_LEXICONS.length; k++) if (termIndex(CUE_LEXICONS[k]!).byFirst.has(word)) starts |= 1 << k;
  info = { norm: word, starts };
  if (infos.size >= 65536) infos.clear();
  infos.set(text, info);
  return info;
}

/** A word that is no word of any term (by the filter `termWords`). */
const NO_TERM_INFO: WordInfo = { norm: NOT_A_TERM, starts: 0 };

/** The token text's normalised word and start bits, or NO_TERM_INFO when no term has the word. */
function termInfo(text: string, filter: Int32Array): WordInfo {
  const h = asciiLowerHash(text);
  if (h >= 0 && (filter[(h % FILTER_BITS) >>> 5]! & (1 << (h & 31))) === 0) return NO_TERM_INFO;
  return wordInfo(text);
}

/**
 * `termInfo` by the pos stage's word-type id (`documentWordInfos`: one id is always the same word as
 * written, and ids are never reused), in a direct-mapped table (WordTypeSlots). A token costs a load instead of hashing its text (and, for a term word, a lookup by it).
 */
const byWordType = new WordTypeSlots<WordInfo>();

/** Normalised words of the tokens, once per document, for `matchTerms`. */
export function normalisedWords(tokens: readonly Token[]): CueWords {
  const n = tokens.length;
  const words = new Array<string>(n);
  const starts = startsRow(n);
  const filter = termWords();
  // The pos stage's word types, when it has described these tokens (the pipeline's): described here
  // instead, a caller's tokens would each cost the pos stage's lookup, and its cache would keep their texts.
  const types = rememberedPosTags(tokens) !== undefined ? documentWordInfos(tokens) : undefined;
  for (let i = 0; i < n; i++) {
    let info: WordInfo;
    if (types) {
      const id = types[i]!.id;
      const kept = byWordType.get(id);
      if (kept !== undefined) info = kept;
      else {
        info = termInfo(tokens[i]!.text, filter);
        byWordType.set(id, info);
      }
    } else info = termInfo(tokens[i]!.text, filter);
    words[i] = info.norm;
    starts[i] = info.starts;
  }
  return { words, starts };
}

/** The bit of `CueWords.starts` that marks a token where a term of `lexicon` (one of `CUE_LEXICONS`) may start. */
export function lexiconBit(lexicon: string): number {
  const index = CUE_LEXICONS.indexOf(lexicon);
  if (index < 0) throw new Error(`expected one of ${CUE_LEXICONS.join(', ')}, found lexicon "${lexicon}"`);
  return 1 << index;
}

/**
 * The `starts` bits of tokens `[from, to)` together: a lexicon whose bit is not set has no hit there
 * (`matchTerms` would return none), so one pass over a claim's tokens tells which lexicons to match.
 */
export function startBits(cueWords: CueWords, from: number, to: number): number {
  const starts = cueWords.starts;
  let bits = 0;
  for (let i = from; i < to; i++) bits |= starts[i]!;
  return bits;
}

/** Every hit of the lexicon's terms (one of `CUE_LEXICONS`) in tokens `[from, to)`, left to right, not overlapping. */
export function matchTerms(lexicon: string, cueWords: CueWords, from: number, to: number): TermHit[] {
  const { byFirst } = termIndex(lexicon);
  const bit = lexiconBit(lexicon);
  const { words, starts } = cueWords;
  const hits: TermHit[] = [];
  for (let i = from; i < to; i++) {
    if ((starts[i]! & bit) === 0) continue;
    const candidates = byFirst.get(words[i]!);
    if (!candidates) continue;
    for (const { words: terms, entry } of candidates) {
      if (i + terms.length > to) continue;
      let ok = true;
      for (let k = 1; k < terms.length && ok; k++) ok = words[i + k] === terms[k];
      if (!ok) continue;
      hits.push({ from: i, to: i + terms.length, entry });
      i += terms.length - 1;
      break;
    }
  }
  return hits;
}
