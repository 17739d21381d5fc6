/**
 * How English news uses each one-word place name (`src/data/gazetteer/word-stats.tsv`, built by
 * scripts/build-place-words.ts from CoNLL-2003 and PolNeAR): a word mostly written in lower case is a
 * common word ("Mobile", "Reading"), one mostly tagged as a person is a name ("Clinton", "Henry").
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';

export interface WordUse { lower: number; person: number; location: number; organisation: number; other: number; untagged: number }

let table: Map<string, WordUse> | undefined;

/** The counts for a lower-cased word, or undefined when the corpora never showed it. */
export function wordUse(word: string): WordUse | undefined {
  if (!table) {
    table = new Map();
    for (const line of readFileSync(dataFile('gazetteer', 'word-stats.tsv'), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const f = line.split('\t');
      table.set(f[0]!, { lower: Number(f[1]), person: Number(f[2]), location: Number(f[3]), organisation: Number(f[4]), other: Number(f[5]), untagged: Number(f[6]) });
    }
  }
  return table.get(word.toLowerCase());
}

/** Whether a capitalised word is more often something else than a place: a common word or a person's name. */
export function usuallyNotAPlace(word: string): boolean {
  const use = wordUse(word);
  if (!use) return false;
  const asName = use.person + use.location + use.organisation + use.other + use.untagged;
  if (use.lower >= 3 && use.lower > 2 * asName) return true;
  return use.person > use.location && use.person >= 2;
}
