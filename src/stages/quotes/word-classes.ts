/**
 * Closed word classes the quote rules need: auxiliaries and adverbs inside a verb group, clause
 * boundaries, pronouns, determiners. Part-of-speech tags refine these when the `pos` stage has run;
 * without tags the lists and simple shape tests stand in.
 */
import type { Token } from '../../model/layers/structure.js';
import { ownString } from '../structure/own-string.js';
import { cueLexicon } from './cue-lexicon.js';

export const AUXILIARIES = new Set(
  "be is are was were been being am 's 're 'm ’s ’re ’m has have had having 've ’ve 'd ’d do does did will would shall should can could may might must ought 'll ’ll to".split(' '),
);
export const NEGATORS = new Set(["not", "n't", 'n’t', 'never', 'no']);
/** Adverbs often found inside a verb group ("has also said", "later clarified"). */
export const VERB_GROUP_ADVERBS = new Set(
  'also later since then again once still even further already just often repeatedly previously recently earlier first last publicly privately openly explicitly clearly directly quickly immediately finally initially reportedly flatly strongly firmly angrily bluntly simply only long frequently'.split(' '),
);
/** Words that end a noun phrase going leftwards: a source never reaches past them. */
export const CLAUSE_BOUNDARIES = new Set(
  'that which who whom whose and but or nor so because since after before when while as if although though unless until where whereas than ; : — – -- ( ) [ ] “ ” " ‘ ’ \' . ! ?'.split(' '),
);
/** Modals: before a past or present form, a capitalised one is a name ("Will urged": find-cues.ts `extendLeft`). */
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);
/** Words joining the parts of a compound noun phrase ("Ukraine and its Western backers": source-noun-phrase.ts). */
export const CONJUNCTIONS = new Set(['and', 'or', '&']);
/** Relative pronouns that open a clause about a source ("Kerry, who lost in 2004, said": find-source.ts). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);
/** After a comma, these open a new clause that is not part of the content (find-content.ts `clauseEnd`). */
export const CLAUSE_BREAKERS = new Set(['according', 'but', 'while', 'whereas', 'although', 'though', 'adding', 'saying', 'noting', 'citing', 'telling', 'explaining', 'arguing', 'insisting', 'claiming', 'stressing', 'warning', 'calling', 'writing', 'he', 'she', 'they', 'officials', 'which', 'who', 'after', 'before', 'when', 'because', 'despite', 'compared']);
/** Words opening a subordinate clause after a noun-phrase content ("when Cruz was discussing": find-new-clause.ts). */
export const SUBORDINATORS = new Set(['when', 'because', 'since', 'while', 'as', 'after', 'before', 'although', 'though', 'until', 'whereas', 'once']);
/** Words that may stand before a subordinator ("even as", "ever since", "just as": find-new-clause.ts). */
export const SUBORDINATOR_LEADS = new Set(['even', 'ever', 'just']);
/** Words that make a clause about the speaker an anonymity clause (find-anonymity.ts; compared there as written). */
export const ANONYMITY_WORDS = new Set(['anonymity', 'anonymously', 'anonymous', 'named', 'identified']);
export const PERSONAL_PRONOUNS = new Set('he she they it we i you him her them us me'.split(' '));
export const SUBJECT_PRONOUNS = new Set('he she they it we i you'.split(' '));
export const DETERMINERS = new Set('the a an this that these those his her its their our my your some many most several all both each every any no'.split(' '));
/**
 * Light verbs and the copula: they report only with their noun or adjective ("made clear", "took issue
 * with", "gave an answer", "is confident"); alone they are deeds or states ("made no comment", "took the
 * city", "went on to win", "voters who are ...").
 */
export const LIGHT_VERBS = new Set('be is are was were been being am go goes went gone going make makes made making take takes took taken taking give gives gave given giving get gets got gotten getting do does did done doing have has had having'.split(' '));
/** Words opening a complement clause or infinitive after a cue. */
/** Finite verb tags (VBD, VBZ, VBP, MD): compared directly, as the rules ask it of every token they walk. */
export function isFiniteTag(tag: string | undefined): boolean {
  return tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || tag === 'MD';
}
export const COMPLEMENTISERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'to']);
export const OPENING_MARKS = new Set(['“', '‘', '"', "'", '«']);
export const CLOSING_MARKS = new Set(['”', '’', '"', "'", '»']);
export const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
/**
 * Tags a speaker's noun phrase opens with after a verb: a name, a determiner or possessive, an
 * adjective, a noun ("Said Peskov:", "said the minister").
 */
export const NOUN_SPEAKER_START = /^(NNP|NNPS|DT|PRP\$|JJ|NN|NNS)$/;
/** The same, or a personal pronoun or a number: "..., said he.", "..., said two officials." */
export const NOUN_PRONOUN_OR_NUMBER_SPEAKER_START = /^(NNP|NNPS|DT|PRP|PRP\$|JJ|NN|NNS|CD)$/;

const VERB_TAGS = /^(VB|MD)/;
const NOUNISH_TAGS = /^(NN|PRP|CD|JJ|DT|POS|PDT|IN|CC|NNP)/;

/** Whether the token may be a verb: by tag when tagged, else anything not obviously a noun-phrase word. */
export function mayBeVerb(token: Token): boolean {
  return token.pos === undefined ? true : VERB_TAGS.test(token.pos);
}

/** Whether the token is part of a noun phrase, by tag when tagged, else by shape. */
export function mayBeNominal(token: Token): boolean {
  if (token.pos !== undefined) return NOUNISH_TAGS.test(token.pos) || token.pos === 'NNPS' || token.pos === 'NNS' || token.pos === 'VBN' || token.pos === 'VBG';
  return LETTER_OR_DIGIT.test(token.text) || token.text === ',' || token.text === '&';
}

/** Module constants: a regular expression literal inside a function makes a new object each time it runs. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;

/** Lower-cased token text with the curly apostrophe folded to the straight one. */
export function lowerWord(token: Token): string {
  const text = token.text;
  // Most words are already lower-case ASCII: return the text itself (no new string, its hash kept).
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) {
      plain = false;
      break;
    }
  }
  return plain ? text : loweredOnce(text);
}

/**
 * Other words ("Peskov", "Said", "don’t") are lowered once per distinct text: the rules ask for the same
 * token's word many times, and `toLowerCase` makes a new string each time (case mapping through ICU,
 * then a hash computed anew when the string is looked up in a lexicon). A function of its own, so that
 * `lowerWord` stays small enough to be inlined where it is called: called, its `token.text` is one load
 * for every caller's tokens, and turns megamorphic (measured: more than the lowering saved).
 */
function loweredOnce(text: string): string {
  let lower = lowered.get(text);
  if (lower === undefined) {
    const key = ownString(text);
    lower = key.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(CURLY_APOSTROPHE, "'");
    if (lowered.size >= LOWERED_LIMIT) lowered.clear();
    // Tokens from `tokenize` own their text, but a caller's tokens may be slices of their document:
    // the key is a copy (and so is the lowered word, even where lowering changed nothing).
    lowered.set(key, lower);
  }
  return lower;
}

const CURLY_APOSTROPHE = /’/g;
/** Text -> `lowerWord` of it, for texts that are not lower-case ASCII; cleared past LOWERED_LIMIT entries (bounded memory). */
const lowered = new Map<string, string>();
const LOWERED_LIMIT = 100_000;

/**
 * `lowerWord(tokens[k]!)`, read from the lower-cased words kept for the document being analysed
 * (`keepLowerWords`, filled once per document by prepareFeatures from its per-word-type facts) when
 * `tokens` is that document's array: a load instead of a scan of the text, for the rules that ask for the
 * same token's word many times. Any other array (a test's, a caller's) is lowered as by `lowerWord`.
 */
export function lowerAt(tokens: readonly Token[], k: number): string {
  return tokens === keptTokens ? keptLower[k]! : lowerWord(tokens[k]!);
}

/** `lowerWord(tokens[k] ?? tokens[fallback]!)`: the word at `k`, or at `fallback` where `k` is outside the tokens. */
export function lowerAtOr(tokens: readonly Token[], k: number, fallback: number): string {
  return lowerAt(tokens, k >= 0 && k < tokens.length ? k : fallback);
}

/**
 * Keeps `lower` (`lowerWord` of each of `tokens`, by index) for `lowerAt`, and `bits` (`wordBits` of
 * each, from `wordBitsScratch`) for `bitsAt`, in place of the document kept before: one document at a
 * time, the one whose quotes are being found.
 */
export function keepLowerWords(tokens: readonly Token[], lower: string[], bits: Uint32Array): void {
  keptTokens = tokens;
  keptLower = lower;
  keptBits = bits;
}

let keptTokens: readonly Token[] | undefined;
let keptLower: string[] = [];

export function isCapitalised(token: Token): boolean {
  return CAPITALISED.test(token.text);
}

/**
 * Bits of `wordBits`: the classes above that the source and content walks ask of nearly every token
 * they pass, so that a walk reads one number per token instead of probing a set per class.
 */
export const W_AUXILIARY = 1;
export const W_NEGATOR = 2;
export const W_VERB_GROUP_ADVERB = 4;
/** `isAdverb` (source-noun-phrase.ts): a verb-group adverb, or a word in -ly of more than 4 letters but "only". */
export const W_ADVERB = 8;
/** Any word ending in "ly" (find-cues.ts `extendLeft` takes these as adverbs of the verb group). */
export const W_LY = 16;
export const W_CLAUSE_BOUNDARY = 32;
export const W_SENTENCE_END = 64;
export const W_CONJUNCTION = 128;
export const W_RELATIVE = 256;
export const W_MODAL = 512;
export const W_CLAUSE_BREAKER = 1024;
/** A term of the reporting-verb lexicon (cue-lexicon.ts `verbs`). */
export const W_REPORTING_VERB = 2048;
/** An opening or closing quotation mark (OPENING_MARKS or CLOSING_MARKS; the curly apostrophe is folded to "'", in both). */
export const W_QUOTE_MARK = 4096;
export const W_SUBORDINATOR = 8192;
export const W_SUBORDINATOR_LEAD = 16384;
/** One of ANONYMITY_WORDS lower-cased (a word written so is one when it is all lower-case). */
export const W_ANONYMITY = 32768;
/** A dash as find-content.ts reads an aside's ("—", "–", "-", "--"; the same as written). */
export const W_ASIDE_DASH = 65536;
export const ASIDE_DASHES = new Set(['—', '–', '-', '--']);

/** The W_* bits of a lower-cased word (`lowerWord`). */
export function wordBits(w: string): number {
  let bits = 0;
  if (AUXILIARIES.has(w)) bits |= W_AUXILIARY;
  if (NEGATORS.has(w)) bits |= W_NEGATOR;
  if (VERB_GROUP_ADVERBS.has(w)) bits |= W_VERB_GROUP_ADVERB | W_ADVERB;
  else if (w.endsWith('ly') && w.length > 4 && w !== 'only') bits |= W_ADVERB;
  if (w.endsWith('ly')) bits |= W_LY;
  if (CLAUSE_BOUNDARIES.has(w)) bits |= W_CLAUSE_BOUNDARY;
  if (SENTENCE_END.has(w)) bits |= W_SENTENCE_END;
  if (CONJUNCTIONS.has(w)) bits |= W_CONJUNCTION;
  if (RELATIVE_PRONOUNS.has(w)) bits |= W_RELATIVE;
  if (MODALS.has(w)) bits |= W_MODAL;
  if (CLAUSE_BREAKERS.has(w)) bits |= W_CLAUSE_BREAKER;
  if (cueLexicon().verbs.has(w)) bits |= W_REPORTING_VERB;
  if (OPENING_MARKS.has(w) || CLOSING_MARKS.has(w)) bits |= W_QUOTE_MARK;
  if (SUBORDINATORS.has(w)) bits |= W_SUBORDINATOR;
  if (SUBORDINATOR_LEADS.has(w)) bits |= W_SUBORDINATOR_LEAD;
  if (ANONYMITY_WORDS.has(w)) bits |= W_ANONYMITY;
  if (ASIDE_DASHES.has(w)) bits |= W_ASIDE_DASH;
  return bits;
}

/**
 * `wordBits(lowerAt(tokens, k))`, read from the bits kept with the document's lower-cased words
 * (`keepLowerWords`, worked out once per word type by prepareFeatures) when `tokens` is that document's
 * array; 0 outside it, as a set has no undefined word. Any other array is looked up word by word.
 */
export function bitsAt(tokens: readonly Token[], k: number): number {
  if (tokens === keptTokens) return keptBits[k] ?? 0;
  return k >= 0 && k < tokens.length ? wordBits(lowerWord(tokens[k]!)) : 0;
}

/** Scratch for the kept document's bits, grown as needed; `keptBits` is a view of exactly its tokens (reads past them give undefined). */
let bitsScratch = new Uint32Array(1024);
let keptBits: Uint32Array = bitsScratch.subarray(0, 0);

/** Room for `n` tokens' bits, to fill and hand to `keepLowerWords`: valid until the next call. */
export function wordBitsScratch(n: number): Uint32Array {
  if (bitsScratch.length < n) bitsScratch = new Uint32Array(2 * n);
  return bitsScratch.subarray(0, n);
}
