/**
 * The time lexicon (`src/data/lexicons/time-words.json`) as lookups: every word or phrase with the token
 * class the time patterns match on, and the calendar meaning the resolver reads.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { tokenize } from '../structure/tokenize.js';

/** Token classes, each written as one character in the class string the patterns run over. */
export const CLASS_CHARS = {
  MONTH: 'M', WEEKDAY: 'K', SEASON: 'S', FALL: 's', DAYPART: 'P', NOON: 'n', UNIT: 'U', HALF: 'e',
  REL: 'L', PAST: 'R', FUTURE: 'r', DIR: 'G', DIRP: 'g', EDGE: 'E', BOUND: 'B', DEICTIC: 'T',
  FISCAL: 'F', AGE: 'x', PERIOD: 'v', EVERY: 'X', SETADV: 'V', HOLIDAY: 'H', APPROX: 'A', MORE: 'u', VAGUE: 'Q', THE: 't',
  ART: 'a', OF: 'o', CONJ: 'j', AMPM: 'm', TZ: 'z', SINCE: 'i', UNTIL: 'l', PREP: 'f',
  // Classes given by the shape of a token rather than by the lexicon.
  NUM: 'N', YEAR: 'Y', ORD: 'O', DECADE: 'C', CLOCK: 'c', NUMDATE: 'I', APOS: 'y', HYPHEN: 'h',
  COMMA: 'k', POSS: 'q', PUNCT: 'p', WORD: 'w', END: '|',
} as const;

export type TimeClass = keyof typeof CLASS_CHARS;

/** A time-words entry; the calendar fields present depend on its class. */
export interface TimeWordEntry extends LexiconEntry {
  class: TimeClass;
  capitalOnly?: boolean;
  month?: number;
  weekday?: number;
  day?: number;
  season?: string;
  daypart?: string;
  hour?: number;
  unit?: string;
  rel?: string;
  ref?: string;
  dir?: string;
  mod?: string;
  offset?: number;
  rule?: string;
  range?: 'start' | 'end';
  pm?: boolean;
  value?: number;
}

export interface TimeWords {
  /** Single-word terms by lower-cased text. */
  single: Map<string, TimeWordEntry>;
  /** Multi-word terms by their lower-cased first word, longest first. */
  multi: Map<string, Array<{ words: string[]; entry: TimeWordEntry }>>;
}

let cached: TimeWords | undefined;
const PLAIN_WORD = /^\p{L}+$/u;

/** Splits a term the way the dates stage splits text: structure tokens, then inner hyphens. */
export function termWords(term: string): string[] {
  // Most terms are one plain word: skip the tokenizer (a cold-start cost).
  if (PLAIN_WORD.test(term)) return [term.toLowerCase()];
  return tokenize(term).flatMap((t) => splitHyphens(t.text)).map((w) => w.toLowerCase());
}

/** "mid-2014" → ["mid", "-", "2014"]; a word without inner hyphens comes back alone. */
export function splitHyphens(word: string): string[] {
  if (!word.includes('-') || word.length < 3) return [word];
  return word.split(/(-)/).filter((p) => p.length > 0);
}

/** The time lexicon, loaded once. The first entry listing a term wins. */
export function timeWords(): TimeWords {
  if (cached) return cached;
  const single = new Map<string, TimeWordEntry>();
  const multi = new Map<string, Array<{ words: string[]; entry: TimeWordEntry }>>();
  for (const entry of loadLexicon<TimeWordEntry>('time-words').entries) {
    if (!(entry.class in CLASS_CHARS)) throw new Error(`time-words ${entry.id}: expected a known class, found "${entry.class}"`);
    for (const term of entry.terms) {
      const words = termWords(term);
      if (words.length === 1) {
        if (!single.has(words[0]!)) single.set(words[0]!, entry);
      } else {
        const list = multi.get(words[0]!) ?? [];
        list.push({ words, entry });
        list.sort((a, b) => b.words.length - a.words.length);
        multi.set(words[0]!, list);
      }
    }
  }
  cached = { single, multi };
  return cached;
}
