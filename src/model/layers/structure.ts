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
  /** The wire dateline opening the paragraph ("KYIV, Ukraine, March 3 (Reuters) - "), set by the structure stage. */
  dateline?: Dateline;
}

/**
 * A wire dateline: the place a report was filed from, perhaps its region, date and agency, up to and
 * including the dash that closes it ("KYIV, Ukraine, March 3 (Reuters) -"). Each part is present only
 * when written.
 */
export interface Dateline extends Span {
  /** The place words before the first comma, parenthesis or dash: "KYIV", "SAN SALVADOR", "Gaza City". */
  place: Span;
  /** A region or country after a comma: "Ukraine", "N.Y.", "Gaza Strip". */
  region?: Span;
  /** The date: "March 3", "12 March", "3 JAN 90". */
  date?: Span;
  /** The agency, inside its parentheses: "Reuters", "RADIO CADENA". */
  agency?: Span;
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
