/**
 * Where a capital letter says nothing of a name: the first word of a sentence (after any quotation
 * marks, brackets or dashes before it), and the first word after an opening quotation mark or a colon
 * inside one ("saying, ‘Yeah, normally ...'", "say to them: 'Look, ...", "“Notice Trump sniffing").
 * The entity rules that weigh a capital (dropping "Ah," and "Well,", trimming "Later" off a name,
 * doubting a given name) all ask this one function.
 */
import type { Token } from '../../model/layers/structure.js';
import type { EntityContext } from './context.js';
import { hasLetterOrDigit } from './letter-tests.js';

/** Marks after which a word opens a quotation or what a colon introduces. */
const OPENING = new Set(['"', '“', '‘', "'", ':']);

/** Token `k`, in the sentence starting at token `sentenceStart`, opens the sentence, a quotation or what follows a colon. */
export function opensSentenceOrQuote(tokens: readonly Token[], sentenceStart: number, k: number): boolean {
  if (k > sentenceStart && OPENING.has(tokens[k - 1]!.text)) return true;
  for (let j = sentenceStart; j < k; j++) if (hasLetterOrDigit(tokens[j]!.text)) return false;
  return true;
}

/** `opensSentenceOrQuote` for token `k` of the entities stage's context, in its own sentence. */
export function opensSentenceOrQuoteAt(ctx: EntityContext, k: number): boolean {
  return opensSentenceOrQuote(ctx.tokens, ctx.sentences[ctx.sentenceOf[k]!]!.tokenStart, k);
}
