/**
 * Finds names with the NER tagger, sentence by sentence, as token ranges with a type. The tagger
 * reads the words and the POS tags the pos stage left on the tokens.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { describeSentence } from '../pos/describe-sentence.js';
import { labelsToSpans, type NerType } from './ner/labels.js';
import { nerModel, tagEntities } from './ner/tag-ner.js';

const WORD = /[\p{L}\p{N}]/u;
const LINK = /^(https?:\/\/|www\.)|@/i;

/** A candidate name: tokens `[start, end)` of the document's tokens layer. */
export interface NameCandidate {
  start: number;
  end: number;
  type: NerType;
  rule: string;
}

/** Names in every sentence, in text order. */
export function findNameMentions(tokens: Token[], sentences: readonly Sentence[]): NameCandidate[] {
  const model = nerModel();
  const out: NameCandidate[] = [];
  const tags: Array<string | undefined> = [];
  for (const sentence of sentences) {
    const s = describeSentence(tokens, sentence);
    tags.length = s.length;
    for (let i = 0; i < s.length; i++) tags[i] = tokens[sentence.tokenStart + i]!.pos;
    const labels = tagEntities(s, tags, model);
    for (const span of labelsToSpans(labels)) {
      // A name starts and ends with a word: punctuation at its edges (or alone) is a tagging slip.
      let start = sentence.tokenStart + span.start;
      let end = sentence.tokenStart + span.end;
      while (start < end && !WORD.test(tokens[start]!.text)) start++;
      while (end > start && !WORD.test(tokens[end - 1]!.text)) end--;
      // URLs, e-mail addresses and handles are not names, whatever the tagger says.
      let link = false;
      for (let t = start; t < end; t++) if (LINK.test(tokens[t]!.text)) link = true;
      if (start < end && !link) out.push({ start, end, type: span.type, rule: 'ner' });
    }
  }
  return out;
}
