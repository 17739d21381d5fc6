/** Framing: propaganda techniques, loaded language, naming choices and tone, each in someone's voice. */
import type { Annotation } from '../span.js';

/** Whose words a marker is in: the outlet's own, or a quoted source's. */
export type Voice = { kind: 'outlet' } | { kind: 'source'; quote: string; speaker?: string };

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

export interface Tone {
  /** The definition, in words, of the score (see docs). */
  definition: string;
  document: number;
  sentences: Array<{ sentence: number; score: number }>;
}
