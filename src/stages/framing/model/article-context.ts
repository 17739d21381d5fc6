/**
 * What the framing model reads of an article, computed once: the tokens lower-cased and hashed, which
 * have a letter or digit, which sit inside quotation marks, how often each word occurs (repetition),
 * and which lexicon cues cover each token. Built from the structure layers, so the stage and the
 * evaluation see the same thing.
 */
import type { Sentence, Token } from '../../../model/layers/structure.js';
import { U32Map } from '../../pos/u32-map.js';
import { scratchU16, scratchU8, scratchU32 } from './scratch.js';
import { hashString } from './feature-hash.js';
import { matchForm } from '../match-phrases.js';

export interface ArticleContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Lower-cased token texts, curly apostrophes straightened. */
  words: string[];
  /** Per token: the FNV-1a hash of its word (pos/hash.ts). */
  wordHash: Uint32Array;
  /** Per token: 1 when its word has a letter or digit. */
  isWord: Uint8Array;
  /** Per token: inside a pair of quotation marks. */
  quoted: Uint8Array;
  /** Per token: occurrences of its word in the article (at most 65535). */
  wordCount: Uint16Array;
  /** Occurrences per word hash; `hasWord` asks it. */
  wordCounts: U32Map;
  /** Per token: the cue kinds (technique names) of lexicon entries covering it; empty for most. */
  cues: ReadonlyArray<readonly string[]>;
}

const NO_CUES: readonly string[] = [];
const WORD = /[\p{L}\p{N}]/u;

/**
 * Builds the context; `cues` comes from the lexicon matcher (one list per token). With `reuse`, the
 * typed arrays are scratch (scratch.ts): the context is valid until the next one built with `reuse`.
 */
export function buildArticleContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cues?: ReadonlyArray<readonly string[]>, reuse = false): ArticleContext {
  const n = tokens.length;
  const words = new Array<string>(n);
  const wordHash = reuse ? scratchU32.take('wordHash', n) : new Uint32Array(n);
  const isWord = reuse ? scratchU8.take('isWord', n) : new Uint8Array(n);
  const wordCounts = reuse ? reusedCounts(n) : new U32Map(n);
  for (let i = 0; i < n; i++) {
    const w = matchForm(tokens[i]!.text);
    words[i] = w;
    const h = hashString(w);
    wordHash[i] = h;
    isWord[i] = hasLetterOrDigit(w) ? 1 : 0;
    // U32Map keys must be non-zero: a word hashing to 0 (one in 2^32) is counted under 1.
    const key = h || 1;
    const seen = wordCounts.get(key);
    wordCounts.set(key, seen < 0 ? 1 : seen + 1);
  }
  const wordCount = reuse ? scratchU16.take('wordCount', n) : new Uint16Array(n);
  for (let i = 0; i < n; i++) wordCount[i] = Math.min(65535, wordCounts.get(wordHash[i]! || 1));
  const quoted = markQuoted(text, tokens, reuse ? scratchU8.take('quoted', n) : new Uint8Array(n));
  return { text, tokens, sentences, words, wordHash, isWord, quoted, wordCount, wordCounts, cues: cues ?? new Array<readonly string[]>(n).fill(NO_CUES) };
}

let countsMap: U32Map | undefined;

/** The word-count map for a context built with `reuse`, emptied (a new one when the last is small). */
function reusedCounts(n: number): U32Map {
  // U32Map(n) holds n keys without growing; one made for more is cleared instead of replaced.
  if (!countsMap || countsCapacity < n) {
    countsMap = new U32Map(Math.max(n, 1024));
    countsCapacity = Math.max(n, 1024);
  } else countsMap.clear();
  return countsMap;
}
let countsCapacity = 0;

/** Whether `word` (as in `words`) occurs in the article. */
export function hasWord(ctx: ArticleContext, word: string): boolean {
  return ctx.wordCounts.get(hashString(word) || 1) > 0;
}

/** `/[\p{L}\p{N}]/u.test(w)`, without the regex for ASCII. */
function hasLetterOrDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return WORD.test(w);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

/**
 * Marks tokens between quotation marks. Curly marks open and close by shape; a straight double quote
 * toggles. A line break closes any open quote, since PTC-style texts and news paragraphs rarely carry a
 * quote across lines without reopening it.
 */
function markQuoted(text: string, tokens: readonly Token[], quoted: Uint8Array): Uint8Array {
  let open = false;
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (open && hasLineBreak(text, lastEnd, t.start)) open = false;
    lastEnd = t.end;
    if (t.text.length === 1) {
      const c = t.text.charCodeAt(0);
      if (c === 0x201c || c === 0xab || c === 0x201e) { open = true; continue; } // “ « „
      if (c === 0x201d || c === 0xbb) { open = false; continue; } // ” »
      if (c === 0x22) { open = !open; continue; } // "
    }
    if (open) quoted[i] = 1;
  }
  return quoted;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
