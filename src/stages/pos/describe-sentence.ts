/**
 * Describes the words of a pipeline sentence once per document, for both the POS and the NER tagger:
 * the result is kept in a WeakMap on the sentence object, so the second stage pays nothing.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { CASED, caseModeOfInfos, describeArena, describeInfos, wordInfo, type DescribeArena, type SentenceWords, type WordInfo } from './describe-words.js';

/** What is known of a document's words before any sentence is described: each word looked up once. */
interface DocumentWords {
  infos: WordInfo[];
  /** Case mode of the whole document (see `documentCaseMode`). */
  mode: number;
  arena: DescribeArena;
  /**
   * Described sentences by their first token (a plain array, not a WeakMap per sentence: setting a
   * WeakMap entry costs more than describing a short sentence).
   */
  sentences: Array<SentenceWords | undefined>;
}

const documents = new WeakMap<readonly Token[], DocumentWords>();

function documentWords(tokens: readonly Token[]): DocumentWords {
  let d = documents.get(tokens);
  if (d === undefined) {
    const infos = new Array<WordInfo>(tokens.length);
    for (let t = 0; t < tokens.length; t++) infos[t] = wordInfo(tokens[t]!.text);
    d = { infos, mode: caseModeOfInfos(infos, 0, Math.min(400, tokens.length)), arena: describeArena(tokens.length), sentences: new Array<SentenceWords | undefined>(tokens.length) };
    documents.set(tokens, d);
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

const posTags = new WeakMap<readonly Token[], Int32Array>();

/** Keeps the POS class ids the pos stage chose for each of `tokens`, for the NER tagger to read without string lookups. */
export function rememberPosTags(tokens: readonly Token[], ids: Int32Array): void {
  posTags.set(tokens, ids);
}

/** The POS class ids the pos stage chose for each of `tokens` (check them against `token.pos` before use). */
export function rememberedPosTags(tokens: readonly Token[]): Int32Array | undefined {
  return posTags.get(tokens);
}
