/**
 * Finds lexicon terms (hedges, distancing, denial and negation cues) in a token range (given as normalised words), matching
 * whole tokens case-insensitively, longest term first. Terms are split the way the tokenizer splits
 * text ("n't" is its own token, "so-called" stays one).
 */
import type { Token } from '../../model/layers/structure.js';
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';

export interface TermHit {
  from: number;
  to: number;
  entry: LexiconEntry;
}

interface TermIndex {
  byFirst: Map<string, Array<{ words: string[]; entry: LexiconEntry }>>;
}

const indexes = new Map<string, TermIndex>();

const CURLY_APOSTROPHE = /’/g;

function norm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

function termIndex(lexicon: string): TermIndex {
  let index = indexes.get(lexicon);
  if (index) return index;
  const byFirst = new Map<string, Array<{ words: string[]; entry: LexiconEntry }>>();
  for (const entry of loadLexicon(lexicon).entries) {
    for (const term of entry.terms) {
      const words = norm(term).replace(/(\w)(n't)\b/g, '$1 $2').split(/\s+/);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, entry });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  index = { byFirst };
  indexes.set(lexicon, index);
  return index;
}

/** Normalised words of the tokens, once per document, for `matchTerms`. */
export function normalisedWords(tokens: readonly Token[]): string[] {
  return tokens.map((t) => norm(t.text));
}

/** Every hit of the lexicon's terms in tokens `[from, to)`, left to right, not overlapping. */
export function matchTerms(lexicon: string, words: readonly string[], from: number, to: number): TermHit[] {
  const { byFirst } = termIndex(lexicon);
  const hits: TermHit[] = [];
  for (let i = from; i < to; i++) {
    const candidates = byFirst.get(words[i]!);
    if (!candidates) continue;
    for (const { words: terms, entry } of candidates) {
      if (i + terms.length > to) continue;
      let ok = true;
      for (let k = 1; k < terms.length && ok; k++) ok = words[i + k] === terms[k];
      if (!ok) continue;
      hits.push({ from: i, to: i + terms.length, entry });
      i += terms.length - 1;
      break;
    }
  }
  return hits;
}
