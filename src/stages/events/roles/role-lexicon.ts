/**
 * The five event lexicons as the role tagger reads them, precompiled into one index by first word: a
 * token costs one map lookup whatever the number of lexicons, and what the tagger needs of a word
 * (its hashes, affixes, shape flags, one-word lexicon entries) is worked out once per word type.
 */
import { loadLexicon, type LexiconEntry } from '../../../data/lexicon.js';
import { tokenize } from '../../structure/tokenize.js';
import { hashRange, hashString, mix } from '../../pos/hash.js';

/** Lexicons in the order of their class ids: triggers, weapons, actor nouns, target nouns, casualty words. */
export const ROLE_LEXICONS = ['event-triggers', 'weapons', 'event-actor-nouns', 'event-target-nouns', 'casualty-terms'] as const;
export const LEX_TRIGGER = 0;
export const LEX_WEAPON = 1;
export const LEX_CASUALTY = 4;
const L = ROLE_LEXICONS.length;

/** A multi-word (or one-word) term of one lexicon, by its first word. */
export interface RoleTerm {
  words: string[];
  /** Hash of the entry id (or of its `roleTaggerEntry`, the entry the tagger was trained to read it as). */
  entry: number;
  /** Index of the entry in its lexicon. */
  index: number;
}

/** What the tagger knows of one lower-cased word. */
export interface RoleWord {
  /** The lower-cased word. */
  lower: string;
  /** A number no other description has (non-zero): the tagger's word-vector cache is keyed by it. */
  id: number;
  /** Hashes of the normalised word (digits as 0), its last 3 and 4 characters and first 3. */
  word: number;
  suf3: number;
  suf4: number;
  pre3: number;
  /** Bit 1: punctuation only; 2: has a digit; 4: has a hyphen; 8: at most 4 characters; 16: "("; 32: ends a sentence; 64: a strike verb; 128: a form of "exchange", "swap" or "trade"; 256: starts a stance word of account-stance-words (not in RoleDocument.flags, a byte). */
  flags: number;
  /** Index of the word among the role-marking prepositions, or -1. */
  preposition: number;
  /** mix(lexicon, entry) of every entry with this word as a one-word term. */
  classes: number[];
  /** Per lexicon, the terms starting with this word, longest first (undefined when none). */
  terms: Array<RoleTerm[] | undefined>;
  /** Whether any lexicon has a term starting with this word. */
  starts: boolean;
  /** `hashString(lower) | 0`: a term's later words are told apart by it before their text is compared. */
  lowerHash: number;
  /** Where this word's terms sit in `roleTermCode()` (`termAt` to `termEnd`), and the terms in that order. */
  termAt: number;
  termEnd: number;
  termList: RoleTerm[];
}

export const FLAG_PUNCT = 1;
export const FLAG_DIGIT = 2;
export const FLAG_HYPHEN = 4;
export const FLAG_SHORT = 8;
export const FLAG_OPEN = 16;
/** The word ends a sentence for the tagger ("." "!" "?" "..." "…"). */
export const FLAG_TERMINAL = 32;
/** The word reports a strike when forces or a weapon do it ("struck", "hit"): find-triggers.ts checks the subject. */
export const FLAG_STRIKE = 64;
/** A form of "exchange" or "swap", or "traded"/"trading" (find-exchanges.ts reads only the words marked). */
export const FLAG_EXCHANGE = 128;
/**
 * The word starts a term of a stance entry of account-stance-words ("provocation", "exaggerated"):
 * attach-later-accounts.ts needs one in the article, so an article without any skips that pass.
 */
export const FLAG_ACCOUNT_STANCE = 256;

const TERMINAL = new Set(['.', '!', '?', '...', '…']);
/** Verbs that report a strike only when forces or a weapon do it ("Russian forces struck", "its forces had hit"). */
export const STRIKE_VERBS: ReadonlySet<string> = new Set(['struck', 'hit', 'hits', 'pounded', 'pounding']);
/** The forms of "exchange" and "swap" (`/^(?:exchanged?|exchanging|exchanges|swap(?:ped|ping|s)?)$/`). */
export const EXCHANGE_VERBS: ReadonlySet<string> = new Set(['exchange', 'exchanged', 'exchanging', 'exchanges', 'swap', 'swapped', 'swapping', 'swaps']);

/** Words that mark roles when they come shortly before a token: agent, target, instrument, place. */
const PREPOSITIONS = ['by', 'against', 'with', 'on', 'of', 'at', 'to'];
/** How many role-marking prepositions there are (`RoleWord.preposition` is below this). */
export const ROLE_PREPOSITIONS = PREPOSITIONS.length;
const DIGITS = /\d/g;
const HAS_DIGIT = /\d/;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

let termIndex: Map<string, Array<RoleTerm[] | undefined>> | undefined;
let wordClasses: Map<string, number[]> | undefined;
/** The first words of the stance terms of account-stance-words (its entries of kind `talk` are the nouns for what was reported). */
let stanceStarts: Set<string> | undefined;

function buildIndex(): void {
  termIndex = new Map();
  wordClasses = new Map();
  stanceStarts = new Set();
  for (const entry of loadLexicon<LexiconEntry & { kind?: string }>('account-stance-words').entries) {
    if (entry.kind === 'talk') continue;
    for (const term of entry.terms) {
      const first = tokenize(term.toLowerCase())[0]?.text;
      if (first) stanceStarts.add(first);
    }
  }
  ROLE_LEXICONS.forEach((name, l) => {
    loadLexicon(name).entries.forEach((entry, index) => {
      // An entry split off after the tagger was trained names the entry its terms were part of then
      // (`roleTaggerEntry`), so the committed weights keep reading the features they were trained on.
      const id = hashString(typeof entry.roleTaggerEntry === 'string' ? entry.roleTaggerEntry : entry.id);
      for (const term of entry.terms) {
        const words = tokenize(term.toLowerCase()).map((t) => t.text);
        const first = words[0];
        if (!first) continue;
        let perLex = termIndex!.get(first);
        if (!perLex) termIndex!.set(first, (perLex = new Array<RoleTerm[] | undefined>(L).fill(undefined)));
        (perLex[l] ??= []).push({ words, entry: id, index });
        if (words.length === 1) {
          const cls = mix(l + 1, id);
          const list = wordClasses!.get(first) ?? [];
          if (!list.includes(cls)) list.push(cls);
          wordClasses!.set(first, list);
        }
      }
    });
  });
  for (const perLex of termIndex.values()) for (const list of perLex) list?.sort((a, b) => b.words.length - a.words.length);
  packTerms();
}

/**
 * Every first word's terms packed in one array, lexicon by lexicon and longest first (the order
 * role-document.ts matches them in): per term its lexicon, word count, entry hash, entry index, then
 * the `lowerHash` of each later word. Matching a document read the term objects, their word arrays and
 * strings, scattered and mostly out of cache by the next article (most of describeRoleDocument's time,
 * cpu profile lines); a word's terms here are a few adjacent lines, the objects read only on a match.
 */
let termCode = new Int32Array(0);
let termSpans: Map<string, { at: number; end: number; list: RoleTerm[] }> | undefined;

function packTerms(): void {
  const code: number[] = [];
  termSpans = new Map();
  for (const [first, perLex] of termIndex!) {
    const at = code.length;
    const list: RoleTerm[] = [];
    perLex.forEach((terms, l) => {
      for (const t of terms ?? []) {
        code.push(l, t.words.length, t.entry | 0, t.index);
        for (let k = 1; k < t.words.length; k++) code.push(hashString(t.words[k]!) | 0);
        list.push(t);
      }
    });
    termSpans.set(first, { at, end: code.length, list });
  }
  termCode = Int32Array.from(code);
}

/** The packed terms `RoleWord.termAt` points into (see `packTerms`). */
export function roleTermCode(): Int32Array {
  if (!termIndex) buildIndex();
  return termCode;
}

/** The entries of lexicon `l` (an index into ROLE_LEXICONS), in the order `RoleTerm.index` counts. */
export function roleLexiconEntries<E extends LexiconEntry = LexiconEntry>(l: number): E[] {
  return loadLexicon<E>(ROLE_LEXICONS[l]!).entries;
}

const NONE: Array<RoleTerm[] | undefined> = new Array(L).fill(undefined);
const words = new Map<string, RoleWord>();
const MAX_WORDS = 65536;
let lastId = 0;

// By the word as written: a token costs one map lookup, with no lower-casing (words recur).
const written = new Map<string, RoleWord>();

/** The description of a word as written (any case): that of its lower-cased form. */
export function roleWordAsWritten(text: string): RoleWord {
  let info = written.get(text);
  if (info !== undefined) return info;
  info = roleWord(text.toLowerCase());
  if (written.size >= MAX_WORDS) written.clear();
  written.set(text, info);
  return info;
}

// By the pos stage's word-type id (describe-words.ts `WordInfo.id`: one id per word as written, never
// reused): a direct-mapped table, so a token already described by the pos stage costs an array read
// and one comparison instead of a string-keyed map lookup (a hash probe and a string comparison).
const TYPE_SLOTS = 1 << 14;
const slotType = new Float64Array(TYPE_SLOTS); // ids are below 2^53; 0 is no id
const slotWord = new Array<RoleWord | undefined>(TYPE_SLOTS).fill(undefined);

/** The description of `text`, whose word-type id (describe-words.ts `wordInfo(text).id`) is `typeId`. */
export function roleWordOfType(typeId: number, text: string): RoleWord {
  const slot = typeId % TYPE_SLOTS;
  if (slotType[slot] === typeId) return slotWord[slot]!;
  const info = roleWordAsWritten(text);
  slotType[slot] = typeId;
  slotWord[slot] = info;
  return info;
}

/** The description of a lower-cased word, computed once per word type. */
export function roleWord(lower: string): RoleWord {
  let info = words.get(lower);
  if (info !== undefined) return info;
  if (!termIndex) buildIndex();
  const w = HAS_DIGIT.test(lower) ? lower.replace(DIGITS, '0') : lower;
  const len = w.length;
  let flags = 0;
  if (PUNCT.test(w)) flags |= FLAG_PUNCT;
  if (w.includes('0')) flags |= FLAG_DIGIT;
  if (w.includes('-')) flags |= FLAG_HYPHEN;
  if (len <= 4) flags |= FLAG_SHORT;
  if (w === '(') flags |= FLAG_OPEN;
  if (TERMINAL.has(lower)) flags |= FLAG_TERMINAL;
  if (STRIKE_VERBS.has(lower)) flags |= FLAG_STRIKE;
  if (EXCHANGE_VERBS.has(lower) || lower === 'traded' || lower === 'trading') flags |= FLAG_EXCHANGE;
  if (stanceStarts!.has(lower)) flags |= FLAG_ACCOUNT_STANCE;
  const span = termSpans!.get(lower);
  info = {
    lower,
    id: ++lastId,
    word: hashString(w),
    suf3: hashRange(w, len - 3, len),
    suf4: hashRange(w, len - 4, len),
    pre3: hashRange(w, 0, Math.min(3, len)),
    flags,
    preposition: PREPOSITIONS.indexOf(lower),
    classes: wordClasses!.get(lower) ?? [],
    terms: termIndex!.get(lower) ?? NONE,
    starts: termIndex!.has(lower),
    lowerHash: hashString(lower) | 0,
    termAt: span?.at ?? 0,
    termEnd: span?.end ?? 0,
    termList: span?.list ?? [],
  };
  if (words.size >= MAX_WORDS) words.clear();
  words.set(lower, info);
  return info;
}
