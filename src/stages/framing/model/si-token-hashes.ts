/**
 * The per-token values of an article that the span-identification features (si-features.ts) are built
 * from, read once per article: tag slots, word-pair blocks, repetition and cue hashes. Split from the
 * templates so each file reads as one thing; the slots (and so the trained weights) are the same.
 */
import { TRAIT_LONG } from './word-types.js';
import { scratchI32, scratchU8 } from './scratch.js';
import { rememberedPosTags } from '../../pos/describe-sentence.js';
import { hashString, pairBlock, slot } from './feature-hash.js';
import { BOUNDARY, END, T } from './si-features.js';
import type { ArticleContext } from './article-context.js';

/** Per-token values the features are built from, computed once per article. */
export interface TokenHashes {
  word: Uint32Array;
  /** First slot of the word's block. */
  block: Int32Array;
  /** First slot of the block of (previous word or sentence start, word). */
  pairEnd: Int32Array;
  /** First slot of the block of (word, next word or sentence end). */
  pairStart: Int32Array;
  /** Slot of the tag feature (the token's tag); `prevTag` / `nextTag`: of the token's tag seen from the next / previous token. */
  tag: Int32Array;
  prevTag: Int32Array;
  nextTag: Int32Array;
  /** Slot of the suffix feature, or -1 for none. */
  suffix: Int32Array;
  /** 1 for tokens with a letter or digit. */
  isWord: Uint8Array;
  /** Shape: 1 punctuation, 2 all capitals, 3 first letter changed by lower-casing (capitalised), 0 other. */
  shape: Uint8Array;
  /** Value of the repetition feature (occurrences in the article, at most 4), or 0 for none. */
  repeated: Uint8Array;
  /** Per token: hashes of its cue kinds (usually empty). */
  cues: ReadonlyArray<readonly number[]>;
  /** Per token: its word's form key (equal keys, equal word hashes; word-types.ts). */
  formKey: Int32Array;
}

const NO_CUES: readonly number[] = [];

/** Cue kinds are a small closed set (lexicons, entry ids, techniques, valence bands): hash each once. */
const cueHashes = new Map<string, number>();
function cueHash(kind: string): number {
  let h = cueHashes.get(kind);
  if (h === undefined) cueHashes.set(kind, (h = hashString(kind)));
  return h;
}

/** The tag features' slots of one part-of-speech tag: as the token's tag, the previous token's, the next's. */
interface TagSlots {
  name: string;
  tag: number;
  prev: number;
  next: number;
}

/** Tags are a closed set: their slots are mixed once each. */
const tagSlots = new Map<string, TagSlots>();
function tagSlotsOf(tag: string): TagSlots {
  let slots = tagSlots.get(tag);
  if (slots === undefined) {
    const h = hashString(tag);
    tagSlots.set(tag, (slots = { name: tag, tag: slot(T.tag, h), prev: slot(T.prevTag, h), next: slot(T.nextTag, h) }));
  }
  return slots;
}

/**
 * The slots of each tag by the pos stage's class id (`rememberedPosTags`), met so far: an array read
 * instead of a string lookup per token. An entry is used only when its tag is the token's own (a
 * token whose tag was changed after tagging, or an id of another class list, takes the lookup).
 */
const tagSlotsById: Array<TagSlots | undefined> = [];

/** Cue kinds come in shared lists (one per valence band, one per lexicon entry): each list's hashes are kept with it. */
const cueListHashes = new WeakMap<readonly string[], readonly number[]>();
function cueListHash(kinds: readonly string[]): readonly number[] {
  let hashes = cueListHashes.get(kinds);
  if (hashes === undefined) cueListHashes.set(kinds, (hashes = kinds.map(cueHash)));
  return hashes;
}

/**
 * Reads the per-token values of an article the features are built from: word blocks, suffix slots
 * and shapes come from the context (word-types.ts works them out once per word type); the tag slots,
 * word pairs, repetition and cues are per token. With `reuse`, the arrays are scratch (scratch.ts),
 * valid until the next call with `reuse`.
 */
export function hashTokens(ctx: ArticleContext, reuse = false): TokenHashes {
  const n = ctx.tokens.length;
  const tag = reuse ? scratchI32.takeForWriting('tag', n) : new Int32Array(n);
  const prevTag = reuse ? scratchI32.takeForWriting('prevTag', n) : new Int32Array(n);
  const nextTag = reuse ? scratchI32.takeForWriting('nextTag', n) : new Int32Array(n);
  const repeated = reuse ? scratchU8.take('repeated', n) : new Uint8Array(n);
  const cues: Array<readonly number[]> = new Array<readonly number[]>(n);
  const ids = rememberedPosTags(ctx.tokens);
  const known = ids !== undefined && ids.length === n;
  for (let i = 0; i < n; i++) {
    const pos = ctx.tokens[i]!.pos ?? '';
    let slots = known ? tagSlotsById[ids[i]!] : undefined;
    if (slots === undefined || slots.name !== pos) {
      slots = tagSlotsOf(pos);
      if (known && tagSlotsById[ids[i]!] === undefined) tagSlotsById[ids[i]!] = slots;
    }
    tag[i] = slots.tag;
    prevTag[i] = slots.prev;
    nextTag[i] = slots.next;
    if (ctx.isWord[i] && ctx.traits[i]! & TRAIT_LONG) repeated[i] = Math.min(ctx.wordCount[i]!, 4);
    const kinds = ctx.cues[i]!;
    cues[i] = kinds.length === 0 ? NO_CUES : cueListHash(kinds);
  }
  const word = ctx.wordHash;
  const pairEnd = reuse ? scratchI32.take('pairEnd', n) : new Int32Array(n);
  const pairStart = reuse ? scratchI32.take('pairStart', n) : new Int32Array(n);
  for (const sentence of ctx.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      pairEnd[i] = pairBlock(i > sentence.tokenStart ? word[i - 1]! : BOUNDARY, word[i]!);
      if (i > sentence.tokenStart) pairStart[i - 1] = pairEnd[i]!;
    }
    if (sentence.tokenEnd > sentence.tokenStart) pairStart[sentence.tokenEnd - 1] = pairBlock(word[sentence.tokenEnd - 1]!, END);
  }
  return { word, block: ctx.block, pairEnd, pairStart, tag, prevTag, nextTag, suffix: ctx.suffixSlot, isWord: ctx.isWord, shape: ctx.shape, repeated, cues, formKey: ctx.formKey };
}
