/**
 * The cue lexicons, loaded once: reporting verbs by inflected form, and multi-word cue phrases by
 * their first word. Strength and stance travel with each entry into the quote (`cueEntry`) and on to
 * the claims stage.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';

import type { CueKind } from '../../model/layers/quotes.js';

export type { CueKind };
export type CueStance = 'neutral' | 'endorsing' | 'distancing' | 'denial' | 'questioning';

export interface ReportingVerbEntry extends LexiconEntry {
  kind: CueKind;
  strength: 'weak' | 'neutral' | 'strong';
  stance: CueStance;
}

export interface CuePhraseEntry extends LexiconEntry {
  role: 'verb' | 'preposition' | 'setting';
  strength: 'weak' | 'neutral' | 'strong';
  stance: CueStance;
}

/** A word that attributes an attitude: a belief, feeling or stance, perception, intention or decree. */
export interface AttitudeEntry extends LexiconEntry {
  kind: CueKind;
  pos: 'verb' | 'noun' | 'adjective';
}

/** A cue phrase as lower-case words. */
export interface CuePhrase {
  words: string[];
  entry: CuePhraseEntry;
}

interface CueLexicon {
  verbs: Map<string, ReportingVerbEntry>;
  /** Phrases by first word, longest first. */
  phrases: Map<string, CuePhrase[]>;
  /** Attitude words by inflected form (attitude-cues.json): what a cue the model found reports. */
  attitudes: Map<string, AttitudeEntry>;
  /**
   * Verbs read only as the verb of a title-case headline (headline-cue-verbs.json: decrees, stances),
   * by inflected form; the cue model does not read them.
   */
  headlineVerbs: Map<string, AttitudeEntry>;
  /** Entry ids → entries of both lexicons, for the claims stage. */
  byId: Map<string, ReportingVerbEntry | CuePhraseEntry>;
}

let loaded: CueLexicon | undefined;

/** The cue lexicons, built on first use. */
export function cueLexicon(): CueLexicon {
  if (loaded) return loaded;
  const verbs = new Map<string, ReportingVerbEntry>();
  const byId = new Map<string, ReportingVerbEntry | CuePhraseEntry>();
  for (const entry of loadLexicon<ReportingVerbEntry>('reporting-verbs').entries) {
    byId.set(`verb:${entry.id}`, entry);
    for (const term of entry.terms) if (!verbs.has(term)) verbs.set(term, entry);
  }
  const phrases = new Map<string, CuePhrase[]>();
  for (const entry of loadLexicon<CuePhraseEntry>('cue-phrases').entries) {
    byId.set(`phrase:${entry.id}`, entry);
    for (const term of entry.terms) {
      // Split like the tokenizer does, so "it’s" style clitics line up with tokens.
      const words = term.toLowerCase().split(/\s+/);
      const list = phrases.get(words[0]!) ?? [];
      list.push({ words, entry });
      phrases.set(words[0]!, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const attitudes = new Map<string, AttitudeEntry>();
  for (const entry of loadLexicon<AttitudeEntry>('attitude-cues').entries) for (const term of entry.terms) if (!attitudes.has(term)) attitudes.set(term, entry);
  const headlineVerbs = new Map<string, AttitudeEntry>();
  for (const entry of loadLexicon<AttitudeEntry>('headline-cue-verbs').entries) for (const term of entry.terms) if (!headlineVerbs.has(term)) headlineVerbs.set(term, entry);
  loaded = { verbs, phrases, attitudes, headlineVerbs, byId };
  return loaded;
}
