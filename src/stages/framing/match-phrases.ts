/**
 * Phrase matching on tokens: lexicon terms are tokenized with the same tokenizer as the text, then
 * matched as lower-cased token sequences, longest first, without overlaps within one phrase set.
 * A trie keyed by token makes a scan cost one map lookup per token where nothing matches.
 */
import { tokenize } from '../structure/tokenize.js';
import { lowerCase } from '../numbers/lower-case.js';

/** What a match carries back: the caller's payload for the term. */
export interface PhraseMatch<P> {
  tokenStart: number;
  tokenEnd: number;
  payload: P;
}

interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payload?: P;
}

/** A compiled set of phrases. */
export interface PhraseSet<P> {
  root: TrieNode<P>;
}

/** The lower-cased, apostrophe-straightened form used for matching. */
export function matchForm(word: string): string {
  const lower = lowerCase(word);
  return lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

const CURLY_APOSTROPHE = /’/g;

/** Compiles `[term, payload]` pairs; the first payload given for a term wins. */
export function compilePhrases<P>(terms: Iterable<readonly [string, P]>): PhraseSet<P> {
  const root: TrieNode<P> = { next: new Map() };
  for (const [term, payload] of terms) {
    let node = root;
    for (const token of tokenize(term)) {
      const key = matchForm(token.text);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (node !== root && node.payload === undefined) node.payload = payload;
  }
  return { root };
}

/** Finds the longest match at each position, left to right, skipping over what matched. */
export function matchPhrases<P>(set: PhraseSet<P>, words: readonly string[], from = 0, to = words.length): Array<PhraseMatch<P>> {
  const matches: Array<PhraseMatch<P>> = [];
  for (let i = from; i < to; ) {
    let node = set.root.next.get(words[i]!);
    let best: PhraseMatch<P> | undefined;
    for (let j = i + 1; node; j++) {
      if (node.payload !== undefined) best = { tokenStart: i, tokenEnd: j, payload: node.payload };
      if (j >= to) break;
      node = node.next.get(words[j]!);
    }
    if (best) {
      matches.push(best);
      i = best.tokenEnd;
    } else i++;
  }
  return matches;
}
