/** Framing: propaganda techniques, loaded language, naming choices and tone, each in someone's voice. */
import type { Annotation } from '../span.js';

/**
 * Whose words a marker is in: the outlet's own, or a quoted source's. Only words inside quotation marks
 * are a source's own words (a direct quote, or the quoted part of a mixed one); a paraphrase in indirect
 * speech is worded by the outlet. `quote` is the id of the innermost quote in the quotes layer holding
 * the words, absent when quotation marks hold words no quote attributes (scare quotes, an unattributed
 * phrase), and then `speaker` is "unknown".
 */
export type Voice = { kind: 'outlet' } | { kind: 'source'; quote?: string; speaker?: string };

/** The 14 techniques of the Propaganda Techniques Corpus (SemEval-2020 Task 11 labels). */
export type Technique =
  | 'Loaded_Language'
  | 'Name_Calling,Labeling'
  | 'Repetition'
  | 'Exaggeration,Minimisation'
  | 'Doubt'
  | 'Appeal_to_fear-prejudice'
  | 'Flag-Waving'
  | 'Causal_Oversimplification'
  | 'Slogans'
  | 'Appeal_to_Authority'
  | 'Black-and-White_Fallacy'
  | 'Thought-terminating_Cliches'
  | 'Whataboutism,Straw_Men,Red_Herring'
  | 'Bandwagon,Reductio_ad_hitlerum';

export interface FramingMarker extends Annotation {
  /** A PTC technique, or one of newslens's own marker kinds. */
  technique: Technique | 'Euphemism' | 'Hedge' | 'Distancing';
  /** A sentence a person can read: why this span was marked. */
  reason: string;
  voice: Voice;
  /** How it was found: a lexicon entry (auditable, see docs/lexicons.md) or the trained framing model. */
  method: 'lexicon' | 'model';
  /** The lexicon entry that matched, when one did. */
  entry?: string;
}

export interface NamingChoice extends Annotation {
  /** Id of the contested-names table entry ("kyiv"). */
  entry: string;
  /** The variant used here ("Kiev") and what it signals. */
  variant: string;
  signals: string;
  /** The other variants of the same name or term. */
  alternatives: string[];
  voice: Voice;
}

/** Tone: a score per sentence and for the document, defined in `definition` and docs/framing.md. */
export interface Tone {
  /** The definition, in words, of the score (see docs). */
  definition: string;
  document: number;
  /** Per sentence (index in the sentences layer): its score. */
  sentences: Array<{ sentence: number; score: number }>;
}
