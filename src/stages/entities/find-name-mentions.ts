/**
 * Finds names with the NER tagger, sentence by sentence, as token ranges with a type. The tagger
 * reads the words and the POS tags the pos stage left on the tokens.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { describeSentence, rememberedPosTags } from '../pos/describe-sentence.js';
import { posModel } from '../pos/tag-pos.js';
import { labelsToSpans, type NerType } from './ner/labels.js';
import { nerModel, posHashes, posHashesOfIds, tagEntitiesHashed } from './ner/tag-ner.js';

const WORD = /[\p{L}\p{N}]/u;
const LINK = /^(https?:\/\/|www\.)|@/i;

/** A candidate name: tokens `[start, end)` of the document's tokens layer. */
export interface NameCandidate {
  start: number;
  end: number;
  type: NerType;
  rule: string;
}

// Per-sentence scratch, reused from document to document (nothing read from them escapes a sentence).
let hashes = new Uint32Array(256);
let labelBuffer = new Int32Array(256);

/** Names in every sentence, in text order. */
export function findNameMentions(tokens: Token[], sentences: readonly Sentence[]): NameCandidate[] {
  const model = nerModel();
  const classes = posModel().header.classes;
  const out: NameCandidate[] = [];
  const tags: Array<string | undefined> = [];
  const ids = rememberedPosTags(tokens);
  for (const sentence of sentences) {
    const s = describeSentence(tokens, sentence);
    if (hashes.length < s.length) {
      hashes = new Uint32Array(s.length * 2);
      labelBuffer = new Int32Array(s.length * 2);
    }
    // The pos stage's class ids, when they are still the tags on the tokens; else the tags as written.
    if (ids !== undefined && sameTags(tokens, sentence.tokenStart, sentence.tokenEnd, ids, classes)) posHashesOfIds(ids, sentence.tokenStart, s.length, classes, hashes);
    else {
      tags.length = s.length;
      for (let i = 0; i < s.length; i++) tags[i] = tokens[sentence.tokenStart + i]!.pos;
      posHashes(tags, hashes);
    }
    const labels = tagEntitiesHashed(s, hashes, model, labelBuffer);
    for (const span of labelsToSpans(labels, s.length)) {
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

function sameTags(tokens: readonly Token[], from: number, to: number, ids: Int32Array, classes: readonly string[]): boolean {
  if (ids.length !== tokens.length) return false;
  for (let t = from; t < to; t++) if (tokens[t]!.pos !== classes[ids[t]!]) return false;
  return true;
}
