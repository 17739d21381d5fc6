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
import { matchForm, phraseRoles } from '../match-phrases.js';
import { framingLexicons, STARTS_CUE, STARTS_NAME } from '../framing-lexicons.js';
import { valenceOfForm } from '../match-cues.js';
import { suffixSlotOf, shapeOf } from './si-features.js';

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
  hash = new Uint32Array(0);
  /** Key of the form's hash (0 for the hash 0): equal keys, equal hashes. */
  formKey = new Int32Array(0);
  /** The key a repetition count goes under: the hash 0 is counted with the hash 1, as before keys. */
  countKey = new Int32Array(0);
  isWord = new Uint8Array(0);
  block = new Int32Array(0);
  /** Slot of the suffix feature, or -1 for none. */
  suffixSlot = new Int32Array(0);
  shape = new Uint8Array(0);
  valence = new Int8Array(0);
  /** Per word: its roles in the cue phrases and in the contested names (`phraseRoles`, STARTS_CUE and STARTS_NAME bits). */
  starts = new Uint8Array(0);

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
    this.form[row] = form;
    this.hash[row] = h;
    this.formKey[row] = h === 0 ? 0 : this.keyOf(h);
    this.countKey[row] = this.keyOf(h || 1);
    this.isWord[row] = isWord ? 1 : 0;
    this.block[row] = wordBlock(h);
    this.suffixSlot[row] = suffixSlotOf(form);
    this.shape[row] = shapeOf(raw, form, isWord);
    this.valence[row] = valenceOfForm(form);
    const { cues, names } = framingLexicons();
    this.starts[row] = phraseRoles(cues, form, STARTS_CUE) | phraseRoles(names, form, STARTS_NAME);
  }

  private keyOf(h: number): number {
    let key = this.keyOfHash.get(h);
    if (key < 0) this.keyOfHash.set(h, (key = this.nextKey++));
    return key;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    const copy = <T extends Uint8Array | Int8Array | Int32Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.hash = copy(this.hash, (n) => new Uint32Array(n));
    this.formKey = copy(this.formKey, (n) => new Int32Array(n));
    this.countKey = copy(this.countKey, (n) => new Int32Array(n));
    this.isWord = copy(this.isWord, (n) => new Uint8Array(n));
    this.block = copy(this.block, (n) => new Int32Array(n));
    this.suffixSlot = copy(this.suffixSlot, (n) => new Int32Array(n));
    this.shape = copy(this.shape, (n) => new Uint8Array(n));
    this.valence = copy(this.valence, (n) => new Int8Array(n));
    this.starts = copy(this.starts, (n) => new Uint8Array(n));
  }
}
