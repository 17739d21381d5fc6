/**
 * The dates stage's table of word types: what the tagger reads of a word as written (its lower-cased
 * form, what the lexicons hold for it, and flags), worked out once per word type and kept across
 * documents.
 */
import { lowerCase } from '../numbers/lower-case.js';
import { U32Map } from '../pos/u32-map.js';
import { knownWord, lexicon, numberClass, type KnownWord } from './known-time-words.js';
import { NUMDATE } from './classify-piece.js';
import { INERT_CLASSES, mayBeLive } from './inert-classes.js';

/** Flags of a word type: one piece (no inner hyphen to split off); could take a live class alone; starts multi-word terms. */
export const WHOLE = 1;
export const LIVE = 2;
export const MULTI = 4;
/** Not a word type's flag: a piece of a split token, whose liveness `mayBeLive` must work out. */
export const UNKNOWN = 8;

/**
 * What the tagger reads of a word as written, worked out once per word type and kept across
 * documents: its lower-cased form, what the lexicons hold for it, and flags (`WHOLE`, `LIVE`,
 * `MULTI`). Words recur (Zipf), so most tokens cost one integer probe instead of lower-casing, a
 * filter hash and a map lookup. Rows are keyed by the pos stage's word-type id (one id is always
 * the same word as written; `documentWordInfos`), so a lookup hashes no string; the table is
 * emptied when full, at the start of a document.
 */
export class TimeWordTypes {
  private readonly rows = new U32Map(1024);
  private used = 0;
  lower: string[] = [];
  known: Array<KnownWord | undefined> = [];
  flags: Uint8Array;

  constructor(private capacity: number) {
    this.flags = new Uint8Array(capacity);
  }

  /** Makes room for `n` new words, emptying the table when it lacks it. */
  reserve(n: number): void {
    if (this.used + n <= this.capacity) return;
    this.rows.clear();
    this.lower = [];
    this.known = [];
    this.used = 0;
    if (n > this.capacity) {
      this.capacity = n;
      this.flags = new Uint8Array(n);
    }
  }

  /** The row of the word `text`, of word-type id `id`, added when new. */
  rowOf(id: number, text: string): number {
    const found = this.rows.get(id);
    if (found >= 0) return found;
    const row = this.used++;
    const lower = lowerCase(text);
    const entry = knownWord(lower);
    this.lower[row] = lower;
    this.known[row] = entry;
    // As `mayBeLive` reads a piece, but for the multi-word terms, which depend on the next words.
    const whole = text.length < 3 || text.indexOf('-') < 0 || NUMDATE.test(text);
    const code = text.charCodeAt(0);
    const digits = code >= 48 && code <= 57;
    const alone = digits ? mayBeLive(text, entry, NO_WORDS, 0, 1) : entry !== undefined && ((entry.number !== undefined && !INERT_CLASSES.has(numberClass(entry.number))) || (entry.single !== undefined && !INERT_CLASSES.has(entry.single.class)));
    this.flags[row] = (whole ? WHOLE : 0) | (alone ? LIVE : 0) | (!digits && entry?.multi !== undefined ? MULTI : 0);
    this.rows.set(id, row);
    return row;
  }
}

const NO_WORDS: readonly string[] = [''];
let types: TimeWordTypes | undefined;

/** The table (made, and the lexicons loaded, on first use). */
export function wordTypes(): TimeWordTypes {
  lexicon();
  types ??= new TimeWordTypes(16384);
  return types;
}
