/**
 * Longest-match lookup of lexicon phrases over token sequences. Terms are tokenised with the same
 * tokenizer as the text and compared in normalised form (lower case, ASCII quotes), so "People's
 * Republic of Donetsk" matches "People’s Republic of Donetsk" and "U.N." matches "U.N.".
 */
import { tokenize } from '../structure/tokenize.js';
import { normaliseWord } from '../pos/describe-words.js';
import { hashString } from '../pos/hash.js';
import { U32Map } from '../pos/u32-map.js';

interface Phrase<V> {
  words: string[];
  /** The term's tokens as written, for case-sensitive entries. */
  raw: string[];
  value: V;
  caseSensitive: boolean;
}

/** A token as written (the tokens layer's `Token`). */
interface WrittenWord {
  text: string;
}

/** `PhraseIndex.firstFilter`: 128 words of 32 bits, the word picked by the top 7 bits of the multiplied hash. */
const FILTER_WORDS = 128;
const FILTER_SHIFT = 25;
const FILTER_MULTIPLIER = 0x9e3779b1 | 0;

export interface PhraseMatch<V> {
  end: number;
  value: V;
}

export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, Array<Phrase<V>>>();
  /** Hashes of the normalised first words (as `SentenceWords.word`), for a lookup without strings. */
  private readonly firstHashes = new U32Map(256);
  /**
   * One bit per first word's hash (4,096 bits, 512 bytes): `mayStart` is asked of every token of a
   * document, and most start no phrase. This array stays in cache where `firstHashes` (8 KB for the
   * aliases) does not (.3% of all ticks under `mayStart`). No false negatives.
   */
  private readonly firstFilter = new Int32Array(FILTER_WORDS);

  add(term: string, value: V, caseSensitive = false): void {
    const raw = tokenize(term).map((t) => t.text);
    if (raw.length === 0) return;
    const words = raw.map(normaliseWord);
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, raw, value, caseSensitive });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
    const hash = hashString(words[0]!);
    this.firstHashes.set(hash, 1);
    const f = Math.imul(hash | 0, FILTER_MULTIPLIER);
    this.firstFilter[f >>> FILTER_SHIFT]! |= 1 << (f & 31);
  }

  /**
   * False when no phrase starts with the word whose normalised form hashes to `hash` (the
   * `SentenceWords.word` of a token): a cheap test before `match` in loops over every token.
   */
  mayStart(hash: number): boolean {
    const f = Math.imul(hash | 0, FILTER_MULTIPLIER);
    if ((this.firstFilter[f >>> FILTER_SHIFT]! & (1 << (f & 31))) === 0) return false;
    return this.firstHashes.get(hash) >= 0;
  }

  /**
   * The longest phrase starting at token `i` and ending at or before `limit`. `tokens` give the words
   * as written, for case-sensitive phrases; `cased` false skips those phrases entirely. (The tokens
   * themselves, not a function reading them: each rule made its own closure per call for that, and
   * the call here went megamorphic.)
   */
  match(norm: readonly string[], i: number, limit: number, tokens: readonly WrittenWord[], cased: boolean): PhraseMatch<V> | undefined {
    const list = this.byFirst.get(norm[i]!);
    if (!list) return undefined;
    outer: for (const p of list) {
      const end = i + p.words.length;
      if (end > limit) continue;
      if (p.caseSensitive && !cased) continue;
      for (let k = 1; k < p.words.length; k++) if (norm[i + k] !== p.words[k]) continue outer;
      if (p.caseSensitive) for (let k = 0; k < p.raw.length; k++) if (tokens[i + k]!.text !== p.raw[k]) continue outer;
      return { end, value: p.value };
    }
    return undefined;
  }

  /** Whether the phrase is exactly tokens `[i, end)`. */
  matchExactly(norm: readonly string[], i: number, end: number, tokens: readonly WrittenWord[], cased: boolean): V | undefined {
    const m = this.match(norm, i, end, tokens, cased);
    return m?.end === end ? m.value : undefined;
  }
}
