/**
 * The noun phrase a source is made of, found by walking left from its last token to a boundary (a
 * comma, a clause boundary, a time expression, a verb), and the word tests the source walks share: a
 * dash, a possessive apostrophe, an adverb of the verb group, an empty subject ("it is said", "there is").
 */
import type { TokenRange } from './find-source.js';
import { cutTimeBefore } from './skip-adjuncts.js';
import { quotedTermOpening, type QuoteScene } from './quote-scene.js';
import { VERB_GROUP_ADVERBS, W_ADVERB, W_CLAUSE_BOUNDARY, W_CONJUNCTION, W_REPORTING_VERB, W_SENTENCE_END, bitsAt, isFiniteTag, lowerAt } from './word-classes.js';

const EMPTY_SUBJECTS = new Set(['there', 'this', 'which', 'who', 'that']);
export const MAX_SOURCE = 14;

/** Finite verb tags (`/^(VB[DPZ]|MD)$/`; the walks over a source ask `isFiniteTag` of every token). */
export const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const CAPITALISED = /^\p{Lu}/u;
/** Prepositions that may open a phrase the walk reached but never a source ("with each delegation blaming"). */
const LEADING_PREPOSITIONS = new Set(['with', 'after', 'before', 'by', 'as', 'from', 'for', 'of', 'on', 'in', 'at', 'amid', 'despite', 'like', 'than', 'among', 'under', 'during', 'without', 'into', 'about']);

/**
 * The noun phrase whose last token is `end - 1`, walking left to a boundary. A time adjunct at its end
 * is cut off ("Peskov on Monday"); a compound ("Ukraine and its Western backers") is kept whole when
 * its first part reaches a boundary rather than a verb ("the market and officials said" is not one).
 */
export function nounPhraseEndingAt(scene: QuoteScene, end: number, limit: number, passive = false): TokenRange | undefined {
  const { tokens } = scene;
  end = cutTimeBefore(scene, limit, end);
  let k = end - 1;
  let depth = 0;
  let conjunction = -1;
  let stoppedByVerb = false;
  while (k >= limit && end - k <= MAX_SOURCE) {
    const t = tokens[k]!;
    // The word's classes in one number (word-classes.ts `wordBits`): this runs for every token of a source.
    const bits = bitsAt(tokens, k);
    if (t.text === ')') depth++;
    else if (t.text === '(' && depth > 0) depth--;
    else if (depth === 0 && scene.closesAt.has(k) && quotedTermOpening(scene, k) > limit) {
      // "The “cautious” faction said": the quoted term is part of the phrase; go on before it.
      k = quotedTermOpening(scene, k) - 1;
      continue;
    } else if (depth === 0) {
      if (bits & W_CONJUNCTION && conjunction < 0 && k > limit && /^(NN|PRP$|CD)/.test(tokens[k - 1]!.pos ?? '') && scene.timeStart[k - 1]! < 0) {
        conjunction = k;
        k--;
        continue;
      }
      // "The nurses' union said": a possessive apostrophe is inside the phrase, a quotation mark ends it.
      if (t.text === ',' || (bits & W_CLAUSE_BOUNDARY && !isApostrophe(scene, k)) || bits & W_SENTENCE_END || scene.timeStart[k]! >= 0 || t.pos === 'WP' || t.pos === 'WDT') break;
      // Right before a finite verb, a word tagged as a present-tense verb is the subject's noun or
      // adverb ("World Bank watchers expect", "voters overall said"): two finite verbs never touch.
      const misTagged = k === end - 1 && (t.pos === 'VBZ' || t.pos === 'VBP') && isFiniteTag(tokens[end]?.pos);
      if (!misTagged && ((k < end - 1 && bits & W_REPORTING_VERB && !nounModifier(tokens, k) && !CAPITALISED.test(t.text)) || ((t.pos === 'VB' || isFiniteTag(t.pos)) && !CAPITALISED.test(t.text)))) {
        stoppedByVerb = true;
        break;
      }
    }
    k--;
  }
  let from = k + 1;
  if (conjunction >= 0 && (stoppedByVerb || end - k > MAX_SOURCE)) from = conjunction + 1;
  // "MOGADISHU, Oct 2 - Al-Shabaab militants said": the dash closing a dateline opens no source.
  while (from < end - 1 && isDash(scene, from)) from++;
  while (from < end - 1 && LEADING_PREPOSITIONS.has(lowerAt(tokens, from)) && tokens[from]!.pos === 'IN') from++;
  // "Later the union estimated", "Earlier Peskov said": an adverb opening the sentence before the subject's
  // determiner or name is no part of it.
  if (from < end - 1 && from === scene.sentences[scene.sentenceOf[from]!]?.tokenStart && (tokens[from]!.pos === 'RB' || tokens[from]!.pos === 'RBR') && isAdverb(lowerAt(tokens, from)) && /^(DT|NNP|NNPS|PRP\$)$/.test(tokens[from + 1]!.pos ?? '')) from++;
  // "No wonder Trump said": the idiom is the writer's comment, not the speaker.
  if (from + 2 < end && lowerAt(tokens, from) === 'no' && lowerAt(tokens, from + 1) === 'wonder') from += 2;
  if (from >= end) return undefined;
  // "told reporters he thought": a subject pronoun takes no words before it, so the phrase is the pronoun
  // alone (not after "and": "Smith and he said" stays whole).
  if (end - from > 1 && PERSON_SUBJECT_PRONOUNS.has(lowerAt(tokens, end - 1)) && !(bitsAt(tokens, end - 2) & W_CONJUNCTION)) from = end - 1;
  if (end - from === 1 && isEmptySubject(lowerAt(tokens, from), passive)) return undefined;
  return [from, end];
}

/** word-classes' SUBJECT_PRONOUNS without "it" and "you", which also stand as objects ending a phrase ("told it", "asked you"). */
const PERSON_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * A reporting verb's form used as a noun that modifies the next noun ("the state news agency", "a
 * claim form"): part of the phrase. Not "a claim the fishermen rejected", where it heads its own.
 */
function nounModifier(tokens: QuoteScene['tokens'], k: number): boolean {
  return /^NN/.test(tokens[k]!.pos ?? '') && /^NN/.test(tokens[k + 1]?.pos ?? '');
}

/** "there is concern", "it is said", "it seems": no source. An active "it said" has one (the ministry). */
export function isEmptySubject(word: string, passive: boolean): boolean {
  return word === 'it' ? passive : EMPTY_SUBJECTS.has(word);
}

const DASHES = new Set(['—', '–', '--']);

/** A dash, or a hyphen standing between spaces as one ("Trump - who ... - said"). */
export function isDash(scene: QuoteScene, t: number): boolean {
  const token = scene.tokens[t]!;
  if (DASHES.has(token.text)) return true;
  return token.text === '-' && /\s/.test(scene.text[token.start - 1] ?? '') && /\s/.test(scene.text[token.end] ?? '');
}

/** A possessive apostrophe ("veterans' families", "the nurses' union"), not a quotation mark. */
export function isApostrophe(scene: QuoteScene, t: number): boolean {
  const text = scene.tokens[t]!.text;
  return (text === "'" || text === '’') && !scene.opensAt.has(t) && !scene.closesAt.has(t);
}

/** An adverb inside or before a verb group ("also said", "repeatedly warned"). */
export function isAdverb(w: string): boolean {
  return VERB_GROUP_ADVERBS.has(w) || (w.endsWith('ly') && w.length > 4 && w !== 'only');
}

/** `isAdverb(lowerAt(tokens, k))`, by the word's kept classes (word-classes.ts `bitsAt`). */
export function isAdverbAt(tokens: QuoteScene['tokens'], k: number): boolean {
  return (bitsAt(tokens, k) & W_ADVERB) !== 0;
}
