/**
 * What the framing model reads of an article, computed once: the tokens lower-cased and hashed, which
 * have a letter or digit, which sit inside quotation marks, how often each word occurs (repetition),
 * and which lexicon cues cover each token. Built from the structure layers, so the stage and the
 * evaluation see the same thing. What depends on a word alone comes from the table of word types
 * (word-types.ts), copied per token.
 */
import type { Sentence, Token } from '../../../model/layers/structure.js';
import { documentWordInfos } from '../../pos/describe-sentence.js';
import { scratchI32, scratchI8, scratchU16, scratchU8, scratchU32 } from './scratch.js';
import { hashString } from './feature-hash.js';
import type { FirstNodes } from '../match-phrases.js';
import type { CueHit, NameHit } from '../framing-lexicons.js';
import { BLOCK, COUNT_KEY, FLAGS, FORM_KEY, HASH, ROW, SUFFIX_SLOT, VALENCE, WordTypes } from './word-types.js';

export interface ArticleContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Lower-cased token texts, curly apostrophes straightened. */
  words: string[];
  /** Per token: the FNV-1a hash of its word (pos/hash.ts). */
  wordHash: Uint32Array;
  /** Per token: its word's form key (word-types.ts): equal keys, equal hashes. */
  formKey: Int32Array;
  /** Per token: 1 when its word has a letter or digit. */
  isWord: Uint8Array;
  /** Per token: inside a pair of quotation marks. */
  quoted: Uint8Array;
  /** Per token: occurrences of its word in the article (at most 65535). */
  wordCount: Uint16Array;
  /** Per token: the span model's word block, suffix slot (-1: none) and shape (si-features.ts). */
  block: Int32Array;
  suffixSlot: Int32Array;
  shape: Uint8Array;
  /** Per token: its word's traits (word-types.ts `TRAIT_` bits), so the features need not read the word's string. */
  traits: Uint8Array;
  /** Per token: the AFINN-165 valence of its word (0 when unrated). */
  valence: Int8Array;
  /** Per token: its word's roles in the cue and name phrases (match-phrases.ts `phraseRoles`). */
  starts: Uint8Array;
  /**
   * Per token: the cue kinds (technique names) of lexicon entries covering it; empty for most. Without
   * `cues` given to `buildArticleContext`, an empty list until the caller sets `matchContextCues`'s
   * (match-cues.ts), which read the rest of the context.
   */
  cues: ReadonlyArray<readonly string[]>;
  /**
   * Per token: its word's row in the table of word types (word-types.ts), of the table's generation
   * `typeGeneration`. Within one generation a row is always the same word (rows are only added), so a
   * per-row cache that notes the generation needs no string lookup (technique-scorer.ts).
   */
  typeRow: Int32Array;
  typeGeneration: number;
}

/**
 * The cues of a context built without them: no token's, until the caller sets them. Both callers set
 * `matchContextCues`'s at once; a list of n empty lists made here was thrown away (its fill, a C++
 * builtin, .07% of all ticks).
 */
const NO_TOKEN_CUES: ReadonlyArray<readonly string[]> = [];

const types = new WordTypes();
/**
 * Per key of word-types.ts, `KEY_MARKS` integers from `key * KEY_MARKS`: the serial of the article
 * counted (`COUNTED_IN`), its occurrences in that article (`COUNT`, valid where `COUNTED_IN` is the
 * article's serial) and the serial of the sentence that last listed the word as a sentence feature
 * (`LISTED_IN`, si-features.ts). Keys are drawn at random from the table's range, so the three sit
 * together: one cache miss a token, not three.
 */
export let keyMarks: Int32Array = new Int32Array(4096);
export const KEY_MARKS = 4;
const COUNTED_IN = 0;
const COUNT = 1;
export const LISTED_IN = 2;
let articleSerial = 0;

/** `keyMarks` with room for keys below `limit` (its marks kept). */
export function keyMarksFor(limit: number): Int32Array {
  if (limit * KEY_MARKS > keyMarks.length) {
    const next = new Int32Array(Math.max(2 * keyMarks.length, limit * KEY_MARKS));
    next.set(keyMarks);
    keyMarks = next;
  }
  return keyMarks;
}

/**
 * Builds the context; `cues` comes from the lexicon matcher (one list per token). With `reuse`, the
 * typed arrays are scratch (scratch.ts): the context is valid until the next one built with `reuse`.
 */
export function buildArticleContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cues?: ReadonlyArray<readonly string[]>, reuse = false): ArticleContext {
  const n = tokens.length;
  const infos = documentWordInfos(tokens);
  const words = new Array<string>(n);
  const wordHash = reuse ? scratchU32.takeForWriting('wordHash', n) : new Uint32Array(n);
  const formKey = reuse ? scratchI32.takeForWriting('formKey', n) : new Int32Array(n);
  const isWord = reuse ? scratchU8.takeForWriting('isWord', n) : new Uint8Array(n);
  const block = reuse ? scratchI32.takeForWriting('block', n) : new Int32Array(n);
  const suffixSlot = reuse ? scratchI32.takeForWriting('suffixSlot', n) : new Int32Array(n);
  const shape = reuse ? scratchU8.takeForWriting('shape', n) : new Uint8Array(n);
  const valence = reuse ? scratchI8.takeForWriting('contextValence', n) : new Int8Array(n);
  const starts = reuse ? scratchU8.takeForWriting('starts', n) : new Uint8Array(n);
  const keys = scratchI32.takeForWriting('countKeys', n);
  types.reserve(n);
  const traits = reuse ? scratchU8.takeForWriting('traits', n) : new Uint8Array(n);
  const typeRow = reuse ? scratchI32.takeForWriting('typeRow', n) : new Int32Array(n);
  const marks = keyMarksFor(types.keyLimit + n);
  const serial = ++articleSerial;
  // Read after `reserve`, which may grow the table.
  const values = types.values;
  for (let i = 0; i < n; i++) {
    const row = types.rowOf(infos[i]!, tokens[i]!.text);
    typeRow[i] = row;
    const at = row * ROW;
    words[i] = types.form[row]!;
    wordHash[i] = values[at + HASH]!;
    formKey[i] = values[at + FORM_KEY]!;
    block[i] = values[at + BLOCK]!;
    suffixSlot[i] = values[at + SUFFIX_SLOT]!;
    const flags = values[at + FLAGS]!;
    isWord[i] = flags & 1;
    shape[i] = (flags >> 1) & 3;
    traits[i] = (flags >> 3) & 15;
    starts[i] = flags >> 8;
    valence[i] = values[at + VALENCE]!;
    const key = values[at + COUNT_KEY]!;
    keys[i] = key;
    const mark = key * KEY_MARKS;
    if (marks[mark + COUNTED_IN] !== serial) {
      marks[mark + COUNTED_IN] = serial;
      marks[mark + COUNT] = 0;
    }
    marks[mark + COUNT] = marks[mark + COUNT]! + 1;
  }
  const wordCount = reuse ? scratchU16.takeForWriting('wordCount', n) : new Uint16Array(n);
  for (let i = 0; i < n; i++) wordCount[i] = Math.min(65535, marks[keys[i]! * KEY_MARKS + COUNT]!);
  const quoted = markQuoted(text, tokens, isWord, reuse ? scratchU8.take('quoted', n) : new Uint8Array(n));
  return { text, tokens, sentences, words, wordHash, formKey, isWord, quoted, wordCount, block, suffixSlot, shape, traits, valence, starts, cues: cues ?? NO_TOKEN_CUES, typeRow, typeGeneration: types.clears };
}

/**
 * The first trie nodes of the context's words in the cue phrases (match-phrases.ts `matchPhrases`),
 * or undefined when the table of word types was emptied after the context was built (its rows then
 * hold other words).
 */
export function cueFirstNodes(ctx: ArticleContext): FirstNodes<CueHit> | undefined {
  return ctx.typeGeneration === types.clears ? { rows: ctx.typeRow, nodes: types.cueFirst } : undefined;
}

/** `cueFirstNodes` for the contested-name phrases. */
export function nameFirstNodes(ctx: ArticleContext): FirstNodes<NameHit> | undefined {
  return ctx.typeGeneration === types.clears ? { rows: ctx.typeRow, nodes: types.nameFirst } : undefined;
}

/** Whether `word` (as in `words`) occurs in the article: a word of the same hash does (a hash of 0 counts as 1, as repetition counts do). */
export function hasWord(ctx: ArticleContext, word: string): boolean {
  const key = hashString(word) || 1;
  const hashes = ctx.wordHash;
  for (let i = 0; i < hashes.length; i++) if ((hashes[i]! || 1) === key) return true;
  return false;
}

/**
 * Marks tokens between quotation marks. Curly marks open and close by shape; a straight double quote
 * toggles. A line break closes any open quote, since PTC-style texts and news paragraphs rarely carry a
 * quote across lines without reopening it.
 */
function markQuoted(text: string, tokens: readonly Token[], isWord: Uint8Array, quoted: Uint8Array): Uint8Array {
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    // Open at token i means a mark opened before it: i > 0. Words are never marks, so only an open
    // quote reads their offsets.
    if (open && hasLineBreak(text, tokens[i - 1]!.end, tokens[i]!.start)) open = false;
    if (!isWord[i]) {
      const t = tokens[i]!;
      if (t.text.length === 1) {
        const c = t.text.charCodeAt(0);
        if (c === 0x201c || c === 0xab || c === 0x201e) { open = true; continue; } // “ « „
        if (c === 0x201d || c === 0xbb) { open = false; continue; } // ” »
        if (c === 0x22) { open = !open; continue; } // "
      }
    }
    if (open) quoted[i] = 1;
  }
  return quoted;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
