/**
 * The source of a cue as written: the noun phrase before the verb group ("authorities in Donetsk
 * reported"), the apposition between commas ("..., Eduard Basurin, later clarified"), the noun phrase
 * before a relative clause ("Kerry, who lost in 2004, said"), or the phrase after an inverted verb
 * ("said Peskov") or a preposition ("according to the ministry"). PolNeAR keeps titles, modifiers and
 * identifying clauses in the source; empty subjects ("it is said", "there is concern") are no source.
 */
import { cueLexicon } from './cue-lexicon.js';
import type { QuoteScene } from './quote-scene.js';
import { CLAUSE_BOUNDARIES, CLOSING_MARKS, OPENING_MARKS, SENTENCE_END, VERB_GROUP_ADVERBS, lowerWord } from './word-classes.js';

/** Token range `[from, to)` of a source. */
export type TokenRange = [number, number];

const EMPTY_SUBJECTS = new Set(['it', 'there', 'this', 'which', 'who', 'that']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const MAX_SOURCE = 14;

/** The source before a verb cue starting at token `cueFrom`, within tokens `[limit, cueFrom)`. */
export function findSourceBefore(scene: QuoteScene, cueFrom: number, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  let k = cueFrom - 1;
  while (k >= limit && isAdverb(lowerWord(tokens[k]!))) k--;
  if (k < limit) return undefined;
  // PolNeAR marks the relative pronoun itself as the source ("Bay Financial, which said ...").
  if (RELATIVE.has(lowerWord(tokens[k]!))) return [k, k + 1];
  if (tokens[k]!.text === ',') {
    // ", Eduard Basurin, later clarified" or "Kerry, who lost in 2004, said".
    const end = k;
    let j = end - 1;
    for (; j >= limit && tokens[j]!.text !== ','; j--) {
      const w = lowerWord(tokens[j]!);
      if (CLAUSE_BOUNDARIES.has(w) && !RELATIVE.has(w)) return undefined;
    }
    if (j < limit || end - j - 1 < 1 || end - j - 1 > MAX_SOURCE) return undefined;
    if (RELATIVE.has(lowerWord(tokens[j + 1]!))) return nounPhraseEndingAt(scene, j, limit);
    return [j + 1, end];
  }
  return nounPhraseEndingAt(scene, k + 1, limit);
}

/** The noun phrase whose last token is `end - 1`, walking left to a boundary. */
function nounPhraseEndingAt(scene: QuoteScene, end: number, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  const { verbs } = cueLexicon();
  let k = end - 1;
  let depth = 0;
  while (k >= limit && end - k <= MAX_SOURCE) {
    const t = tokens[k]!;
    const w = lowerWord(t);
    if (t.text === ')') depth++;
    else if (t.text === '(' && depth > 0) depth--;
    else if (depth === 0) {
      if (t.text === ',' || CLAUSE_BOUNDARIES.has(w) || SENTENCE_END.has(w)) break;
      if (k < end - 1 && verbs.has(w) && !/^\p{Lu}/u.test(t.text)) break;
      if (t.pos !== undefined && /^(VB[DPZ]?|MD)$/.test(t.pos) && !/^\p{Lu}/u.test(t.text)) break;
    }
    k--;
  }
  const from = k + 1;
  if (from >= end) return undefined;
  if (end - from === 1 && EMPTY_SUBJECTS.has(lowerWord(tokens[from]!))) return undefined;
  return [from, end];
}

/** The source after an inverted verb ("said Peskov", "said the ministry's spokesman, Igor Konashenkov"). */
export function findSourceAfter(scene: QuoteScene, cueTo: number, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  let k = cueTo;
  while (k < limit && k - cueTo < MAX_SOURCE + 6) {
    const t = tokens[k]!;
    const w = lowerWord(t);
    if (SENTENCE_END.has(w) || OPENING_MARKS.has(t.text) || CLOSING_MARKS.has(t.text) || w === ';' || w === ':') break;
    if (w === ',' && k + 1 < limit && (OPENING_MARKS.has(tokens[k + 1]!.text) || ['and', 'but', 'while', 'adding', 'saying', 'noting'].includes(lowerWord(tokens[k + 1]!)))) break;
    k++;
  }
  while (k > cueTo && (tokens[k - 1]!.text === ',' || tokens[k - 1]!.text === '—')) k--;
  if (k <= cueTo) return undefined;
  if (k - cueTo === 1 && EMPTY_SUBJECTS.has(lowerWord(tokens[cueTo]!))) return undefined;
  return [cueTo, k];
}

/** The object of a preposition cue ("according to the ministry") up to a comma or the sentence end. */
export function findPrepositionSource(scene: QuoteScene, cueTo: number, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  let k = cueTo;
  while (k < limit && k - cueTo < MAX_SOURCE) {
    const t = tokens[k]!;
    if (t.text === ',' || SENTENCE_END.has(t.text) || OPENING_MARKS.has(t.text) || t.text === ';' || t.text === ':') break;
    k++;
  }
  return k > cueTo ? [cueTo, k] : undefined;
}

function isAdverb(w: string): boolean {
  return VERB_GROUP_ADVERBS.has(w) || (w.endsWith('ly') && w.length > 4 && w !== 'only');
}
