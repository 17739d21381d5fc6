/**
 * The quote-before shape: a quotation just before the cue, with the source between or after it ("“...,”
 * Peskov said", "“...,” said Peskov"), and a second part after it for a split quote ("“We are,” he said,
 * “ready”"); and whether such a quotation ended a sentence of its own, so that a cue with content of its
 * own after it does not take it.
 */
import { newDraft, type Draft } from './draft.js';
import type { CueCandidate } from './find-cues.js';
import { quotationAt } from './find-content.js';
import { findSourceAfter, type TokenRange } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
import { quotedTermOpening, wordsIn } from './quote-scene.js';
import { CLOSING_MARKS, SENTENCE_END, isFiniteTag, lowerAt } from './word-classes.js';

/**
 * How far back from the cue a quotation may close: the speaker with a title and an apposition
 * ("“...,” Jeb Bush, the former Florida governor and a candidate, told CNN"). Chosen on the 140
 * held-out train articles: 12 gave attribution F1 0.744, 20 gave 0.746.
 */
const QUOTE_SOURCE_REACH = 20;
export function quoteBefore(scene: QuoteScene, cue: CueCandidate, from: number, to: number, used: Set<number>): Draft | undefined {
  if (cue.role !== 'verb') return undefined;
  const { tokens } = scene;
  // The closing mark, then an optional comma, then at most a short source, all in the cue's paragraph.
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - QUOTE_SOURCE_REACH); k--) {
    const q = scene.closesAt.get(k);
    if (q !== undefined) {
      if (used.has(q) || !scene.quoted[q]!.closed || (wordsIn(scene, scene.quoted[q]!) < 2 && !opensSentence(scene, q, k))) return undefined;
      if (scene.paragraphOf[k] !== scene.paragraphOf[cue.head]) return undefined;
      // "members of the so-called “Freedom Caucus” said": a quoted term in the speaker's phrase.
      if (quotedTermOpening(scene, k) >= 0) return undefined;
      let between = k + 1;
      if (tokens[between]?.text === ',') between++;
      const pieces = piecesEndingAt(scene, q);
      const content = pieces.map((p) => [scene.quoted[p]!.start, scene.quoted[p]!.end] as [number, number]);
      // "“...” to Mr. Sanders, said X" / "“...” and residents fled, said X": words after the quotation
      // that open with a preposition or conjunction, or hold a verb, are the content's rest, not a source.
      if (between < cue.from && !isQuoteSpeaker(scene, between, cue.from)) return undefined;
      let source: TokenRange | undefined = between < cue.from ? [between, cue.from] : findSourceAfter(scene, cue.to, to);
      if (source && source[0] === source[1]) source = undefined;
      const draft = newDraft(cue, content, source, true, pieces, 'quote-before');
      // A split quote: ", “ready”" right after the cue and its source.
      const resume = (source && source[0] >= cue.to ? source[1] : cue.to);
      if (tokens[resume]?.text === ',' && scene.opensAt.has(resume + 1)) {
        const second = quotationAt(scene, resume + 1)!;
        for (const p of second.indexes) {
          content.push([scene.quoted[p]!.start, scene.quoted[p]!.end]);
          draft.quoted.push(p);
        }
      }
      return draft;
    }
    const w = tokens[k]!.text;
    if (SENTENCE_END.has(w) || w === ';' || lowerAt(tokens, k) === 'that' || scene.opensAt.has(k)) return undefined;
  }
  return undefined;
}

/**
 * Whether quotation `q` (closing at token `close`) opens its sentence: a one-word quotation there is an
 * utterance (“Out!” the crowd yelled), elsewhere a term in quotation marks (the “moderate” wing said).
 * PolNeAR train gold takes such sentence-opening words before a cue as content (“Mexico!” the audience
 * screamed, "Absolutely," he said). Held-out train (/tmp/cuemodel/final/evh.sh): cue overlap F1 0.8021 ->
 * 0.8023, content 0.8483 -> 0.8488, attribution 0.7524 -> 0.7530, source 0.7853 -> 0.7856.
 */
function opensSentence(scene: QuoteScene, q: number, close: number): boolean {
  const { tokens } = scene;
  let open = close;
  while (open > 0 && tokens[open]!.start > scene.quoted[q]!.start) open--;
  if (open === 0 || scene.paragraphOf[open - 1] !== scene.paragraphOf[open]) return true;
  const sentence = scene.sentences[scene.sentenceOf[open]!];
  return sentence?.tokenStart === open || SENTENCE_END.has(tokens[open - 1]!.text) || CLOSING_MARKS.has(tokens[open - 1]!.text) && SENTENCE_END.has(tokens[open - 2]?.text ?? '');
}

/** Whether tokens `[from, to)` between a quotation and its cue can be the speaker. */
function isQuoteSpeaker(scene: QuoteScene, from: number, to: number): boolean {
  const first = scene.tokens[from]!.pos ?? '';
  if (first === 'IN' || first === 'TO' || first === 'CC') return false;
  if (scene.tokens[to - 1]!.text !== ',') return true;
  for (let t = from; t < to; t++) {
    const w = lowerAt(scene.tokens, t);
    if (w === 'who' || w === 'which') return true;
    if (isFiniteTag(scene.tokens[t]!.pos)) return false;
  }
  return true;
}

/** A multi-paragraph quotation ending with piece `q`: all its pieces, first to last. */
function piecesEndingAt(scene: QuoteScene, q: number): number[] {
  const pieces = [q];
  while (scene.quoted[pieces[0]!]!.continuation && pieces[0]! > 0 && scene.quoted[pieces[0]! - 1]!.continues) pieces.unshift(pieces[0]! - 1);
  return pieces;
}

const CLOSING_MARK_CHARS = new Set(['”', '’', '"', "'", '»']);

/** The token before the cue (or before its source) closes a quotation ending in . ! or ? inside its marks, in another sentence. */
export function endsOwnSentence(scene: QuoteScene, cue: CueCandidate): boolean {
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - QUOTE_SOURCE_REACH); k--) {
    const q = scene.closesAt.get(k);
    if (q !== undefined) {
      const quote = scene.quoted[q]!;
      // The character before the closing mark(s): one mark, or two apostrophes ('').
      let c = quote.end - 1;
      while (c > quote.start && CLOSING_MARK_CHARS.has(scene.text[c - 1]!)) c--;
      return scene.sentenceOf[k] !== scene.sentenceOf[cue.head] && /[.!?]/.test(scene.text[c - 1] ?? '');
    }
  }
  return false;
}
