/**
 * The lexicons the framing stage reads, compiled once on first use: loaded language, propaganda cues,
 * euphemisms, contested names (its own), and the hedges and distancing cues shared with the claims
 * analysis. Each compiled set maps a term to the lexicon entry it came from.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { compilePhrases, type PhraseSet } from './match-phrases.js';

/** A loaded-language or propaganda-cue entry: the PTC technique it is evidence of. */
export interface TechniqueEntry extends LexiconEntry {
  technique: string;
  /** propaganda-cues only: whether a match is reported as a marker on its own (loaded language always is). */
  marker?: boolean;
}

export interface EuphemismEntry extends LexiconEntry {
  standsFor: string;
}

export interface NameVariant {
  name: string;
  terms: string[];
  signals: string;
}

export interface ContestedNameEntry extends LexiconEntry {
  kind: 'place' | 'term';
  variants: NameVariant[];
  /** Words of which one must occur in the article for the entry to apply. */
  context?: string[];
  /** Phrases that contain a variant but do not name the thing. */
  ignore?: string[];
}

/** A cue found by the lexicons: which lexicon, which entry. */
export interface CueHit {
  lexicon: 'loaded-language' | 'propaganda-cues' | 'euphemisms' | 'hedges' | 'distancing-cues';
  entry: LexiconEntry;
}

/** A naming hit: the entry and variant, or an ignored phrase (variant absent). */
export interface NameHit {
  entry: ContestedNameEntry;
  variant?: NameVariant;
}

export interface FramingLexicons {
  cues: PhraseSet<CueHit>;
  names: PhraseSet<NameHit>;
  contestedNames: ContestedNameEntry[];
}

/** A word's roles in `cues` and in `names` (match-phrases.ts `phraseRoles`; model/word-types.ts) take these bits, shifted. */
export const STARTS_CUE = 1;
export const STARTS_NAME = 2;

let compiled: FramingLexicons | undefined;

/** The compiled lexicons, built once. */
export function framingLexicons(): FramingLexicons {
  if (compiled) return compiled;
  const cueTerms: Array<[string, CueHit]> = [];
  for (const lexicon of ['loaded-language', 'propaganda-cues', 'euphemisms', 'hedges', 'distancing-cues'] as const) {
    for (const entry of loadLexicon(lexicon).entries) for (const term of entry.terms) cueTerms.push([term, { lexicon, entry }]);
  }
  const contestedNames = loadLexicon<ContestedNameEntry>('contested-names').entries;
  const nameTerms: Array<[string, NameHit]> = [];
  for (const entry of contestedNames) {
    for (const phrase of entry.ignore ?? []) nameTerms.push([phrase, { entry }]);
    for (const variant of entry.variants) for (const term of variant.terms) nameTerms.push([term, { entry, variant }]);
  }
  compiled = { cues: compilePhrases(cueTerms), names: compilePhrases(nameTerms), contestedNames };
  return compiled;
}
