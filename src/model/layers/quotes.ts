/** Quotes: who said what. Direct, indirect and mixed speech with source, cue and content spans. */
import type { Span, Provenance } from '../span.js';

export type QuoteForm = 'direct' | 'indirect' | 'mixed';

/**
 * What a cue reports. Only `speech` is saying or writing; the others are attitudes PolNeAR also counts
 * as attributions: `cognition` a belief or thought ("fears that", "views him as"), `stance` a feeling
 * about or support for something ("concerned about", "criticism of", "backs"), `perception` witnessing
 * ("saw that"), `intention` a plan, desire or commitment ("plans to"), `decree` a ruling ("ordered"),
 * `evidence` a finding shown ("the report shows").
 */
export type CueKind = 'speech' | 'cognition' | 'stance' | 'perception' | 'intention' | 'decree' | 'evidence';

/** How the speaker was found. */
export type SpeakerResolution = 'name' | 'pronoun' | 'nominal' | 'apposition' | 'none';

export interface Speaker {
  /** The entity the source refers to, when it could be resolved. */
  entity?: string;
  /** A readable name for the speaker ("Dmitry Peskov", "authorities in Donetsk"). */
  name: string;
  resolvedBy: SpeakerResolution;
}

export interface Quote extends Provenance {
  id: string;
  form: QuoteForm;
  /** The content: one span, or several for a split quote ("We are," he said, "ready"). */
  content: Span[];
  /** The reporting verb or cue phrase ("pointed out", "according to"). */
  cue?: Span;
  /** The source as written ("Peskov", "he", "authorities in Donetsk"). */
  source?: Span;
  speaker?: Speaker;
  /** Id of the quote this one is nested in (Peskov noted that Putin had made it clear that ...). */
  parent?: string;
  /** Id of the cue lexicon entry, which gives its strength and stance. */
  cueEntry?: string;
  /** What the cue reports (speech, a belief, a stance...); absent when no lexicon knows the cue's words. */
  cueKind?: CueKind;
}
