/**
 * Describes the words of a pipeline sentence once per document, for both the POS and the NER tagger:
 * the result is kept in a WeakMap on the sentence object, so the second stage pays nothing.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { CASED, caseMode, describeArena, describeWords, type DescribeArena, type SentenceWords } from './describe-words.js';

const cache = new WeakMap<Sentence, SentenceWords>();

/**
 * The words of `sentence` described. In a caseless document every sentence takes the document's mode;
 * in ordinary text each sentence its own (an all-caps headline is read as caseless).
 */
export function describeSentence(tokens: readonly Token[], sentence: Sentence): SentenceWords {
  let described = cache.get(sentence);
  if (described === undefined) {
    const words = new Array<string>(sentence.tokenEnd - sentence.tokenStart);
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) words[t - sentence.tokenStart] = tokens[t]!.text;
    const docMode = documentCaseMode(tokens);
    let arena = arenas.get(tokens);
    if (arena === undefined) {
      arena = describeArena(tokens.length);
      arenas.set(tokens, arena);
    }
    described = describeWords(words, docMode === CASED ? caseMode(words) : docMode, arena);
    cache.set(sentence, described);
  }
  return described;
}

const documentModes = new WeakMap<readonly Token[], number>();
const arenas = new WeakMap<readonly Token[], DescribeArena>();

/**
 * The case mode of a document, from its first 400 tokens: a wire story in capitals or a lower-cased
 * corpus is caseless as a whole, even where one sentence holds only numbers.
 */
export function documentCaseMode(tokens: readonly Token[]): number {
  let mode = documentModes.get(tokens);
  if (mode === undefined) {
    const sample = tokens.length > 400 ? tokens.slice(0, 400) : tokens;
    mode = caseMode(sample.map((t) => t.text));
    documentModes.set(tokens, mode);
  }
  return mode;
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
