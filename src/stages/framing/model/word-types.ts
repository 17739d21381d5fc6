/**
 * What the framing stage reads of a word as written, worked out once per word type and kept across
 * articles: its match form (lower case, straight apostrophe), the form's hash, whether it has a letter
 * or digit, its span-model values (word block, suffix slot, shape), its AFINN-165 valence and whether
 * a cue or contested-name phrase can start with it. Words recur (Zipf), so most tokens of an article
 * cost one integer probe here instead of lower-casing, hashing and four table probes per token.
 *
 * Rows are keyed by the pos stage's word-type id (`documentWordInfos`: one id is always the same word
 * as written, and ids are never reused), so a lookup hashes no string. Each row depends on its word
 * alone, never on an article. The table is emptied when full (at the start of an article, so the rows
 * an article's tokens point at stay valid while its context is built); callers copy what they need
 * into per-article arrays.
 */
import type { WordInfo } from '../../pos/describe-words.js';
import { U32Map } from '../../pos/u32-map.js';
import { hasLetterOrDigit } from '../../structure/letter-or-digit.js';
import { hashString, wordBlock } from './feature-hash.js';
import { firstNode, matchForm, phraseRoles, type TrieNode } from '../match-phrases.js';
import { framingLexicons, STARTS_CUE, STARTS_NAME, type CueHit, type NameHit } from '../framing-lexicons.js';
import { valenceOfForm } from '../match-cues.js';
import { suffixSlotOf, shapeOf } from './si-features.js';

/**
 * Where a row's values sit in `WordTypes.values`, a row being `ROW` integers (32 bytes, one cache
 * line): building an article's context reads every value of a token's row, so they are side by side
 * (in ten arrays, as they were, a token of a cold table cost up to ten cache misses).
 */
export const HASH = 0;
/** Key of the form's hash (0 for the hash 0): equal keys, equal hashes. */
export const FORM_KEY = 1;
/** The key a repetition count goes under: the hash 0 is counted with the hash 1, as before keys. */
export const COUNT_KEY = 2;
export const BLOCK = 3;
/** Slot of the suffix feature, or -1 for none. */
export const SUFFIX_SLOT = 4;
/** Bit 0: the word has a letter or digit; bits 1-2: its shape; bits 3-6: its `TRAIT_` bits; bits 8-15: its roles in the cue and name phrases (`phraseRoles`, STARTS_CUE and STARTS_NAME bits). */
export const FLAGS = 5;
export const VALENCE = 6;
export const ROW = 8;

/** Traits of a form the span model's features test (si-features.ts), as bits: it is "!", it is "?", it has more than three characters. */
export const TRAIT_EXCLAMATION = 1;
export const TRAIT_QUESTION = 2;
export const TRAIT_LONG = 4;
/** The form is a negator of the tone score (`NEGATORS`): score-tone.ts reads it per token instead of a set probe per word before each rated word. */
export const TRAIT_NEGATOR = 8;

/** Words that flip the sign of a rated word after them in the tone score (as match forms). Here, not in score-tone.ts, so that neither module imports the other. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', "n't", 'without', 'nor']);

export class WordTypes {
  /** Row of each word-type id. */
  private readonly rows = new U32Map(1024);
  /**
   * Key of each form hash (non-zero): forms are counted and told apart by their hash, as the model
   * always has, so two forms of one hash share a key. Key 0 is the hash 0.
   */
  private readonly keyOfHash = new U32Map(1024);
  private nextKey = 1;
  private used = 0;
  private capacity = 0;
  /** How many times the table was emptied. */
  clears = 0;

  form: string[] = [];
  /**
   * Per row, the trie node of the cue and of the name phrases that start with the form (`firstNode`):
   * where a phrase may start, the match walks from it without probing the lexicon's map of first
   * words (0.3% of all ticks, the examples article by article, mostly waiting for memory).
   */
  cueFirst: Array<TrieNode<CueHit> | undefined> = [];
  nameFirst: Array<TrieNode<NameHit> | undefined> = [];
  /** Per row, `ROW` integers from `row * ROW`: the hash of the form (as an int32), keys, block, suffix slot, flags, valence (see HASH...VALENCE). */
  values = new Int32Array(0);

  constructor(capacity = 16384) {
    this.grow(capacity);
  }

  /** Makes room for `n` new words, emptying the table when it lacks it. */
  reserve(n: number): void {
    if (this.used + n <= this.capacity) return;
    this.rows.clear();
    this.keyOfHash.clear();
    this.used = 0;
    this.nextKey = 1;
    this.clears++;
    if (n > this.capacity) this.grow(n);
  }

  /** Highest form key handed out so far, plus one (for arrays indexed by key). */
  get keyLimit(): number {
    return this.nextKey;
  }

  /** The row of the word `raw` (`info` is the pos stage's), added when new. Call `reserve` for the article's tokens first. */
  rowOf(info: WordInfo, raw: string): number {
    const found = this.rows.get(info.id);
    if (found >= 0) return found;
    const row = this.used++;
    this.describe(row, raw);
    this.rows.set(info.id, row);
    return row;
  }

  private describe(row: number, raw: string): void {
    const form = matchForm(raw);
    const h = hashString(form);
    const isWord = hasLetterOrDigit(form);
    const { cues, names } = framingLexicons();
    const starts = phraseRoles(cues, form, STARTS_CUE) | phraseRoles(names, form, STARTS_NAME);
    this.form[row] = form;
    this.cueFirst[row] = firstNode(cues, form);
    this.nameFirst[row] = firstNode(names, form);
    const at = row * ROW;
    const v = this.values;
    v[at + HASH] = h;
    v[at + FORM_KEY] = h === 0 ? 0 : this.keyOf(h);
    v[at + COUNT_KEY] = this.keyOf(h || 1);
    v[at + BLOCK] = wordBlock(h);
    v[at + SUFFIX_SLOT] = suffixSlotOf(form);
    const traits = (form === '!' ? TRAIT_EXCLAMATION : form === '?' ? TRAIT_QUESTION : 0) | (form.length > 3 ? TRAIT_LONG : 0) | (NEGATORS.has(form) ? TRAIT_NEGATOR : 0);
    v[at + FLAGS] = (isWord ? 1 : 0) | (shapeOf(raw, form, isWord) << 1) | (traits << 3) | (starts << 8);
    v[at + VALENCE] = valenceOfForm(form);
  }

  private keyOf(h: number): number {
    let key = this.keyOfHash.get(h);
    if (key < 0) this.keyOfHash.set(h, (key = this.nextKey++));
    return key;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    const next = new Int32Array(capacity * ROW);
    next.set(this.values);
    this.values = next;
  }
}
