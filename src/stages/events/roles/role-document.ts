/**
 * A document described for the MUC-4 role tagger (role-features.ts reads its features from it): per
 * token its word's description (role-lexicon.ts), the lexicon matches over it, the nearest event
 * trigger on each side in its sentence, and per sentence and document how many triggers there are.
 * The events stage describes one document at a time into scratch arrays reused across documents.
 */
import { LEX_CASUALTY, LEX_TRIGGER, ROLE_LEXICONS, roleTermCode, roleWord, type RoleWord } from './role-lexicon.js';

/** What the tagger sees of a document: lower-cased words and the sentence of each. */
export interface RoleInput {
  words: string[];
  sentence: Int32Array;
  /** Every bit of role-lexicon.ts `RoleWord.flags` that some word has (role-input.ts `roleInput` sets it). */
  seenFlags?: number;
}

const L = ROLE_LEXICONS.length;

/**
 * A document described for the tagger: per token its word, lexicon matches and trigger distances. The
 * typed arrays may be longer than the document (scratch reused across documents): read the first
 * `length` tokens' entries and the sentences' only.
 */
export interface RoleDocument {
  length: number;
  words: readonly string[];
  sentence: Int32Array;
  info: RoleWord[];
  /** Per token and lexicon (i * 5 + l): 0 no match, 1 first word of a match, 2 a later word. */
  place: Uint8Array;
  /** Per token and lexicon: the hash of the matched entry's id. */
  entry: Uint32Array;
  /** Per token and lexicon: the index of the matched entry in its lexicon. */
  entryIndex: Int32Array;
  /** Per token: bit l set when lexicon l matches it. */
  lexicons: Uint8Array;
  /** Per token: its word's `RoleWord.flags` (low byte), for scans that need no other field. */
  flags: Uint8Array;
  /** Nearest trigger before / after the token in its sentence, or -1. */
  left: Int32Array;
  right: Int32Array;
  /** Per sentence: 1 when it holds a trigger. */
  sentenceHasTrigger: Uint8Array;
  /** How violent the document is: a bucket of its trigger count. */
  violence: number;
}

/** Distance buckets: 0, 1, 2-3, 4-6, 7-12, farther. */
export function bucket(n: number): number {
  return n <= 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : n <= 12 ? 4 : 5;
}

// The word descriptions `roleInput` looked up for its latest words array: describing that same
// array (the usual next step) then needs no second lookup per token.
let lastWords: readonly string[] | undefined;
let lastInfo: RoleWord[] = [];

/** Records the descriptions of `words` (by array identity) for `describeRoleDocument`. */
export function rememberDescriptions(words: readonly string[], info: RoleWord[]): void {
  lastWords = words;
  lastInfo = info;
}

/** The per-token (and per-sentence) arrays of a RoleDocument. */
type DocumentArrays = Pick<RoleDocument, 'entry' | 'entryIndex' | 'left' | 'right' | 'place' | 'lexicons' | 'flags' | 'sentenceHasTrigger'>;

/**
 * The arrays for `n` tokens and `sentences` sentences, all zero. One buffer for them all: a typed
 * array of more than a few dozen elements is allocated outside the heap at about a microsecond each;
 * views on one buffer cost one such allocation.
 */
function newArrays(n: number, sentences: number): DocumentArrays {
  const buffer = new ArrayBuffer(n * L * 8 + n * 8 + Math.ceil((n * L + 2 * n + sentences) / 4) * 4);
  return {
    entry: new Uint32Array(buffer, 0, n * L),
    entryIndex: new Int32Array(buffer, n * L * 4, n * L),
    left: new Int32Array(buffer, n * L * 8, n),
    right: new Int32Array(buffer, n * L * 8 + n * 4, n),
    place: new Uint8Array(buffer, n * L * 8 + n * 8, n * L),
    lexicons: new Uint8Array(buffer, n * L * 8 + n * 8 + n * L, n),
    flags: new Uint8Array(buffer, n * L * 8 + n * 8 + n * L + n, n),
    sentenceHasTrigger: new Uint8Array(buffer, n * L * 8 + n * 8 + n * L + 2 * n, sentences),
  };
}

// The arrays `describeRoleDocument(input, true)` hands out, grown when a document needs more.
let shared: DocumentArrays = newArrays(512, 64);
let sharedTokens = 512;
let sharedSentences = 64;

/** The shared arrays, with room for `n` tokens and `sentences` sentences, zero where a document reads them before writing. */
function sharedArrays(n: number, sentences: number): DocumentArrays {
  if (n > sharedTokens || sentences > sharedSentences) {
    sharedTokens = Math.max(sharedTokens, 2 * n);
    sharedSentences = Math.max(sharedSentences, 2 * sentences);
    shared = newArrays(sharedTokens, sharedSentences);
    return shared;
  }
  // A loop-free fill each (memset); left, right and flags are written for every token.
  shared.entry.fill(0, 0, n * L);
  shared.entryIndex.fill(0, 0, n * L);
  shared.place.fill(0, 0, n * L);
  shared.lexicons.fill(0, 0, n);
  shared.sentenceHasTrigger.fill(0, 0, sentences);
  return shared;
}

/** Lexicon bits of the words that make a token a trigger when they start a match there. */
const TRIGGER_LEXICONS = (1 << LEX_TRIGGER) | (1 << LEX_CASUALTY);

/**
 * Describes a document: one word lookup per token, then the lexicon matches and trigger positions.
 * With `reuse`, the arrays are shared scratch (longer than the document; read the first `length`
 * tokens), valid until the next call with `reuse`: the events stage describes one document at a time.
 */
export function describeRoleDocument(input: RoleInput, reuse = false): RoleDocument {
  const { words, sentence } = input;
  const n = words.length;
  let info: RoleWord[];
  if (words === lastWords && lastInfo.length === n) info = lastInfo;
  else {
    info = new Array<RoleWord>(n);
    for (let i = 0; i < n; i++) info[i] = roleWord(words[i]!);
  }
  lastWords = undefined;
  lastInfo = [];
  const sentences = (sentence[n - 1] ?? 0) + 1;
  const { entry, entryIndex, left, right, place, lexicons, flags, sentenceHasTrigger } = reuse ? sharedArrays(n, sentences) : newArrays(n, sentences);
  // Per lexicon, longest match first, left to right, no overlaps: one pass, skipping words no term
  // starts with. A word's terms are read packed (role-lexicon.ts `packTerms`), lexicon by lexicon: a
  // match sets its lexicon's `free` past this word, which skips the lexicon's other terms here.
  const free = new Int32Array(L);
  const code = roleTermCode();
  for (let i = 0; i < n; i++) {
    const w = info[i]!;
    flags[i] = w.flags;
    if (!w.starts) continue;
    outer: for (let p = w.termAt, t = 0, last = w.termEnd; p < last; t++) {
      const l = code[p]!;
      const end = i + code[p + 1]!;
      const at = p;
      p += 3 + code[p + 1]!;
      if (i < free[l]! || end > n) continue;
      for (let k = 1; k < end - i; k++) if (info[i + k]!.lowerHash !== code[at + 3 + k]) continue outer;
      // The texts behind equal hashes (a term of one word, most matches, has none to compare).
      if (end - i > 1) {
        const term = w.termList[t]!;
        for (let k = 1; k < end - i; k++) if (words[i + k] !== term.words[k]) continue outer;
      }
      for (let k = i; k < end; k++) {
        place[k * L + l] = k === i ? 1 : 2;
        entry[k * L + l] = code[at + 2]!;
        entryIndex[k * L + l] = code[at + 3]!;
        lexicons[k]! |= 1 << l;
      }
      free[l] = end;
    }
  }
  // Triggers: event words and casualty words, where their match starts; their positions give distances.
  let violent = 0;
  for (let i = 0, last = -1; i < n; i++) {
    if (i > 0 && sentence[i] !== sentence[i - 1]) last = -1;
    left[i] = last;
    if ((lexicons[i]! & TRIGGER_LEXICONS) !== 0 && (place[i * L + LEX_TRIGGER] === 1 || place[i * L + LEX_CASUALTY] === 1)) {
      violent++;
      sentenceHasTrigger[sentence[i]!] = 1;
      last = i;
    }
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (i < n - 1 && sentence[i] !== sentence[i + 1]) next = -1;
    right[i] = next;
    if ((lexicons[i]! & TRIGGER_LEXICONS) !== 0 && (place[i * L + LEX_TRIGGER] === 1 || place[i * L + LEX_CASUALTY] === 1)) next = i;
  }
  return { length: n, words, sentence, info, place, entry, entryIndex, lexicons, flags, left, right, sentenceHasTrigger, violence: bucket(violent) };
}
