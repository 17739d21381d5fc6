/**
 * The source of a cue as written: the noun phrase before the verb group ("authorities in Donetsk
 * reported"), the apposition between commas ("..., Eduard Basurin, later clarified"), the noun phrase
 * before a relative clause ("Kerry, who lost in 2004, said"), or the phrase after an inverted verb
 * ("said Peskov") or a preposition ("according to the ministry"). PolNeAR keeps titles, modifiers and
 * identifying clauses in the source; empty subjects ("it is said", "there is concern") are no source.
 */
import { anonymityClauseBefore } from './find-anonymity.js';
import { cutTimeBefore } from './skip-adjuncts.js';
import type { QuoteScene } from './quote-scene.js';
import { MAX_SOURCE, isAdverbAt, isApostrophe, isDash, isEmptySubject, nounPhraseEndingAt } from './source-noun-phrase.js';
import { CLOSING_MARKS, OPENING_MARKS, SENTENCE_END, W_CLAUSE_BOUNDARY, W_RELATIVE, W_SENTENCE_END, bitsAt, isFiniteTag, lowerAt } from './word-classes.js';

/** Token range `[from, to)` of a source. */
export type TokenRange = [number, number];

/**
 * The source before a verb cue starting at token `cueFrom`, within tokens `[limit, cueFrom)`. `passive`
 * says the cue is a passive or raising verb group ("it is said", "it seems"), whose "it" is empty.
 */
export function findSourceBefore(scene: QuoteScene, cueFrom: number, limit: number, passive = false): TokenRange | undefined {
  const { tokens } = scene;
  let k = cueFrom - 1;
  while (k >= limit && isAdverbAt(tokens, k)) k--;
  if (k < limit) return undefined;
  // PolNeAR marks the relative pronoun itself as the source ("Bay Financial, which said ...").
  if (bitsAt(tokens, k) & W_RELATIVE) return [k, k + 1];
  if (tokens[k]!.text === ',') return parentheticalSource(scene, k, limit, passive);
  // "Trump, who ..., on Friday described": a time adjunct after the parenthetical's comma.
  const cut = cutTimeBefore(scene, limit, k + 1);
  if (cut <= k && cut - 1 > limit && tokens[cut - 1]!.text === ',') return parentheticalSource(scene, cut - 1, limit, passive);
  if (isDash(scene, k)) return dashedSource(scene, k, limit, passive);
  // "a senior official who asked not to be named said": the speaker with the anonymity clause.
  const anonymity = anonymityClauseBefore(scene, k + 1, limit);
  if (anonymity >= 0) {
    const head = nounPhraseEndingAt(scene, anonymity, limit, passive);
    return head ? [head[0], k + 1] : undefined;
  }
  // "This shows ...", "That suggests ...": a demonstrative opening the sentence is the source (not
  // "That said, ...", the idiom).
  if (k === limit && k + 1 === cueFrom && DEMONSTRATIVES.has(tokens[k]!.text) && tokens[cueFrom + 1]?.text !== ',') return [k, k + 1];
  const phrase = nounPhraseEndingAt(scene, k + 1, limit, passive);
  return phrase ? withRelativeClause(scene, phrase, limit) ?? phrase : undefined;
}

/** Tags inside a short relative clause about the speaker ("who lives near the station", "who has worked there"). */
const RELATIVE_CLAUSE_TAGS = /^(VB|VBD|VBZ|VBP|VBN|VBG|MD|RB|TO|IN|DT|NN|NNS|NNP|NNPS|JJ|PRP\$|CD|POS)$/;

/**
 * "A pensioner who lives near the station said": the walk stopped inside a relative clause that
 * identifies the speaker; the source is the noun phrase before "who" with its clause (PolNeAR keeps it).
 */
function withRelativeClause(scene: QuoteScene, [from, to]: TokenRange, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  for (let j = from - 1; j > limit && from - j <= MAX_SOURCE; j--) {
    const t = tokens[j]!;
    if (lowerAt(tokens, j) === 'who') {
      if (!/^(NN|NNS|NNP|NNPS)$/.test(tokens[j - 1]!.pos ?? '') || !/^(VB|MD|RB)/.test(tokens[j + 1]?.pos ?? '')) return undefined;
      const head = nounPhraseEndingAt(scene, j, limit);
      return head && to - head[0] <= 2 * MAX_SOURCE ? [head[0], to] : undefined;
    }
    if (!RELATIVE_CLAUSE_TAGS.test(t.pos ?? '')) return undefined;
  }
  return undefined;
}

const DEMONSTRATIVES = new Set(['This', 'That']);

/**
 * "Many speakers at the service — including ... — said": the noun phrase before the opening dash, with
 * the aside (PolNeAR keeps it in the source). Undefined when the dash opens no aside.
 */
function dashedSource(scene: QuoteScene, closing: number, limit: number, passive: boolean): TokenRange | undefined {
  const { tokens } = scene;
  let verb = false;
  for (let j = closing - 1; j > limit && closing - j <= 2 * MAX_SOURCE; j--) {
    const w = tokens[j]!.text;
    if (SENTENCE_END.has(w)) return undefined;
    if (isFiniteTag(tokens[j]!.pos)) verb = true;
    if (isDash(scene, j)) {
      // "Trump - who previously said ... - said": the aside is a relative clause about the speaker.
      if (bitsAt(tokens, j + 1) & W_RELATIVE) return nounPhraseEndingAt(scene, j, limit, passive);
      if (verb || closing - j > MAX_SOURCE) return undefined;
      const head = nounPhraseEndingAt(scene, j, limit, passive);
      return head ? [head[0], closing] : undefined;
    }
  }
  return undefined;
}

/**
 * A source ending at the comma `comma`: an apposition (", Eduard Basurin, later clarified"), the noun
 * phrase before a relative clause ("Kerry, who lost in 2004, said"; "The protesters, many of whom had
 * travelled ..., are demanding"), or the subject before a time adjunct, a setting or a participle
 * ("Peskov, on Monday, said"; "Peskov, in a statement, said"; "Trump, speaking to veterans, said").
 * Comma-separated appositions chain ("Jane Doe, 59, of Ashton, Md., said": PolNeAR keeps them all).
 * A stretch with a verb of its own is a clause, not an apposition: the walk stops there.
 */
function parentheticalSource(scene: QuoteScene, comma: number, limit: number, passive: boolean): TokenRange | undefined {
  const { tokens } = scene;
  let end = comma;
  // The kept appositions: `[first, last)`, farthest start to nearest end.
  let first = -1;
  let last = -1;
  const found = (): TokenRange | undefined => (first >= 0 ? [first, last] : undefined);
  for (let hop = 0; hop < MAX_SEGMENTS; hop++) {
    let j = end - 1;
    let relative = -1;
    // The leftmost clause boundary met: fine inside a relative clause ("who was there as fans
    // erupted"), else the segment is a clause of its own.
    let boundary = -1;
    let verb = false;
    for (; j >= limit && tokens[j]!.text !== ','; j--) {
      const w = lowerAt(tokens, j);
      // The word's classes in one number (word-classes.ts `wordBits`): this runs for every token walked.
      const bits = bitsAt(tokens, j);
      if (bits & W_RELATIVE) relative = j;
      // "including Donald J. Trump and Senators Ted Cruz": a conjunction inside the segment joins names.
      else if ((w === 'and' || w === 'or') && j > limit && tokens[j - 1]!.text !== ',') continue;
      // "since 2019", "after Monday": a preposition before a time expression opens no clause.
      else if (bits & W_CLAUSE_BOUNDARY && !(w === '.' && tokens[j + 1]?.text === ',') && !isApostrophe(scene, j) && scene.timeStart[j + 1] !== j + 1) {
        if (bits & W_SENTENCE_END || OPENING_MARKS.has(w) || CLOSING_MARKS.has(w)) return found();
        boundary = j;
      }
      if (isFiniteTag(tokens[j]!.pos)) verb = true;
    }
    if (boundary >= 0 && !(relative >= 0 && relative < boundary)) return found();
    const size = end - j - 1;
    if (j < limit && hop === 0) return undefined;
    // A relative clause may run long ("a union that has endorsed Mr. Sanders and that has been busing ...").
    if (size < 1 || size > (relative >= 0 ? 2 * MAX_SOURCE : MAX_SOURCE)) return found();
    const start = j + 1;
    if (relative >= 0) {
      // "who lost in 2004", "many of whom": the head is the phrase before; "a developer who ...": in it.
      if (relative === start || lowerAt(tokens, relative - 1) === 'of') {
        if (j < limit) return found();
        const head = nounPhraseEndingAt(scene, j, limit, passive);
        if (!head) return found();
        if (first < 0) return head;
        return [head[0], last];
      }
      first = start;
      if (last < 0) last = end;
    } else if (isTimeAdjunct(scene, start, end) || isModifier(scene, start)) {
      // skipped: neither source nor a stop
    } else if (verb) {
      return found();
    } else {
      first = start;
      if (last < 0) last = end;
    }
    if (j < limit) return found();
    end = j;
  }
  return found();
}

const MAX_SEGMENTS = 5;

/** Prepositions whose phrase belongs to a name as its apposition ("Jane Doe, of Ashton, said"). */
const APPOSITIVE_PREPOSITIONS = new Set(['of', 'from']);

/** A participle or a prepositional setting between commas ("speaking to veterans", "in a statement"). */
function isModifier(scene: QuoteScene, start: number): boolean {
  const t = scene.tokens[start]!;
  if (t.pos === 'VBG' || t.pos === 'VBN') return true;
  return t.pos === 'IN' && !APPOSITIVE_PREPOSITIONS.has(lowerAt(scene.tokens, start));
}

/** Whether tokens `[from, to)` are one time expression, with or without its preposition. */
function isTimeAdjunct(scene: QuoteScene, from: number, to: number): boolean {
  const first = scene.timeStart[from] === from ? from : scene.timeStart[from + 1] === from + 1 && scene.tokens[from]!.pos === 'IN' ? from + 1 : -1;
  return first >= 0 && scene.timeEnd[first] === to;
}

/**
 * Words after a comma that end an inverted source: a new clause ("and", "adding"), or a relative clause
 * about the speaker ("said Peskov, who spoke in Moscow"): it describes the source but is not part of it.
 */
const AFTER_SOURCE_STOPS = new Set(['and', 'but', 'while', 'adding', 'saying', 'noting', 'who', 'which', 'whose', 'whom']);

/** The source after an inverted verb ("said Peskov", "said the ministry's spokesman, Igor Konashenkov"). */
export function findSourceAfter(scene: QuoteScene, cueTo: number, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  let k = cueTo;
  while (k < limit && k - cueTo < MAX_SOURCE + 6) {
    const t = tokens[k]!;
    const w = lowerAt(tokens, k);
    if (SENTENCE_END.has(w) || ((OPENING_MARKS.has(t.text) || CLOSING_MARKS.has(t.text)) && !isApostrophe(scene, k)) || w === ';' || w === ':') break;
    if (w === ',' && k + 1 < limit && (OPENING_MARKS.has(tokens[k + 1]!.text) || AFTER_SOURCE_STOPS.has(lowerAt(tokens, k + 1)))) break;
    k++;
  }
  while (k > cueTo && (tokens[k - 1]!.text === ',' || tokens[k - 1]!.text === '—')) k--;
  if (k <= cueTo) return undefined;
  if (k - cueTo === 1 && isEmptySubject(lowerAt(tokens, cueTo), true)) return undefined;
  return [cueTo, k];
}

/** The object of a preposition cue ("according to the ministry") up to a comma or the sentence end. */
export function findPrepositionSource(scene: QuoteScene, cueTo: number, limit: number): TokenRange | undefined {
  const { tokens } = scene;
  let k = cueTo;
  while (k < limit && k - cueTo < MAX_SOURCE) {
    const t = tokens[k]!;
    if (t.text === ',' || SENTENCE_END.has(t.text) || (OPENING_MARKS.has(t.text) && !isApostrophe(scene, k)) || t.text === ';' || t.text === ':') break;
    k++;
  }
  if (k <= cueTo) return undefined;
  // "According to Denis Pushilin, the head of the DPR, the shells ...": the apposition identifies the source.
  if (tokens[k]?.text === ',' && DETERMINERS_OR_TITLES.test(tokens[k + 1]?.pos ?? '')) {
    let j = k + 1;
    while (j < limit && j - k <= MAX_SOURCE && tokens[j]!.text !== ',' && !isFiniteTag(tokens[j]!.pos) && !SENTENCE_END.has(tokens[j]!.text)) j++;
    if (j < limit && tokens[j]!.text === ',' && j - k <= MAX_SOURCE && j + 1 < limit && !SENTENCE_END.has(tokens[j + 1]!.text)) return [cueTo, j + 1];
  }
  return [cueTo, k];
}

/** Tags that open an apposition: "the head of", "a spokesman for", "DPR head". */
const DETERMINERS_OR_TITLES = /^(DT|PRP\$|NN|NNP|JJ)$/;
