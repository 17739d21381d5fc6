/** Structure layers: paragraphs, sentences and tokens. They tile the text and never overlap. */
import type { Span } from '../span.js';

/** A paragraph: a run of text between line breaks (blank or single), trimmed. */
export interface Paragraph extends Span {
  index: number;
  /**
   * The line is written in title case or in capitals ("Clinton Breaks With Obama On 9/11 Lawsuit
   * Bill"): its capitals say nothing about names. Set by the structure stage, only when true.
   */
  titleCase?: true;
}

/** A sentence: never crosses a paragraph; a quotation may span several sentences. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index of the first token of the sentence in the tokens layer, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

/** A token: a word, number, punctuation mark or symbol. */
export interface Token extends Span {
  /** Penn Treebank part-of-speech tag, once the `pos` stage has run. */
  pos?: string;
  /** Whitespace (or nothing) precedes this token. */
  spaceBefore: boolean;
}
