/**
 * Phrase matching on tokens: lexicon terms are tokenized with the same tokenizer as the text, then
 * matched as lower-cased token sequences, longest first, without overlaps within one phrase set.
 * A trie keyed by token makes a scan cost one map lookup per token where nothing matches, and a table
 * of the hashes of first words spares most tokens even that.
 */
import { tokenize } from '../structure/tokenize.js';
import { lowerCase } from '../numbers/lower-case.js';
import { hashString } from '../pos/hash.js';
import { U32Map } from '../pos/u32-map.js';

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
  /** FNV-1a hashes (pos/hash.ts) of the words a phrase can start with: a word whose hash is not here starts none. */
  firsts: U32Map;
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
  const firsts = new U32Map(root.next.size);
  for (const word of root.next.keys()) {
    const h = hashString(word);
    if (h !== 0) firsts.set(h, 1);
  }
  return { root, firsts };
}

/**
 * Finds the longest match at each position, left to right, skipping over what matched. `hashes`, when
 * given, are the words' FNV-1a hashes: a word no phrase starts with is passed over on one probe of a
 * small typed table, without a string lookup (a collision only costs the lookup).
 */
export function matchPhrases<P>(set: PhraseSet<P>, words: readonly string[], from = 0, to = words.length, hashes?: Uint32Array): Array<PhraseMatch<P>> {
  const matches: Array<PhraseMatch<P>> = [];
  const firsts = set.firsts;
  for (let i = from; i < to; ) {
    if (hashes && hashes[i] !== 0 && firsts.get(hashes[i]!) < 0) {
      i++;
      continue;
    }
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
