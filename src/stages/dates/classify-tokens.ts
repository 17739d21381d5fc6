/**
 * Turns the structure tokens into time tokens: inner hyphens split off ("mid-2014" → mid - 2014),
 * multi-word terms joined ("at least", "New Year's Day"), and each piece given one class from the time
 * lexicon or from its shape (YEAR, CLOCK, NUM...). The classes, one character each, make the class
 * string the time patterns run over; sentences are separated by END so no match crosses one.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { loadLexicon } from '../../data/lexicon.js';
import { numberWord, parseDigits, parseOrdinalDigits, type NumberWordEntry } from '../numbers/number-words.js';
import { lowerCase } from '../numbers/lower-case.js';
import { WordFilter } from '../numbers/word-filter.js';
import { CLASS_CHARS, splitHyphens, timeWords, type TimeClass, type TimeWordEntry } from './time-words.js';
import { documentWordInfos } from '../pos/describe-sentence.js';
import { U32Map } from '../pos/u32-map.js';
import { hasLetterOrDigit } from '../structure/letter-or-digit.js';

export interface TimeToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  cls: TimeClass;
  entry?: TimeWordEntry | undefined;
  /** Numeric value of NUM, YEAR, ORD and DECADE tokens. */
  number?: number | undefined;
  /** Index of the sentence. */
  sentence: number;
}

export interface ClassifiedText {
  tokens: TimeToken[];
  /** One character per token (`CLASS_CHARS`); `tokens[i]` is the token of `classes[i]`. */
  classes: string;
}

const NUMDATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;
const CLOCK = /^\d{1,2}:\d{2}$/;
const DECADE = /^(\d{3}0|\d0)['’]?s$/;
const HAS_LOWER = /\p{Ll}/u;
const IS_UPPER_INITIAL = /^\p{Lu}/u;
const FULL_SHORT_MONTHS = new Set(['may', 'june', 'july']);

/**
 * Classifies the tokens of every sentence. With `skipInert`, a sentence none of whose pieces can take
 * a class outside `INERT_CLASSES` (no digit, number word, hyphenated word or time word: most sentences
 * of ordinary news) gets its END token only: no time pattern can match inside it (a test holds every
 * pattern to that), and the tagger reads no token outside the sentence of a match, so its matches and
 * their values are the same. A piece is counted as able to take its lexicon class whatever its case
 * and neighbours, so the test errs on the side of classifying.
 */
export function classifyTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[], skipInert = false): ClassifiedText {
  const types = wordTypes();
  const infos = documentWordInfos(tokens);
  types.reserve(tokens.length);
  const out: TimeToken[] = [];
  // The sentence's pieces and their lower-cased forms, in arrays reused from sentence to sentence
  // (two new arrays per sentence, grown push by push, were a fifth of the stage's allocation): the
  // first `n` entries are this sentence's; reads past `n` are guarded.
  const pieces = piecesBuffer;
  const lowers = lowersBuffer;
  const knowns = knownBuffer;
  let used = 0;
  for (const sentence of sentences) {
    let n = 0;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = tokens[t]!;
      if (n + token.text.length > liveness.length) liveness = growBytes(liveness, n + token.text.length); // a token splits into at most one piece per character
      const row = types.rowOf(infos[t]!.id, token.text);
      // Most tokens have no inner hyphen: reuse them as they are.
      if (types.flags[row]! & WHOLE) {
        pieces[n] = token;
        knowns[n] = types.known[row];
        liveness[n] = types.flags[row]! & (LIVE | MULTI);
        lowers[n++] = types.lower[row]!;
        continue;
      }
      let offset = token.start;
      for (const part of splitHyphens(token.text)) {
        const lower = lowerCase(part);
        pieces[n] = { start: offset, end: offset + part.length, text: part };
        knowns[n] = knownWord(lower);
        liveness[n] = UNKNOWN;
        lowers[n++] = lower;
        offset += part.length;
      }
    }
    let live = !skipInert;
    for (let i = 0; i < n && !live; i++) {
      const how = liveness[i]!;
      if (how & LIVE) live = true;
      else if (how === MULTI) live = startsLiveTerm(knowns[i]!.multi!, lowers, i, n);
      else if (how === UNKNOWN) live = mayBeLive(pieces[i]!.text, knowns[i], lowers, i, n);
    }
    for (let i = 0; i < n && live; i++) {
      const known = knowns[i];
      const joined = known?.multi ? matchMultiWord(known.multi, lowers, i, n) : undefined;
      if (joined) {
        const last = pieces[i + joined.length - 1]!;
        out.push(makeToken(pieces[i]!.start, last.end, text.slice(pieces[i]!.start, last.end), lowers.slice(i, i + joined.length).join(' '), joined.entry.class, sentence.index, joined.entry, undefined));
        i += joined.length - 1;
        continue;
      }
      out.push(classifyPiece(pieces, lowers, i, n, sentence.index, out[out.length - 1], known));
    }
    if (n > used) used = n;
    out.push(makeToken(sentence.end, sentence.end, '', '', 'END', sentence.index, undefined, undefined));
  }
  // Let go of the document's tokens and words (the buffers outlive the call): once per document, not
  // per sentence (three fills a sentence cost a tenth of classifying its pieces). Every read of a
  // sentence's entries is below its `n`, all written for that sentence, so stale ones are never read.
  pieces.fill(NO_PIECE, 0, used);
  lowers.fill('', 0, used);
  knowns.fill(undefined, 0, used);
  return { tokens: out, classes: classString(out) };
}

type Piece = { start: number; end: number; text: string };
const NO_PIECE: Piece = { start: 0, end: 0, text: '' };
const piecesBuffer: Piece[] = [];
const lowersBuffer: string[] = [];
const knownBuffer: Array<KnownWord | undefined> = [];
/** Per piece: LIVE, MULTI, UNKNOWN (a piece of a split token: ask `mayBeLive`) or 0 (inert alone, no term starts with it). */
let liveness = new Uint8Array(256);

/** Flags of a word type: one piece (no inner hyphen to split off); could take a live class alone; starts multi-word terms. */
const WHOLE = 1;
const LIVE = 2;
const MULTI = 4;
const UNKNOWN = 8;

/**
 * What the tagger reads of a word as written, worked out once per word type and kept across
 * documents: its lower-cased form, what the lexicons hold for it, and flags (`WHOLE`, `LIVE`,
 * `MULTI`). Words recur (Zipf), so most tokens cost one integer probe instead of lower-casing, a
 * filter hash and a map lookup. Rows are keyed by the pos stage's word-type id (one id is always
 * the same word as written; `documentWordInfos`), so a lookup hashes no string; the table is
 * emptied when full, at the start of a document.
 */
class TimeWordTypes {
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

function growBytes(old: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(2 * old.length, length));
  grown.set(old);
  return grown;
}

const NO_WORDS: readonly string[] = [''];
let types: TimeWordTypes | undefined;

function wordTypes(): TimeWordTypes {
  lexicon();
  types ??= new TimeWordTypes(16384);
  return types;
}

/** What the time and number lexicons hold for the lower-cased word `lower`. */
function knownWord(lower: string): KnownWord | undefined {
  return knownFilter!.has(lower) ? known!.get(lower) : undefined;
}

/** Whether a multi-word term of a class outside `INERT_CLASSES` starts at piece `i` (see `mayBeLive`). */
function startsLiveTerm(multi: ReadonlyArray<{ words: string[]; entry: TimeWordEntry }>, lowers: readonly string[], i: number, n: number): boolean {
  const joined = matchMultiWord(multi, lowers, i, n);
  return joined !== undefined && !INERT_CLASSES.has(joined.entry.class);
}

/**
 * Classes no time pattern can match on alone: every pattern needs at least one of the others (a
 * month, weekday, year, ordinal, unit, clock time or am/pm, season, holiday, deictic word, "past",
 * "next"-like future word, set word, part of the day; test: dates-required-classes). "That" and "this"
 * (REL) and plain numbers (NUM) are in most sentences and inert alone: a match with them also takes
 * a unit, a part of the day, am/pm or the like.
 */
export const INERT_CLASSES: ReadonlySet<TimeClass> = new Set<TimeClass>([
  'THE', 'ART', 'OF', 'CONJ', 'PREP', 'COMMA', 'HYPHEN', 'APOS', 'POSS', 'PUNCT', 'WORD',
  'REL', 'NUM', 'APPROX', 'MORE', 'VAGUE', 'AGE', 'PERIOD', 'DIR', 'DIRP', 'EDGE', 'BOUND', 'FISCAL', 'HALF', 'SINCE', 'UNTIL',
]);

/**
 * Whether piece `i` of a sentence's `n` could take a class outside `INERT_CLASSES`: as the start of a
 * multi-word term, or alone (its lexicon class whatever its case and neighbours, a number word's class,
 * or the class of its digits, read as a decade after an apostrophe). Errs on the side of yes.
 */
function mayBeLive(text: string, known: KnownWord | undefined, lowers: readonly string[], i: number, n: number): boolean {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return !INERT_CLASSES.has(classifyDigits(text, AFTER_APOSTROPHE).cls);
  if (known === undefined) return false;
  if (known.multi !== undefined) {
    const joined = matchMultiWord(known.multi, lowers, i, n);
    if (joined && !INERT_CLASSES.has(joined.entry.class)) return true;
  }
  if (known.number !== undefined && !INERT_CLASSES.has(numberClass(known.number))) return true;
  return known.single !== undefined && !INERT_CLASSES.has(known.single.class);
}

/** A previous token that makes "90s" a decade: `mayBeLive` assumes the most classes a digit piece can take. */
const AFTER_APOSTROPHE: TimeToken = { start: 0, end: 0, text: "'", lower: "'", cls: 'APOS', sentence: 0, entry: undefined, number: undefined };

/** The class string, built from character codes in one go rather than by concatenating characters. */
function classString(tokens: readonly TimeToken[]): string {
  const codes = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) codes[i] = CLASS_CODES.get(tokens[i]!.cls)!;
  let classes = '';
  for (let at = 0; at < codes.length; at += 8192) classes += String.fromCharCode(...codes.slice(at, at + 8192));
  return classes;
}

const CLASS_CODES = new Map(Object.entries(CLASS_CHARS).map(([cls, char]) => [cls, char.charCodeAt(0)]));

/** What the time and number lexicons hold for a lower-cased word: one lookup per token instead of three. */
interface KnownWord {
  single?: TimeWordEntry;
  multi?: Array<{ words: string[]; entry: TimeWordEntry }>;
  number?: NumberWordEntry;
}

let known: Map<string, KnownWord> | undefined;
/** The words `known` holds, as a filter that turns away most tokens without a map lookup. */
let knownFilter: WordFilter | undefined;

function lexicon(): Map<string, KnownWord> {
  if (known) return known;
  const { single, multi } = timeWords();
  const map = new Map<string, KnownWord>();
  const at = (word: string): KnownWord => {
    let k = map.get(word);
    if (!k) map.set(word, (k = {}));
    return k;
  };
  for (const [word, entry] of single) at(word).single = entry;
  for (const [word, list] of multi) at(word).multi = list;
  // Each number word as numberWord reads it (the last entry listing a term wins there).
  for (const word of loadLexicon<NumberWordEntry>('number-words').entries.flatMap((e) => e.terms)) {
    const entry = numberWord(word);
    if (entry) at(word).number = entry;
  }
  known = map;
  knownFilter = new WordFilter(map.keys());
  return map;
}

/** The longest multi-word term at piece `i` of the sentence's `n` pieces. */
function matchMultiWord(candidates: ReadonlyArray<{ words: string[]; entry: TimeWordEntry }>, lowers: readonly string[], i: number, n: number): { length: number; entry: TimeWordEntry } | undefined {
  for (const { words, entry } of candidates) {
    if (i + words.length > n) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = lowers[i + k] === words[k];
    if (ok) return { length: words.length, entry };
  }
  return undefined;
}

function classifyPiece(pieces: readonly Piece[], lowers: readonly string[], i: number, n: number, sentence: number, previous: TimeToken | undefined, known: KnownWord | undefined): TimeToken {
  const piece = pieces[i]!;
  const lower = lowers[i]!;
  const entry = known?.single;
  if (entry && isUsable(entry, piece.text, i, pieces, n)) return makeToken(piece.start, piece.end, piece.text, lower, entry.class, sentence, entry, undefined);
  const word = known?.number;
  if (word) return makeToken(piece.start, piece.end, piece.text, lower, numberClass(word), sentence, undefined, word.value);
  const code = piece.text.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    const digits = classifyDigits(piece.text, previous);
    return makeToken(piece.start, piece.end, piece.text, lower, digits.cls, sentence, undefined, digits.number);
  }
  if (piece.text.length === 1) {
    if (code === 44) return makeToken(piece.start, piece.end, piece.text, lower, 'COMMA', sentence, undefined, undefined);
    if (code === 45) return makeToken(piece.start, piece.end, piece.text, lower, 'HYPHEN', sentence, undefined, undefined);
    if (code === 39 || code === 0x2019) return makeToken(piece.start, piece.end, piece.text, lower, 'APOS', sentence, undefined, undefined);
  }
  if (lower === "'s" || lower === '’s') return makeToken(piece.start, piece.end, piece.text, lower, 'POSS', sentence, undefined, undefined);
  return makeToken(piece.start, piece.end, piece.text, lower, hasLetterOrDigit(piece.text) ? 'WORD' : 'PUNCT', sentence, undefined, undefined);
}

/** The class of a number word. */
function numberClass(word: NumberWordEntry): TimeClass {
  return word.kind === 'ordinal' ? 'ORD' : word.kind === 'vague' ? 'VAGUE' : 'NUM';
}

/** Every time token has the same shape (fast property access). */
function makeToken(start: number, end: number, text: string, lower: string, cls: TimeClass, sentence: number, entry: TimeWordEntry | undefined, number: number | undefined): TimeToken {
  // `entry` and `number` are always there (undefined when absent): adding either to a made object
  // gave it a new shape and an out-of-object property array. Time tokens never leave the stage.
  return { start, end, text, lower, cls, sentence, entry: entry || undefined, number };
}

function classifyDigits(text: string, previous: TimeToken | undefined): { cls: TimeClass; number?: number } {
  if (NUMDATE.test(text)) return { cls: 'NUMDATE' };
  if (CLOCK.test(text)) return { cls: 'CLOCK' };
  const decade = DECADE.exec(text);
  if (decade && (decade[1]!.length === 4 || previous?.cls === 'APOS')) {
    const digits = decade[1]!;
    return { cls: 'DECADE', number: digits.length === 4 ? Number(digits) : 1900 + Number(digits) };
  }
  const ordinal = parseOrdinalDigits(text);
  if (ordinal !== undefined) return { cls: 'ORD', number: ordinal };
  const value = parseDigits(text);
  if (value === undefined) return { cls: 'WORD' };
  if (text.length === 4 && value >= 1000 && value <= 2199) return { cls: 'YEAR', number: value };
  return { cls: 'NUM', number: value };
}

/** Capital-only words (weekdays, May, March) must be capitalised; May/March not as a sentence-initial verb. */
function isUsable(entry: TimeWordEntry, text: string, i: number, pieces: readonly Piece[], n: number): boolean {
  // "Jan 5" (Reuters style) is a month, "Jan Kopp" is not: a short form without its period needs a number.
  if (entry.class === 'MONTH' && text.length <= 4 && !text.endsWith('.') && !FULL_SHORT_MONTHS.has(text.toLowerCase())) {
    const next = i + 1 < n ? pieces[i + 1]!.text.charCodeAt(0) : 0;
    if (!(next >= 48 && next <= 57)) return false;
  }
  if (!entry.capitalOnly) return true;
  if (!IS_UPPER_INITIAL.test(text)) return false;
  if (entry.class !== 'MONTH') return true;
  if (i === 0) {
    const next = n > 1 ? pieces[1]!.text : '';
    return !(HAS_LOWER.test(next.charAt(0)) && !numberWord(next.toLowerCase()));
  }
  // "Theresa May": after a capitalised word that is not itself a date word, May is a name.
  const before = pieces[i - 1]!.text;
  return !(IS_UPPER_INITIAL.test(before) && !timeWords().single.has(before.toLowerCase()));
}
