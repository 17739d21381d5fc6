/**
 * Gazetteer features for the NER tagger: phrases (sequences of normalised words) with a bit mask of
 * lists they belong to. The lists are built by scripts/train-ner.ts (names seen in the training data
 * by type, GeoNames cities, countries, demonyms) and stored as hashes only, in
 * `src/data/models/ner-gazetteer.bin.gz`. Matching walks phrase prefixes, so a word that starts no
 * phrase costs one lookup.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { mix32 } from '../../pos/hash.js';
import { U32Map } from '../../pos/u32-map.js';
import type { SentenceWords } from '../../pos/describe-words.js';

/** The lists, one bit each. */
export const GAZ_LISTS = ['PER', 'ORG', 'LOC', 'MISC', 'CITY', 'COUNTRY', 'DEMONYM', 'PERSON_NAME'] as const;
/** Bit set on a phrase hash that is also the prefix of a longer phrase. */
const PREFIX_BIT = 1 << 15;
export const MAX_PHRASE = 6;

/** Hash of a phrase continued by one more word. */
export function extendPhrase(phrase: number, word: number): number {
  return phrase === 0 ? mix32(77, word) : mix32(78, phrase, word);
}

// Masks of the sentence being matched, reused from call to call (no typed arrays made per sentence).
let unitBuffer = new Uint16Array(256);
let beginBuffer = new Uint16Array(256);
let insideBuffer = new Uint16Array(256);
const matched = { unit: unitBuffer, begin: beginBuffer, inside: insideBuffer };
const FILTER_MULTIPLIER = 0x9e3779b1 | 0;

export class Gazetteer {
  readonly phrases = new U32Map(1 << 15);
  /**
   * One bit per hash of each one-word prefix (16 bits per phrase, built on first match): most words
   * start no phrase, and this small array, unlike the phrase table, stays in cache.
   */
  private firstWords: Int32Array | undefined;
  private firstShift = 0;

  /** Adds a phrase (its words' hashes) to the lists in `mask`. */
  add(words: ArrayLike<number>, mask: number): void {
    this.firstWords = undefined;
    let h = 0;
    const n = Math.min(words.length, MAX_PHRASE);
    for (let i = 0; i < n; i++) {
      h = extendPhrase(h, words[i]!);
      const bits = Math.max(0, this.phrases.get(h)) | (i === n - 1 ? mask : PREFIX_BIT);
      this.phrases.set(h, bits);
    }
  }

  /**
   * Per token, three masks of lists: the token is a one-word phrase (`unit`), begins a longer phrase
   * (`begin`), or continues one (`inside`). Longer phrases win where they overlap shorter ones.
   * The arrays (and the object holding them) are valid until the next call, and may be longer than
   * the sentence: read `[0, s.length)`. With `flags`, token i is tried only when `flags[i] & mayStartBit`
   * (the caller's copy of `mayStart` for its word).
   */
  match(s: SentenceWords, flags?: Uint8Array, mayStartBit = 0): { unit: Uint16Array; begin: Uint16Array; inside: Uint16Array } {
    const n = s.length;
    // Buffers reused from call to call: the tagger reads a sentence's masks before the next sentence.
    if (unitBuffer.length < n) {
      unitBuffer = new Uint16Array(2 * n);
      beginBuffer = new Uint16Array(2 * n);
      insideBuffer = new Uint16Array(2 * n);
    }
    const unit = unitBuffer;
    const begin = beginBuffer;
    const inside = insideBuffer;
    // Cleared in a loop, not with `fill`: TypedArray fill calls into V8's C++ runtime, three calls
    // per sentence (.10% of all ticks under match).
    for (let i = 0; i < n; i++) {
      unit[i] = 0;
      begin[i] = 0;
      inside[i] = 0;
    }
    for (let i = 0; i < n; i++) {
      if (flags !== undefined ? (flags[i]! & mayStartBit) === 0 : !this.mayStart(s.word[i]!)) continue;
      let h = 0;
      for (let j = i; j < n && j - i < MAX_PHRASE; j++) {
        h = extendPhrase(h, s.word[j]!);
        const bits = this.phrases.get(h);
        if (bits < 0) break;
        const lists = bits & ~PREFIX_BIT;
        if (lists !== 0) {
          if (j === i) unit[i]! |= lists;
          else {
            begin[i]! |= lists;
            for (let k = i + 1; k <= j; k++) inside[k]! |= lists;
          }
        }
        if ((bits & PREFIX_BIT) === 0) break;
      }
    }
    matched.unit = unit;
    matched.begin = begin;
    matched.inside = inside;
    return matched;
  }

  /**
   * False when no phrase starts with the word whose normalised form hashes to `word` (a
   * `SentenceWords.word`); true may be a false positive.
   */
  mayStart(word: number): boolean {
    const first = this.firstWords ?? this.buildFirstWords();
    const f = Math.imul(extendPhrase(0, word), FILTER_MULTIPLIER);
    return (first[f >>> this.firstShift]! & (1 << (f & 31))) !== 0;
  }

  private buildFirstWords(): Int32Array {
    let words = 32;
    while (words * 32 < this.phrases.size * 16) words *= 2;
    const filter = new Int32Array(words);
    const shift = 32 - Math.log2(words);
    // Every phrase key is in the filter (a superset of the one-word prefixes: simpler, still small).
    this.phrases.forEach((_, key) => {
      const f = Math.imul(key | 0, FILTER_MULTIPLIER);
      filter[f >>> shift]! |= 1 << (f & 31);
    });
    this.firstWords = filter;
    this.firstShift = shift;
    return filter;
  }

  /** The lists a whole phrase (its words' hashes) belongs to, as a bit mask (0: none). */
  lists(words: ArrayLike<number>): number {
    let h = 0;
    for (let i = 0; i < words.length; i++) h = extendPhrase(h, words[i]!);
    return Math.max(0, this.phrases.get(h)) & ~PREFIX_BIT;
  }

  encode(): Buffer {
    const buf = Buffer.alloc(4 + this.phrases.size * 6);
    buf.writeUInt32LE(this.phrases.size, 0);
    let k = 4;
    let v = 4 + this.phrases.size * 4;
    this.phrases.forEach((bits, key) => {
      buf.writeUInt32LE(key, k);
      buf.writeUInt16LE(bits, v);
      k += 4;
      v += 2;
    });
    return gzipSync(buf, { level: 9 });
  }

  static decode(file: Uint8Array): Gazetteer {
    const buf = gunzipSync(file);
    const n = buf.readUInt32LE(0);
    const g = new Gazetteer();
    for (let i = 0; i < n; i++) g.phrases.set(buf.readUInt32LE(4 + i * 4), buf.readUInt16LE(4 + n * 4 + i * 2));
    return g;
  }
}
