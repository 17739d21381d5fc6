/**
 * What the framing model reads of an article, computed once: the tokens lower-cased, which tokens sit
 * inside quotation marks, how often each word occurs (repetition), and which lexicon cues cover each
 * token. Built from the structure layers, so the stage and the evaluation see the same thing.
 */
import type { Sentence, Token } from '../../../model/layers/structure.js';
import { matchForm } from '../match-phrases.js';

export interface ArticleContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Lower-cased token texts, curly apostrophes straightened. */
  words: string[];
  /** Per token: inside a pair of quotation marks. */
  quoted: Uint8Array;
  /** Occurrences of each lower-cased word in the article. */
  wordCounts: Map<string, number>;
  /** Per token: the cue kinds (technique names) of lexicon entries covering it; empty for most. */
  cues: ReadonlyArray<readonly string[]>;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const NO_CUES: readonly string[] = [];

/** Builds the context; `cues` comes from the lexicon matcher (one list per token). */
export function buildArticleContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cues?: ReadonlyArray<readonly string[]>): ArticleContext {
  const words = new Array<string>(tokens.length);
  const wordCounts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const w = matchForm(tokens[i]!.text);
    words[i] = w;
    wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  }
  return { text, tokens, sentences, words, quoted: markQuoted(text, tokens), wordCounts, cues: cues ?? new Array<readonly string[]>(tokens.length).fill(NO_CUES) };
}

/**
 * Marks tokens between quotation marks. Curly marks open and close by shape; a straight double quote
 * toggles. A line break closes any open quote, since PTC-style texts and news paragraphs rarely carry a
 * quote across lines without reopening it.
 */
function markQuoted(text: string, tokens: readonly Token[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  let open = false;
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (open && text.slice(lastEnd, t.start).includes('\n')) open = false;
    lastEnd = t.end;
    const s = t.text;
    if (OPENING.has(s)) { open = true; continue; }
    if (CLOSING.has(s)) { open = false; continue; }
    if (s === '"') { open = !open; continue; }
    if (open) quoted[i] = 1;
  }
  return quoted;
}
