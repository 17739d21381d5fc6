/**
 * Matches lexicon terms on lower-cased token words, longest match first. Terms are split with the
 * same tokenizer as the text, so "car-bomb", "ground-launched" and "sit-in" match as they are written.
 */
import type { LexiconEntry } from '../../data/lexicon.js';
import { tokenize } from '../structure/tokenize.js';

/** A term match: token indices `[start, end)` and the entry that matched. */
export interface TermMatch<E extends LexiconEntry = LexiconEntry> {
  start: number;
  end: number;
  entry: E;
}

/** Finds lexicon terms in a sequence of lower-cased words. */
export class TermMatcher<E extends LexiconEntry = LexiconEntry> {
  /** First word → candidate terms (their words and entry), longest first. */
  private readonly byFirst = new Map<string, Array<{ words: string[]; entry: E }>>();

  constructor(entries: readonly E[]) {
    for (const entry of entries) {
      for (const term of entry.terms) {
        const words = tokenize(term.toLowerCase()).map((t) => t.text);
        const first = words[0];
        if (!first) continue;
        let list = this.byFirst.get(first);
        if (!list) this.byFirst.set(first, (list = []));
        list.push({ words, entry });
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest term starting at word `i`, or undefined. */
  matchAt(words: readonly string[], i: number, limit = words.length): TermMatch<E> | undefined {
    const candidates = this.byFirst.get(words[i]!);
    if (!candidates) return undefined;
    outer: for (const { words: term, entry } of candidates) {
      if (i + term.length > limit) continue;
      for (let k = 1; k < term.length; k++) if (words[i + k] !== term[k]) continue outer;
      return { start: i, end: i + term.length, entry };
    }
    return undefined;
  }

  /** All non-overlapping longest matches, left to right, in `[from, to)`. */
  findAll(words: readonly string[], from = 0, to = words.length): Array<TermMatch<E>> {
    const out: Array<TermMatch<E>> = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(words, i, to);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Whether `findAll(words, from, to)` finds anything: the scan stops at the first match. */
  anyIn(words: readonly string[], from = 0, to = words.length): boolean {
    for (let i = from; i < to; i++) if (this.matchAt(words, i, to)) return true;
    return false;
  }

  /** The last of `findAll(words, from, to)` (the only one that can end at `to`), with no list built. */
  lastIn(words: readonly string[], from = 0, to = words.length): TermMatch<E> | undefined {
    let last: TermMatch<E> | undefined;
    for (let i = from; i < to; ) {
      const m = this.matchAt(words, i, to);
      if (m) {
        last = m;
        i = m.end;
      } else i++;
    }
    return last;
  }

  /** All entries whose terms include this one-word term. */
  entriesOf(word: string): E[] {
    return (this.byFirst.get(word) ?? []).filter((c) => c.words.length === 1).map((c) => c.entry);
  }
}
