/**
 * The NER tagger at run time: labels one sentence at a time (IOB2 over PER, ORG, LOC, MISC) from its
 * words and POS tags, with the model `ner-model.ts` loads once.
 */
import { hashString } from '../../pos/hash.js';
import type { SentenceWords } from '../../pos/describe-words.js';
import type { Gazetteer } from './gazetteer.js';
import { NER_LABELS } from './labels.js';
import { GAZ_TEMPLATES, MAX_NER_FEATURES, NER_NEXT_CAP, NER_PREV_CAP, NER_SELF_FIRST, TAG_EDGE, gazetteerMasks, nerShapeKey, nerTagKeys, nerWordPairKeys, type NerContext } from './ner-features.js';
import { mix32 } from '../../pos/hash.js';
import { NEXT2, PREV2, SELF } from '../../pos/pos-features.js';
import { CAP_TITLE, CASED } from '../../pos/describe-words.js';
import { viterbi } from './decode-ner.js';
import { nerModel, type NerModel } from './ner-model.js';

/** Bits of `WordFacts.bits`: worked out; one of `NerModel.outside`; one of `NerModel.nameWords`; may start a gazetteer phrase. */
const KNOWN = 1;
const OUTSIDE = 2;
const NAME_WORD = 4;
const MAY_START = 8;

/** The all-zero row of `caps`, read in caseless sentences. */
const NO_CAPS = 1000;

const tagHashes = new Map<string, number>();

/** Hashes of POS tag strings (cached: there are fewer than fifty). */
export function posHashes(tags: ArrayLike<string | undefined>, out = new Uint32Array(tags.length)): Uint32Array {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? '';
    let h = tagHashes.get(tag);
    if (h === undefined) { h = hashString(tag); tagHashes.set(tag, h); }
    out[i] = h;
  }
  return out;
}

let classHashes: { classes: readonly string[]; hashes: Uint32Array } | undefined;

/**
 * Hashes of the POS tags `ids[from, from + n)`, class ids of the POS model (`classes`), into `out`: the same values as
 * `posHashes` of the tag strings, without a string lookup per token.
 */
export function posHashesOfIds(ids: ArrayLike<number>, from: number, n: number, classes: readonly string[], out: Uint32Array): Uint32Array {
  if (classHashes?.classes !== classes) classHashes = { classes, hashes: posHashes(classes) };
  const hashes = classHashes.hashes;
  for (let i = 0; i < n; i++) out[i] = hashes[ids[from + i]!]!;
  return out;
}

/** The context the NER features read for one sentence. */
export function nerContext(s: SentenceWords, pos: Uint32Array, gazetteer: Gazetteer): NerContext {
  return { s, pos, gaz: gazetteer.match(s) };
}

/** The facts of word `i` of `s`, whose word type sits in slot `slot` of `m.words` (see `WordFacts`). */
function wordFacts(m: NerModel, slot: number, s: SentenceWords, i: number): number {
  const facts = m.facts;
  const clears = m.words.clears;
  if (facts.clears !== clears) {
    facts.bits.fill(0);
    facts.clears = clears;
  }
  let bits = facts.bits[slot]!;
  if (bits === 0) {
    bits = KNOWN;
    if (m.outside.tagOf(slot, clears, s, i) === 0) bits |= OUTSIDE;
    if (m.nameWords.tagOf(slot, clears, s, i) === 0) bits |= NAME_WORD;
    if (m.gazetteer.mayStart(s.word[i]!)) bits |= MAY_START;
    facts.bits[slot] = bits;
  }
  return bits;
}

const keys = new Uint32Array(MAX_NER_FEATURES);
let offsets = new Int32Array(256);
let tagOffsets = new Int32Array(256);
const L = NER_LABELS.length;

/** Offset in `m.tagPool` of the summed weights of the tag features of one tag triple in one mode. */
function tagVector(m: NerModel, prev: number, tag: number, next: number, mode: number): number {
  const key = mix32(mix32(mode, prev), tag, next);
  const at = m.tags.get(key);
  if (at >= 0) return at;
  const offset = m.tags.size * L;
  if (m.tagPool.length < offset + L) {
    const grown = new Float32Array(m.tagPool.length * 2);
    grown.set(m.tagPool);
    m.tagPool = grown;
  }
  const k = nerTagKeys(prev, tag, next, mode, keys);
  for (let f = 0; f < k; f++) m.model.table.addAt(keys[f]!, m.tagPool, offset);
  m.tags.set(key, offset);
  return offset;
}

let emitBuffer = new Float32Array(64 * L);
/** Per token: 1 when its word is one of `NerModel.outside`, or needs no scoring between words without capitals. */
let outside = new Uint8Array(256);
/** Per token: 1 when its word is one of `NerModel.nameWords`. */
let nameWord = new Uint8Array(256);
/** Keys and rows of the word-pair features, three per scored token (row -1: not in the model). */
let pairKeys = new Uint32Array(768);
let pairRows = new Int32Array(768);
const masks = new Uint16Array(GAZ_TEMPLATES.length);

/** Emission scores (n × labels, row-major) of a sentence, in a buffer reused by the next call. */
export function emissions(ctx: NerContext, m: NerModel): Float32Array {
  describeTokens(ctx.s, m);
  return scoreTokens(ctx, m);
}

/** Per token: `WordFacts` bits of its word. */
let factsOf = new Uint8Array(256);

/**
 * The word-cache offsets (`offsets`) and `WordFacts` bits (`factsOf`) of the tokens of `s`, then
 * which tokens need no scores (`outside`).
 */
function describeTokens(s: SentenceWords, m: NerModel): void {
  const n = s.length;
  const cache = m.words;
  cache.reserve(n);
  if (offsets.length < n) offsets = new Int32Array(n * 2);
  if (outside.length < n) outside = new Uint8Array(n * 2);
  if (factsOf.length < n) factsOf = new Uint8Array(n * 2);
  const stride = cache.stride;
  for (let i = 0; i < n; i++) {
    const offset = cache.offsetOf(s.id[i]!, s.mode, s, i);
    offsets[i] = offset;
    const bits = wordFacts(m, (offset / stride) | 0, s, i);
    factsOf[i] = bits;
    // Not before a capitalised word: the tagger may start a name there that the entities stage trims
    // ("the state Department of Revenue"), and without its B-X the name would be lost.
    outside[i] = (bits & OUTSIDE) !== 0 && !(i + 1 < n && s.cap[i + 1]! >= CAP_TITLE) ? 1 : 0;
  }
  // In ordinary text, a word without capitals between two words without capitals is outside names
  // too (in eng.train 28 of 114,748 such tokens are in a name, 6 of 28,825 in eng.testa), unless it
  // or a neighbour is one of the few such words names hold ("the interior ministry said").
  if (s.mode === CASED) {
    if (nameWord.length < n) nameWord = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) nameWord[i] = s.cap[i]! < CAP_TITLE && (factsOf[i]! & NAME_WORD) !== 0 ? 1 : 0;
    for (let i = 0; i < n; i++) {
      if (outside[i] === 1 || s.cap[i]! >= CAP_TITLE || (i > 0 && s.cap[i - 1]! >= CAP_TITLE) || (i + 1 < n && s.cap[i + 1]! >= CAP_TITLE)) continue;
      if (nameWord[i] === 0 && !(i > 0 && nameWord[i - 1] === 1) && !(i + 1 < n && nameWord[i + 1] === 1)) outside[i] = 1;
    }
  }
}

/** The emission scores of the tokens `describeTokens` described, with the context's gazetteer masks. */
function scoreTokens(ctx: NerContext, m: NerModel): Float32Array {
  const { s, pos } = ctx;
  const n = s.length;
  const cache = m.words;
  const pool = cache.pool;
  const edge = cache.edgeOffset(s.mode, s);
  const tagAt = tagOffsets.length >= n ? tagOffsets : (tagOffsets = new Int32Array(n * 2));
  // Tags read signed (the same bits for mix32): no boxed numbers on the way into tagVector.
  for (let i = 0; i < n; i++) if (outside[i] === 0) tagAt[i] = tagVector(m, i > 0 ? pos[i - 1]! | 0 : TAG_EDGE, pos[i]! | 0, i + 1 < n ? pos[i + 1]! | 0 : TAG_EDGE, s.mode);
  const tagPool = m.tagPool;
  if (emitBuffer.length < n * L) emitBuffer = new Float32Array(n * L * 2);
  const emit = emitBuffer;
  for (let k = 0; k < n * L; k++) emit[k] = 0; // a loop: `fill` is a call into V8's C++ runtime
  const table = m.model.table;
  const caps = m.caps;
  const cased = s.mode === CASED;
  // Probe the word-pair features of the whole sentence first (`findAll`: the processor overlaps the
  // probes, which mostly wait for memory), three per scored token, in order.
  if (pairRows.length < 3 * n) {
    pairRows = new Int32Array(6 * n);
    pairKeys = new Uint32Array(6 * n);
  }
  let pair = 0;
  for (let i = 0; i < n; i++) if (outside[i] === 0) pair = nerWordPairKeys(ctx, i, pairKeys, pair);
  table.findAll(pairKeys, pair, pairRows);
  pair = 0;
  for (let i = 0; i < n; i++) {
    const at = i * L;
    if (outside[i] === 1) {
      // O, and nothing else (the same for every path through the token, so the zero changes no choice).
      for (let c = 1; c < L; c++) emit[at + c] = -Infinity;
      continue;
    }
    // Features with few or many keys first (shape pattern, gazetteer lists, word pairs), then the
    // dense vectors of the five words, the tags and capitalisation in one pass. Every weight is an
    // integer in quantised units, so the order of the sums changes nothing.
    m.rows.addAt(nerShapeKey(s, i), emit, at);
    gazetteerMasks(ctx, i, masks);
    for (let t = 0; t < GAZ_TEMPLATES.length; t++) {
      for (let bit = 0, mask = masks[t]!; mask !== 0; bit++, mask >>>= 1) if (mask & 1) add(emit, at, m.gazRows, (t * 16 + bit) * L);
    }
    for (const end = pair + 3; pair < end; pair++) {
      const row = pairRows[pair]!;
      if (row >= 0) table.addRow(row, emit, at);
    }
    const self = offsets[i]! + (i === 0 ? NER_SELF_FIRST : SELF) * L;
    const before = i > 0 ? offsets[i - 1]! : edge;
    const after = i + 1 < n ? offsets[i + 1]! : edge;
    const prev2 = (i > 1 ? offsets[i - 2]! : edge) + PREV2 * L;
    const next2 = (i + 2 < n ? offsets[i + 2]! : edge) + NEXT2 * L;
    // The neighbours' own features with this token's capitalisation's (see `cachedWordKeys` in ner-model.ts).
    const prev = before + (NER_PREV_CAP + s.cap[i]!) * L;
    const next = after + (NER_NEXT_CAP + s.cap[i]!) * L;
    const tag = tagAt[i]!;
    const cap = cased ? (((i > 0 ? s.cap[i - 1]! : 9) * 10 + s.cap[i]!) * 10 + (i + 1 < n ? s.cap[i + 1]! : 9)) * L : NO_CAPS * L;
    for (let c = 0; c < L; c++) {
      emit[at + c]! += pool[self + c]! + pool[prev + c]! + pool[prev2 + c]! + pool[next + c]! + pool[next2 + c]! + tagPool[tag + c]! + caps[cap + c]!;
    }
  }
  return emit;
}

function add(to: Float32Array, at: number, from: Float32Array, base: number): void {
  for (let c = 0; c < L; c++) to[at + c]! += from[base + c]!;
}

/** IOB2 label ids (into NER_LABELS) for one described sentence with its POS tags. */
export function tagEntities(s: SentenceWords, posTags: ArrayLike<string | undefined>, m: NerModel = nerModel()): Int32Array {
  return tagEntitiesHashed(s, posHashes(posTags), m);
}

/** The same, with the POS tags as hashes (`posHashes`, `posHashesOfIds`); labels go to `labels[0, n)` when given. */
export function tagEntitiesHashed(s: SentenceWords, posTagHashes: Uint32Array, m: NerModel = nerModel(), labels?: Int32Array): Int32Array {
  describeTokens(s, m);
  // The gazetteer probes only the tokens whose word may start a phrase (`MAY_START`).
  const ctx: NerContext = { s, pos: posTagHashes, gaz: m.gazetteer.match(s, factsOf, MAY_START) };
  // The tokens `outside` marks have O only (scoreTokens): Viterbi works out O's score alone there.
  return viterbi(scoreTokens(ctx, m), s.length, m.transitions, labels, outside);
}
