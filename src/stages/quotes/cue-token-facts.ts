/**
 * What the cue model (cue-features.ts) reads of each token, computed once per document and once per
 * distinct word or tag: the lower-cased word's hash, suffix and stem, its word class (cue-word-classes.ts),
 * the cue lexicons' entries for it (kind, stance, phrase start, attitude), and flags of its tag
 * (cue-tag-facts.ts) and text that the feature templates test. Split from the templates so each file reads as one thing; the
 * features (and so the trained weights) are the same.
 */
import { WordTypeSlots } from '../pos/word-type-slots.js';
import type { Token } from '../../model/layers/structure.js';
import { cueLexicon } from './cue-lexicon.js';
import { keepLowerWords, lowerWord, wordBits, wordBitsScratch } from './word-classes.js';
import { wordClasses } from './cue-word-classes.js';
import { ownString } from '../structure/own-string.js';
import { hearsayAdverbs } from './hearsay-adverbs.js';
import { documentWordInfos, rememberedPosTags } from '../pos/describe-sentence.js';
import { FACTS_BUFFER, stageBuffer } from './stage-buffers.js';
import { hashFrom, hashString } from './cue-hash.js';
import { TAG_NEVER_CUE, tagInfo, tagInfoOf } from './cue-tag-facts.js';

/** Per-token facts computed once per document. */
export interface CueFeatureContext {
  tokens: readonly Token[];
  /** Index of the quoted span covering each token, or -1. */
  insideQuote: Int32Array;
  /** Token opens a quotation. */
  opens: Uint8Array;
  /** Token closes a quotation. */
  closes: Uint8Array;
  /** Filled in by `prepareFeatures`. */
  word?: Int32Array;
  tag?: Int32Array;
  suffix?: Int32Array;
  /** Lexicon: 0 none, else 1 + kind index; stance likewise. */
  lexKind?: Uint8Array;
  lexStance?: Uint8Array;
  phraseStart?: Uint8Array;
  /** Word class code (see cue-word-classes.ts), 0 for a word the table lacks. */
  wordClass?: Int32Array;
  /** Stem hash (the word without -s/-ed/-ing...), so "said", "says", "saying" share features. */
  stem?: Int32Array;
  /** Sentence-level facts, cached for the sentence starting at `sentenceFrom`. */
  sentenceFrom?: number;
  sentenceLexicon?: number;
  /** Hash of the attitude lexicon entry (attitude-cues.json), 0 none; and of the reporting verb entry. */
  attitude?: Int32Array;
  verbEntry?: Int32Array;
  /** Tag facts (TAG_* bits, the left-of category in the low bits) and text facts (TEXT_* bits) per token. */
  tagFlags?: Uint16Array;
  textFlags?: Uint8Array;
  /** Tokens the model never scores (see `skippedToken` in cue-model.ts). */
  skipped?: Uint8Array;
  /**
   * Each token's text and tag as small numbers, for tables kept per word type and per tag (cue-scorer.ts):
   * `wordId` is valid for the cache generation `wordGeneration` (see `wordCacheGeneration`).
   */
  wordId?: Int32Array;
  tagId?: Uint16Array;
  wordGeneration?: number;
  /** The stage's own context: its arrays may live in the stage's buffer (stage-buffers.ts) instead of a new one. */
  stageRun?: boolean;
}

const KINDS = ['speech', 'cognition', 'intention', 'decree', 'evidence'];
const STANCES = ['neutral', 'endorsing', 'distancing', 'denial', 'questioning'];

/** Punctuation other than the colon (a PolNeAR cue before a quotation). */
export const SKIP_PUNCTUATION = /^[^\p{L}\p{N}:]+$/u;

const COMPLEMENTISERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what']);
const COMP_HASHES = new Set([...COMPLEMENTISERS].map(hashString));

/** Text flags. */
export const TEXT_COMMA = 1;
export const TEXT_COLON = 2;
export const TEXT_END = 4;
export const TEXT_CAPITAL = 8;
const TEXT_SKIP_PUNCTUATION = 16;
/** Word flag: the lower-cased word is a complementiser (by hash, as COMP_HASHES). */
export const WORD_COMP = 32;
/** Word flag: the lower-cased word is in the attitude or headline-verb lexicon (`headlineVerbAt` in find-cues.ts reads only such words and reporting verbs). */
export const WORD_HEADLINE_TERM = 64;
/** Word flag: the lower-cased word is a hearsay adverb ("reportedly": hearsay-adverbs.ts). */
export const WORD_HEARSAY = 128;

/** Everything the features read of a token's text, computed once per distinct text. */
interface WordInfo {
  /** `lowerWord` of the text. */
  lower: string;
  word: number;
  suffix: number;
  stem: number;
  wordClass: number;
  attitude: number;
  verbEntry: number;
  lexKind: number;
  lexStance: number;
  phraseStart: number;
  /** TEXT_* and WORD_COMP bits. */
  flags: number;
  /** The quote rules' word classes of `lower` (word-classes.ts `wordBits`). */
  rules: number;
  /** Texts in order of first sight since the cache was last cleared: 0, 1, 2... */
  id: number;
}
/** Token text -> its facts; cleared when it grows past WORD_CACHE_LIMIT entries (bounded memory: the scorer keeps some 280 bytes per word id, cue-scorer-tables.ts). */
const wordInfos = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 100_000;
/** Counts the clearings of `wordInfos`: word ids of one generation mean nothing in another. */
let generation = 0;

function wordInfo(token: Token): WordInfo {
  const text = token.text;
  let info = wordInfos.get(text);
  if (info !== undefined) return info;
  const { verbs, phrases, attitudes, headlineVerbs } = cueLexicon();
  const w = lowerWord(token);
  const verb = verbs.get(w);
  const attitude = attitudes.get(w);
  const word = hashString(w);
  const c = text.charCodeAt(0);
  let flags = 0;
  if (text === ',') flags |= TEXT_COMMA;
  if (text === ':') flags |= TEXT_COLON;
  if (text === '.' || text === '!' || text === '?') flags |= TEXT_END;
  if (c >= 65 && c <= 90) flags |= TEXT_CAPITAL;
  if (SKIP_PUNCTUATION.test(text)) flags |= TEXT_SKIP_PUNCTUATION;
  if (COMP_HASHES.has(word)) flags |= WORD_COMP;
  if (attitude || headlineVerbs.has(w)) flags |= WORD_HEADLINE_TERM;
  if (hearsayAdverbs().has(w)) flags |= WORD_HEARSAY;
  // Tokens from `tokenize` own their text, but a caller's tokens may be slices of their document.
  const key = ownString(text);
  info = {
    lower: w === text ? key : w,
    word,
    suffix: hashFrom(w, w.length > 3 ? w.length - 3 : 0),
    stem: hashString(stemOf(w)),
    wordClass: wordClasses().get(w) ?? 0,
    attitude: attitude ? hashString(attitude.id) | 1 : 0,
    verbEntry: verb ? hashString(verb.id) | 1 : 0,
    lexKind: verb ? 1 + KINDS.indexOf(verb.kind) : 0,
    lexStance: verb ? 1 + STANCES.indexOf(verb.stance) : 0,
    phraseStart: phrases.has(w) ? 1 : 0,
    flags,
    rules: wordBits(w),
    id: wordInfos.size,
  };
  wordInfos.set(key, info);
  return info;
}

/**
 * `wordInfo` by the pos stage's word-type id (`documentWordInfos`: one id is always the same word as
 * written, and ids are never reused), in a direct-mapped table in front of `wordInfos` (WordTypeSlots).
 * A token then costs a load instead of a lookup by its text in a map of strings (measured: 1.4% of
 * the pipeline's time on the example articles). Emptied with `wordInfos`.
 */
const byWordType = new WordTypeSlots<WordInfo>();

function wordInfoOf(id: number, token: Token): WordInfo {
  const kept = byWordType.get(id);
  if (kept !== undefined) return kept;
  const info = wordInfo(token);
  byWordType.set(id, info);
  return info;
}

/** Computes the per-token hashes once per document (each distinct text's facts once per process). */
export function prepareFeatures(ctx: CueFeatureContext): void {
  if (ctx.word) return;
  const n = ctx.tokens.length;
  // Cleared between documents, never inside one: the word ids of a document's tokens are all of one generation.
  if (wordInfos.size >= WORD_CACHE_LIMIT) {
    wordInfos.clear();
    byWordType.clear();
    generation++;
  }
  ctx.wordGeneration = generation;
  // Fifteen per-token arrays as views on one buffer: a typed array of more than
  // 64 bytes gets memory of its own outside the heap, about a microsecond each to allocate and more to
  // collect, and views on one buffer cost one such allocation. 32-bit arrays first, then 16, then 8.
  // Every element of every array is written below, so the stage's kept buffer serves as well as a new one.
  const buffer = ctx.stageRun ? stageBuffer(FACTS_BUFFER, 41 * n) : new ArrayBuffer(41 * n);
  const int32 = (k: number): Int32Array => new Int32Array(buffer, 4 * n * k, n);
  const wordId = (ctx.wordId = int32(0));
  const attitude = (ctx.attitude = int32(1));
  const verbEntry = (ctx.verbEntry = int32(2));
  const word = (ctx.word = int32(3));
  const tag = (ctx.tag = int32(4));
  const suffix = (ctx.suffix = int32(5));
  const wordClass = (ctx.wordClass = int32(6));
  const stem = (ctx.stem = int32(7));
  const tagId = (ctx.tagId = new Uint16Array(buffer, 32 * n, n));
  const tagFlags = (ctx.tagFlags = new Uint16Array(buffer, 34 * n, n));
  const lexKind = (ctx.lexKind = new Uint8Array(buffer, 36 * n, n));
  const lexStance = (ctx.lexStance = new Uint8Array(buffer, 37 * n, n));
  const phraseStart = (ctx.phraseStart = new Uint8Array(buffer, 38 * n, n));
  const textFlags = (ctx.textFlags = new Uint8Array(buffer, 39 * n, n));
  const skipped = (ctx.skipped = new Uint8Array(buffer, 40 * n, n));
  // The tokens' lower-cased words and word classes, for the quote rules' `lowerAt` and `bitsAt` (word-classes.ts).
  const lower = new Array<string>(n);
  const rules = wordBitsScratch(n);
  // The pos stage's word types, when it has described these tokens (the pipeline's): described here
  // instead, a caller's tokens would each cost the pos stage's lookup, and its cache would keep their texts.
  const posIds = rememberedPosTags(ctx.tokens);
  const types = posIds !== undefined ? documentWordInfos(ctx.tokens) : undefined;
  const byPosId = posIds !== undefined && posIds.length === n;
  for (let i = 0; i < n; i++) {
    const token = ctx.tokens[i]!;
    const info = types ? wordInfoOf(types[i]!.id, token) : wordInfo(token);
    const t = byPosId ? tagInfoOf(posIds[i]!, token.pos) : tagInfo(token.pos);
    wordClass[i] = info.wordClass;
    stem[i] = info.stem;
    word[i] = info.word;
    tag[i] = t.hash;
    suffix[i] = info.suffix;
    attitude[i] = info.attitude;
    verbEntry[i] = info.verbEntry;
    lexKind[i] = info.lexKind;
    lexStance[i] = info.lexStance;
    phraseStart[i] = info.phraseStart;
    tagFlags[i] = t.flags;
    textFlags[i] = info.flags;
    wordId[i] = info.id;
    lower[i] = info.lower;
    rules[i] = info.rules;
    tagId[i] = t.id;
    skipped[i] = ctx.insideQuote[i]! >= 0 || t.flags & TAG_NEVER_CUE || info.flags & TEXT_SKIP_PUNCTUATION ? 1 : 0;
  }
  keepLowerWords(ctx.tokens, lower, rules);
}

/** A crude stem: enough to join the inflections of a verb or noun. */
function stemOf(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3).replace(/e$/, '');
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2).replace(/e$/, '');
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2).replace(/e$/, '');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1).replace(/e$/, '');
  if (w === 'said') return 'say';
  return w.replace(/e$/, '');
}
