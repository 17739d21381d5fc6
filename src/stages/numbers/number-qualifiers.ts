/**
 * Qualifiers before (and a few after) a number, from `src/data/lexicons/number-qualifiers.json`, and the
 * bounds each implies: "almost 40" → high 39, "at least 12" → low 12, "more than 100" → low 101.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { NumberQualifier } from '../../model/layers/numbers.js';

export interface QualifierEntry extends LexiconEntry {
  qualifier: NumberQualifier;
  approximate: boolean;
}

interface QualifierTerm {
  /** Lower-cased words, in text order. */
  words: string[];
  entry: QualifierEntry;
}

let byLastWord: Map<string, QualifierTerm[]> | undefined;

/** Qualifier terms indexed by their last word, longest first. */
export function qualifierTerms(): Map<string, QualifierTerm[]> {
  if (byLastWord) return byLastWord;
  byLastWord = new Map();
  for (const entry of loadLexicon<QualifierEntry>('number-qualifiers').entries) {
    for (const term of entry.terms) {
      const words = term.toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      const list = byLastWord.get(last) ?? [];
      list.push({ words, entry });
      list.sort((a, b) => b.words.length - a.words.length);
      byLastWord.set(last, list);
    }
  }
  return byLastWord;
}

/** Bounds implied by a qualifier on a figure; whole numbers get strict bounds one step inside. */
export function boundsFor(qualifier: NumberQualifier, value: number, vagueUnit = false): { low?: number; high?: number } {
  const whole = Number.isInteger(value);
  switch (qualifier) {
    case 'almost':
    case 'less-than':
      return { high: whole ? value - 1 : value };
    case 'at-least':
      return { low: value };
    case 'more-than':
      return { low: whole ? value + 1 : value };
    case 'at-most':
      return { high: value };
    case 'vague':
      return vagueUnit ? { low: 2 * value } : {};
    default:
      return {};
  }
}
