/**
 * Describes the words of a pipeline sentence once per document, for both the POS and the NER tagger:
 * the result is kept with the document's tokens array, so the second stage pays nothing.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { CASED, caseModeOfInfos, describeArena, describeInfos, wordInfo, type DescribeArena, type SentenceWords, type WordInfo } from './describe-words.js';

/** What is known of a document's words before any sentence is described: each word looked up once. */
interface DocumentWords {
  infos: WordInfo[];
  /** Case mode of the whole document (see `documentCaseMode`). */
  mode: number;
  arena: DescribeArena;
  /** `ringTotal` when the arena was taken from the ring; -1 for an arena of its own. */
  ringStart: number;
  /** Room for the POS class ids of the tokens (see `posTagArray`). */
  tags: Int32Array;
  /**
   * Described sentences by their first token (a plain array, not a WeakMap per sentence: setting a
   * WeakMap entry costs more than describing a short sentence).
   */
  sentences: Array<SentenceWords | undefined>;
  /** The POS class ids the pos stage chose (`rememberPosTags`), once it has run. */
  posIds: Int32Array | undefined;
}

/**
 * What this module keeps per document lives on the tokens array itself, in a private field stamped
 * onto it (`WordsOfTokens`): JSON, spreading, Object.keys and deep equality do not see it, and it goes
 * away with the array. A WeakMap keyed by the tokens array kept every document's entries alive through
 * the next young-generation collection (V8's scavenger does not drop the entries of young keys): with
 * it, 18 KB per article of the pos stage's data survived the scavenges and was promoted (measured with
 * --trace-gc-nvp over the example articles, structure + pos only), against 0.5 KB without. A
 * non-enumerable symbol property did the same, but `Object.defineProperty` took the runtime's slow
 * path once per document (descriptor, transition search, extensibility check: .15% of all ticks); a
 * private field is added by an inline cache.
 */
class ReturnsTarget {
  /** A constructor returning another object: a subclass's field initialisers then add its private fields to that object. */
  constructor(target: object) {
    return target;
  }
}

class WordsOfTokens extends ReturnsTarget {
  #words: DocumentWords;

  private constructor(tokens: readonly Token[], words: DocumentWords) {
    super(tokens);
    this.#words = words;
  }

  /** The words kept with `tokens`, if any. */
  static get(tokens: readonly Token[]): DocumentWords | undefined {
    if (#words in tokens) return (tokens as unknown as WordsOfTokens).#words;
    return lastFixed?.tokens === tokens ? lastFixed.words : undefined;
  }

  /** Keeps `words` with `tokens`. */
  static set(tokens: readonly Token[], words: DocumentWords): void {
    if (#words in tokens) (tokens as unknown as WordsOfTokens).#words = words;
    else {
      try {
        new WordsOfTokens(tokens, words);
      } catch {
        lastFixed = { tokens, words }; // an engine that refuses private fields on a frozen array
      }
    }
  }
}

/** A tokens array that could not take the field keeps its entry here instead, the last one only. */
let lastFixed: { tokens: readonly Token[]; words: DocumentWords } | undefined;

/**
 * Documents of up to RING / 4 tokens take their arena from a ring of shared buffers instead of new
 * ones: no allocation per document, and memory the caches already hold. A region stays valid until
 * the ring has handed out RING more tokens (dozens of documents later: the pos and entities stages
 * read a document's sentences one right after the other); a document whose region was reused is
 * described afresh.
 */
const RING = 1 << 16;
let ring: DescribeArena | undefined;
/** POS class ids, at the same places as the words in `ring`. */
let ringTags: Int32Array | undefined;
/** Tokens handed out by the ring so far, counting those skipped at the end of a lap. */
let ringTotal = 0;

function documentWords(tokens: readonly Token[]): DocumentWords {
  let d = WordsOfTokens.get(tokens);
  // Described afresh when the ring has reused the region, or when tokens were added since.
  if (d === undefined || d.infos.length !== tokens.length || (d.ringStart >= 0 && ringTotal - d.ringStart > RING)) {
    const n = tokens.length;
    const infos = new Array<WordInfo>(n);
    for (let t = 0; t < n; t++) infos[t] = wordInfo(tokens[t]!.text);
    let arena: DescribeArena;
    let ringStart = -1;
    let tags: Int32Array;
    if (n > RING / 4) {
      arena = describeArena(n);
      tags = new Int32Array(n);
    } else {
      ring ??= describeArena(RING);
      let at = ringTotal % RING;
      if (at + n > RING) {
        ringTotal += RING - at; // skip the end of the lap
        at = 0;
      }
      arena = { u32: ring.u32, u8: ring.u8, used: at, end: at + n };
      ringTags ??= new Int32Array(RING);
      tags = ringTags.subarray(at, at + n);
      ringStart = ringTotal;
      ringTotal += n;
    }
    d = { infos, mode: caseModeOfInfos(infos, 0, Math.min(400, n)), arena, ringStart, tags, sentences: new Array<SentenceWords | undefined>(n), posIds: undefined };
    WordsOfTokens.set(tokens, d);
  }
  return d;
}

/**
 * The words of `sentence` described. In a caseless document every sentence takes the document's mode;
 * in ordinary text each sentence its own (an all-caps headline is read as caseless).
 */
export function describeSentence(tokens: readonly Token[], sentence: Sentence): SentenceWords {
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const d = documentWords(tokens);
  let described = d.sentences[from];
  if (described === undefined || described.length !== to - from) {
    const words = new Array<string>(to - from);
    for (let t = from; t < to; t++) words[t - from] = tokens[t]!.text;
    described = describeInfos(d.infos, from, words, d.mode === CASED ? caseModeOfInfos(d.infos, from, to) : d.mode, d.arena);
    d.sentences[from] = described;
  }
  return described;
}

/**
 * The case mode of a document, from its first 400 tokens: a wire story in capitals or a lower-cased
 * corpus is caseless as a whole, even where one sentence holds only numbers.
 */
export function documentCaseMode(tokens: readonly Token[]): number {
  return documentWords(tokens).mode;
}

/**
 * What the taggers know of each token's word (`infos[t]` for `tokens[t]`): its word-type id (the same
 * word as written always has the same id, so a per-word cache can key on it instead of a string), its
 * normalised form (lower case, digits as 0, ASCII quotes and dashes), hashes and capitalisation. Any
 * stage after pos gets it for free (computed once per document, kept with the tokens array); the
 * objects are shared between documents: read them, never change them.
 */
export function documentWordInfos(tokens: readonly Token[]): readonly WordInfo[] {
  return documentWords(tokens).infos;
}

/**
 * An array for the POS class ids of `tokens`, all zero (from the ring when the document's words
 * are: it may be reused dozens of documents later, so the entities stage checks the ids against
 * `token.pos` before reading them).
 */
export function posTagArray(tokens: readonly Token[]): Int32Array {
  const tags = documentWords(tokens).tags;
  tags.fill(0);
  return tags;
}

/**
 * Keeps the POS class ids the pos stage chose for each of `tokens`, for the NER tagger to read without
 * string lookups: with the document's words (one property defined on the tokens array per document,
 * not two).
 */
export function rememberPosTags(tokens: readonly Token[], ids: Int32Array): void {
  documentWords(tokens).posIds = ids;
}

/** The POS class ids the pos stage chose for each of `tokens` (check them against `token.pos` before use). */
export function rememberedPosTags(tokens: readonly Token[]): Int32Array | undefined {
  return WordsOfTokens.get(tokens)?.posIds;
}
