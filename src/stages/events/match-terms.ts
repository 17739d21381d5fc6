/**
 * Matches lexicon terms on lower-cased token words, longest match first. Terms are split with the
 * same tokenizer as the text, so "car-bomb", "ground-launched" and "sit-in" match as they are written.
 */
import type { LexiconEntry } from '../../data/lexicon.js';
import { tokenize } from '../structure/tokenize.js';
import type { RoleWord } from './roles/role-lexicon.js';

/**
 * The scene being read: its words array and their role-tagger descriptions (one per word type, made by
 * `roleInput`). A matcher of a role lexicon reads there whether any term of that lexicon starts with a
 * word before probing its own string-keyed map: most words start none, and the probe of a token string
 * (hash, then a char-by-char compare) per word was 1.2-1.6% of all ticks in the events rules.
 */
let describedWords: readonly string[] | undefined;
let describedInfo: readonly RoleWord[] = [];

/** Records the descriptions of `words` (by array identity; `info[i].lower === words[i]`) for the matchers. */
export function describeTermWords(words: readonly string[], info: readonly RoleWord[]): void {
  describedWords = words;
  describedInfo = info;
}

/** Lets go of the last scene's words once the stage is done with them. */
export function forgetTermWords(): void {
  describedWords = undefined;
  describedInfo = [];
}

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

  /**
   * @param roleLexicon index into roles/role-lexicon.ts `ROLE_LEXICONS` of the lexicon `entries` are
   * taken from (all or some of its entries), or -1: with it, a word no term of that lexicon starts with
   * is skipped by its description's `terms`, with no map probe.
   */
  constructor(entries: readonly E[], private readonly roleLexicon = -1) {
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
    if (this.roleLexicon >= 0 && words === describedWords && describedInfo[i]?.terms[this.roleLexicon] === undefined) return undefined;
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
