/**
 * The country a phrase points to: "Ukrainian forces", "the Kiev regime", "Ukraine's General Staff" all
 * point to Ukraine; "Russian-installed officials" to Russia. Read from the nations lexicon (names,
 * demonyms, capitals), so two outlets that blame "Ukrainian troops" and "the Kiev regime" blame the
 * same side, and one that blames "Russian forces" blames another.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';

interface NationEntry extends LexiconEntry {
  demonyms?: string[];
  capitals?: string[];
}

const WORD = /[\p{L}][\p{L}'’.]*/gu;
const POSSESSIVE = /['’]s?$/;

let table: Map<string, string> | undefined;

function nations(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const entry of loadLexicon<NationEntry>('nations').entries) {
    const country = entry.terms[0]!;
    for (const form of [...entry.terms, ...(entry.demonyms ?? []), ...(entry.capitals ?? [])]) {
      // Multi-word names ("United States") are matched by their words joined with single spaces.
      if (!table.has(form)) table.set(form, country);
    }
  }
  return table;
}

/** The country the phrase names, by the first word (or pair of words) that is a country, demonym or capital. */
export function partyOf(phrase: string): string | undefined {
  const table = nations();
  const words = [...phrase.replace(/-/g, ' ').matchAll(WORD)].map((m) => m[0].replace(POSSESSIVE, ''));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Only capitalised words: "turkey" the bird, "chad" the name in lower case are not countries.
    if (word[0] !== word[0]!.toUpperCase()) continue;
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const key = words.slice(i, i + n).join(' ');
      const found = table.get(key) ?? (key.endsWith('.') ? table.get(key.slice(0, -1)) : undefined);
      if (found) return found;
    }
  }
  return undefined;
}
