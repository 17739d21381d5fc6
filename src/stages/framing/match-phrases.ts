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

export interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payload?: P;
}

/** A compiled set of phrases. */
export interface PhraseSet<P> {
  root: TrieNode<P>;
  /** FNV-1a hashes (pos/hash.ts) of the words a phrase can start with: a word whose hash is not here starts none. */
  firsts: U32Map;
  /** The words that come second in a phrase. */
  seconds: Set<string>;
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
  const seconds = new Set<string>();
  for (const [word, node] of root.next) {
    const h = hashString(word);
    if (h !== 0) firsts.set(h, 1);
    for (const second of node.next.keys()) seconds.add(second);
  }
  return { root, firsts, seconds };
}

/** The trie node of the phrases of `set` that start with `word`, if any. */
export function firstNode<P>(set: PhraseSet<P>, word: string): TrieNode<P> | undefined {
  return set.root.next.get(word);
}

/**
 * The first trie nodes of a text's words given ahead: word i's is `nodes[rows[i]]` (`firstNode` of
 * the word, kept per word type, model/word-types.ts).
 */
export interface FirstNodes<P> {
  rows: Int32Array;
  nodes: ReadonlyArray<TrieNode<P> | undefined>;
}

/**
 * What a word can be in the phrases of `set`, as bits: `bit` when a phrase starts with it, `bit << 2`
 * when a phrase has it second, `bit << 4` when it is a one-word phrase (see `matchPhrases`).
 */
export function phraseRoles(set: PhraseSet<unknown>, word: string, bit: number): number {
  const first = set.root.next.get(word);
  return (first ? bit : 0) | (set.seconds.has(word) ? bit << 2 : 0) | (first?.payload !== undefined ? bit << 4 : 0);
}

/**
 * Finds the longest match at each position, left to right, skipping over what matched. `hashes`, when
 * given, are the words' FNV-1a hashes: a word no phrase starts with is passed over on one probe of a
 * small typed table, without a string lookup (a collision only costs the lookup). `starts`, when
 * given, says it outright, per word, as `phraseRoles` gives them for `bit`: a phrase can start at
 * word i only when the word starts one, and is a one-word phrase or the next word comes second in
 * some phrase. Function words start many phrases ("the", "of", "according to"), so the second test
 * spares most walks into the trie. `first`, when given, holds each word's first node, so a walk
 * starts without a string lookup.
 */
export function matchPhrases<P>(set: PhraseSet<P>, words: readonly string[], from = 0, to = words.length, hashes?: Uint32Array, starts?: Uint8Array, bit = 0, first?: FirstNodes<P>): Array<PhraseMatch<P>> {
  const matches: Array<PhraseMatch<P>> = [];
  const firsts = set.firsts;
  for (let i = from; i < to; ) {
    if (starts ? !mayStart(starts, i, to, bit) : hashes && hashes[i] !== 0 && firsts.get(hashes[i]!) < 0) {
      i++;
      continue;
    }
    let node = first ? first.nodes[first.rows[i]!] : set.root.next.get(words[i]!);
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

/** Whether a phrase can start at word i, from the words' `phraseRoles` (see `matchPhrases`). */
function mayStart(roles: Uint8Array, i: number, to: number, bit: number): boolean {
  const r = roles[i]!;
  if ((r & bit) === 0) return false;
  return (r & (bit << 4)) !== 0 || (i + 1 < to && (roles[i + 1]! & (bit << 2)) !== 0);
}
