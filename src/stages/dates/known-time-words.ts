/**
 * What the time and number lexicons hold for a lower-cased word (its one-word time entry, the
 * multi-word terms it starts, its number-word entry), gathered into one map so a token costs one
 * lookup instead of three, behind a filter that turns away most words without a map lookup.
 */
import { loadLexicon } from '../../data/lexicon.js';
import { numberWord, type NumberWordEntry } from '../numbers/number-words.js';
import { WordFilter } from '../numbers/word-filter.js';
import { timeWords, type TimeClass, type TimeWordEntry } from './time-words.js';

/** What the time and number lexicons hold for a lower-cased word: one lookup per token instead of three. */
export interface KnownWord {
  single?: TimeWordEntry;
  multi?: Array<{ words: string[]; entry: TimeWordEntry }>;
  number?: NumberWordEntry;
}

let known: Map<string, KnownWord> | undefined;
/** The words `known` holds, as a filter that turns away most tokens without a map lookup. */
let knownFilter: WordFilter | undefined;

/** Loads the map (once); `knownWord` reads it only after this. */
export function lexicon(): Map<string, KnownWord> {
  if (known) return known;
  const { single, multi } = timeWords();
  const map = new Map<string, KnownWord>();
  const at = (word: string): KnownWord => {
    let k = map.get(word);
    if (!k) map.set(word, (k = {}));
    return k;
  };
  for (const [word, entry] of single) at(word).single = entry;
  for (const [word, list] of multi) at(word).multi = list;
  // Each number word as numberWord reads it (the last entry listing a term wins there).
  for (const word of loadLexicon<NumberWordEntry>('number-words').entries.flatMap((e) => e.terms)) {
    const entry = numberWord(word);
    if (entry) at(word).number = entry;
  }
  known = map;
  knownFilter = new WordFilter(map.keys());
  return map;
}

/** What the time and number lexicons hold for the lower-cased word `lower`. */
export function knownWord(lower: string): KnownWord | undefined {
  return knownFilter!.has(lower) ? known!.get(lower) : undefined;
}

/** The longest multi-word term at piece `i` of the sentence's `n` pieces. */
export function matchMultiWord(candidates: ReadonlyArray<{ words: string[]; entry: TimeWordEntry }>, lowers: readonly string[], i: number, n: number): { length: number; entry: TimeWordEntry } | undefined {
  for (const { words, entry } of candidates) {
    if (i + words.length > n) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = lowers[i + k] === words[k];
    if (ok) return { length: words.length, entry };
  }
  return undefined;
}

/** The class of a number word. */
export function numberClass(word: NumberWordEntry): TimeClass {
  return word.kind === 'ordinal' ? 'ORD' : word.kind === 'vague' ? 'VAGUE' : 'NUM';
}
