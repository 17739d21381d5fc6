/**
 * What the taggers know of each word before any model runs: hashes of its normalised form, affixes and
 * shape, its capitalisation, and the case mode of its sentence. Shared by the POS tagger and the NER
 * tagger, computed once per sentence into typed arrays.
 *
 * The case mode is the key to text without capitals: in an all-lower-case or ALL-CAPS sentence the
 * capitalisation of a word says nothing, so the models read shape features only under the mode they
 * were seen in (`mix(template, mode, ...)`) and fall back on the word itself.
 */
import { hashRange, hashString } from './hash.js';

/** Sentence case modes: ordinary text, all lower case, all capitals. */
export const CASED = 0;
export const LOWER = 1;
export const UPPER = 2;

/** Capitalisation classes of a word as written. */
export const CAP_NONE = 0; // no letters
export const CAP_LOWER = 1;
export const CAP_TITLE = 2;
export const CAP_ALL = 3;
export const CAP_MIXED = 4;

export interface SentenceWords {
  length: number;
  mode: number;
  /** The words as written. */
  raw: readonly string[];
  /** Normalised forms: lower case, digits as 0, typographic quotes and dashes as ASCII. */
  norm: string[];
  /**
   * Word-type ids of the words as written: one id is always the same word (a word may get a new id
   * once the word-type table is cleared), so caches keyed by ids (see word-vector-cache.ts) need no
   * string lookups.
   */
  id: Uint32Array;
  word: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  pre2: Uint32Array;
  pre3: Uint32Array;
  /** Shape in the sentence's mode: "Xx", "X.X.", "d-d"; letters are all "x" outside the cased mode. */
  shape: Uint32Array;
  cap: Uint8Array;
}

const DIGIT = /\d/g;
const HAS_DIGIT = /\d/;

/** Lower case, digits to 0, curly quotes and long dashes to their ASCII forms. */
export function normaliseWord(word: string): string {
  return normaliseLowered(word.toLowerCase());
}

/** `normaliseWord` of a word already in lower case. */
function normaliseLowered(lower: string): string {
  let w = lower;
  if (HAS_DIGIT.test(w)) w = w.replace(DIGIT, '0');
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x2010 && c <= 0x201f) return w.replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"').replace(/[\u2010-\u2015]/g, '-');
  }
  return w;
}

/** The case mode of a sentence: CASED unless it has letters of only one case. */
export function caseMode(words: readonly string[]): number {
  let lower = false;
  let upper = false;
  for (const w of words) {
    const cap = wordInfo(w).cap;
    if (cap === CAP_LOWER || cap === CAP_TITLE || cap === CAP_MIXED) lower = true;
    if (cap === CAP_ALL || cap === CAP_TITLE || cap === CAP_MIXED) upper = true;
    if (lower && upper) return CASED;
  }
  return upper ? UPPER : lower ? LOWER : CASED;
}

/** `caseMode` of the words described by `infos[from, to)`. */
export function caseModeOfInfos(infos: readonly WordInfo[], from: number, to: number): number {
  let lower = false;
  let upper = false;
  for (let i = from; i < to; i++) {
    const cap = infos[i]!.cap;
    if (cap === CAP_LOWER || cap === CAP_TITLE || cap === CAP_MIXED) lower = true;
    if (cap === CAP_ALL || cap === CAP_TITLE || cap === CAP_MIXED) upper = true;
    if (lower && upper) return CASED;
  }
  return upper ? UPPER : lower ? LOWER : CASED;
}

/** Everything the taggers read of one word as written, whatever its sentence. */
export interface WordInfo {
  id: number;
  /**
   * The word as written in lower case (`toLowerCase`), the very string as written when it has no
   * capital (its hash, computed by the first Map lookup of the token, is kept). Stages that lower-case
   * tokens read it here once per word type (`documentWordInfos(tokens)[t].lower`): `toLowerCase` is a
   * runtime call per token, through ICU for the two-byte strings of texts with a curly quote or a dash.
   */
  lower: string;
  norm: string;
  /** The hashes (word to shapeCaseless) are stored signed (`| 0`); read them through a Uint32Array, or `>>> 0`. */
  word: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre2: number;
  pre3: number;
  cap: number;
  shapeCased: number;
  shapeCaseless: number;
}

// Words recur (Zipf): describing each word type once saves most of the string work and garbage.
const infos = new Map<string, WordInfo>();
const MAX_INFOS = 65536;
/** The next word-type id: ids start at 1 and are never reused, even when `infos` is cleared (2^32 of them last for years of news). */
let nextWordId = 1;

/** What the taggers read of `raw`, described once per word type (the object is shared: do not change it). */
export function wordInfo(raw: string): WordInfo {
  let info = infos.get(raw);
  if (info === undefined) {
    const lower = lowerCased(raw);
    const w = normaliseLowered(lower);
    const len = w.length;
    // Hashes kept as signed 32-bit integers: small integers live inside the object, while numbers of
    // 2^31 and more would each be boxed on the heap (a pointer to chase per field). The typed arrays
    // they are copied into read them back unsigned.
    info = {
      id: nextWordId++,
      lower,
      norm: w,
      word: hashString(w) | 0,
      suf2: hashRange(w, len - 2, len) | 0,
      suf3: hashRange(w, len - 3, len) | 0,
      suf4: hashRange(w, len - 4, len) | 0,
      pre2: hashRange(w, 0, Math.min(2, len)) | 0,
      pre3: hashRange(w, 0, Math.min(3, len)) | 0,
      cap: capitalisation(raw),
      shapeCased: shapeHash(raw, true) | 0,
      shapeCaseless: shapeHash(raw, false) | 0,
    };
    if (infos.size >= MAX_INFOS) infos.clear();
    infos.set(raw, info);
  }
  return info;
}

/** `word.toLowerCase()`, or `word` itself when it has no character that lower-casing could change. */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && (c <= 90 || c >= 128)) return word.toLowerCase();
  }
  return word;
}

/**
 * Room for the arrays of many sentences (a document's), handed out in order: one allocation per
 * document instead of one per sentence (a typed array's buffer costs far more than its view).
 */
export interface DescribeArena {
  /** 8 words per token. */
  u32: Uint32Array;
  /** 1 byte per token. */
  u8: Uint8Array;
  /** The next token's place: tokens [used, end) are still free. */
  used: number;
  /** End of the tokens this arena may hand out (a region of shared buffers ends before them). */
  end: number;
}

/** An arena for `tokens` words. */
export function describeArena(tokens: number): DescribeArena {
  return { u32: new Uint32Array(8 * tokens), u8: new Uint8Array(tokens), used: 0, end: tokens };
}

/**
 * Describes one sentence's words; `mode` defaults to the sentence's own case mode. The arrays come
 * from `arena` while it has room.
 */
export function describeWords(words: readonly string[], mode = caseMode(words), arena?: DescribeArena): SentenceWords {
  const infos = new Array<WordInfo>(words.length);
  for (let i = 0; i < words.length; i++) infos[i] = wordInfo(words[i]!);
  return describeInfos(infos, 0, words, mode, arena);
}

/**
 * Describes the words `raw`, already looked up as `infos[from, from + raw.length)` (a document's
 * words are looked up once, for its case mode and all its sentences), in case `mode`.
 */
export function describeInfos(infos: readonly WordInfo[], from: number, raw: readonly string[], mode: number, arena?: DescribeArena): SentenceWords {
  const n = raw.length;
  let buffer: Uint32Array;
  let at = 0;
  let cap: Uint8Array;
  if (arena !== undefined && arena.used + n <= arena.end) {
    buffer = arena.u32;
    at = arena.used * 8;
    cap = arena.u8.subarray(arena.used, arena.used + n);
    arena.used += n;
  } else {
    buffer = new Uint32Array(8 * n);
    cap = new Uint8Array(n);
  }
  const out: SentenceWords = {
    length: n, mode, raw, norm: new Array<string>(n), id: buffer.subarray(at + 7 * n, at + 8 * n),
    word: buffer.subarray(at, at + n), suf2: buffer.subarray(at + n, at + 2 * n), suf3: buffer.subarray(at + 2 * n, at + 3 * n), suf4: buffer.subarray(at + 3 * n, at + 4 * n),
    pre2: buffer.subarray(at + 4 * n, at + 5 * n), pre3: buffer.subarray(at + 5 * n, at + 6 * n), shape: buffer.subarray(at + 6 * n, at + 7 * n), cap,
  };
  const cased = mode === CASED;
  for (let i = 0; i < n; i++) {
    const info = infos[from + i]!;
    out.norm[i] = info.norm;
    out.id[i] = info.id;
    out.word[i] = info.word;
    out.suf2[i] = info.suf2;
    out.suf3[i] = info.suf3;
    out.suf4[i] = info.suf4;
    out.pre2[i] = info.pre2;
    out.pre3[i] = info.pre3;
    out.cap[i] = info.cap;
    out.shape[i] = cased ? info.shapeCased : info.shapeCaseless;
  }
  return out;
}

/** The capitalisation class of a word as written. */
export function capitalisation(word: string): number {
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (upper === lower) return CAP_NONE;
  if (word === lower) return CAP_LOWER;
  if (word === upper) return CAP_ALL;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === lower.slice(1) ? CAP_TITLE : CAP_MIXED;
}

/** Hash of the collapsed shape: runs of one class written once ("Peskov" → "Xx", "1,200" → "d,d"). */
function shapeHash(word: string, cased: boolean): number {
  let h = 0x811c9dc5;
  let prev = -1;
  for (let i = 0; i < word.length && i < 24; i++) {
    const c = word.charCodeAt(i);
    let cls: number;
    if (c >= 48 && c <= 57) cls = 100; // d
    else if (c >= 97 && c <= 122) cls = 120; // x
    else if (c >= 65 && c <= 90) cls = cased ? 88 : 120; // X
    else if (c < 128) cls = c;
    else {
      const ch = word.charAt(i);
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      cls = lo === up ? 200 : ch === lo || !cased ? 120 : 88;
    }
    if (cls === prev) continue;
    prev = cls;
    h ^= cls;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
