/**
 * Whether a word as written can start a number, worked out once per word type and kept across
 * documents: most tokens ("the", "said", ",") cannot, and for those `findNumbers` reads one flag
 * instead of lower-casing the word (a new string for a capitalised one) and hashing it into the
 * number-word filter. Keyed by the pos stage's word-type id (`documentWordInfos`: one id is always the
 * same word as written, and ids are never reused), in a direct-mapped table: a slot holds the latest
 * id that fell in it, and a word whose slot holds another id is worked out again.
 */
import { lowerCase } from './lower-case.js';
import { numberWord } from './number-words.js';

/** The word cannot start a number: the scan passes it over. */
export const NO_START = 1;
/** The word may start one (digits, a cardinal word, "a"/"an"): the scan reads it as before. */
export const MAY_START = 2;

const SLOTS = 1 << 13;
const slotId = new Float64Array(SLOTS); // ids are below 2^53; 0 is no id
const slotFlag = new Uint8Array(SLOTS);

/** `NO_START` or `MAY_START` for the word `text` of word-type id `id`. */
export function numberStart(id: number, text: string): number {
  const slot = id % SLOTS;
  if (slotId[slot] === id) return slotFlag[slot]!;
  const flag = mayStartNumber(text) ? MAY_START : NO_START;
  slotId[slot] = id;
  slotFlag[slot] = flag;
  return flag;
}

/**
 * False when `findNumbers` would pass the word over whatever its neighbours: not a digit first, and
 * neither a cardinal word ("twenty", "dozens", "twenty-seven") nor "a"/"an" ("a dozen").
 */
export function mayStartNumber(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  if (code < 128 && ((code | 32) < 97 || (code | 32) > 122)) return false;
  const lower = lowerCase(text);
  return isCardinalWord(lower) || lower === 'a' || lower === 'an';
}

/** A cardinal number word, or one with a hyphenated tail ("twenty-seven"); not an ordinal. */
export function isCardinalWord(lower: string): boolean {
  const head = lower.includes('-') ? lower.slice(0, lower.indexOf('-')) : lower;
  const entry = numberWord(head);
  return entry !== undefined && entry.kind !== 'ordinal' && (entry.kind !== 'scale' || head === lower);
}
