/**
 * Unquoted content after a colon runs on past its sentence: "The mayor said: The shelling stopped at
 * noon. Crews are clearing the roads." Both sentences are the mayor's. The content takes the following
 * sentences of its paragraph until one carries an attribution of its own (a cue) or a quotation, or
 * speaks of the speaker in the third person (the outlet's background: "He was appointed in 2019.").
 */
import type { Draft } from './attach-cues.js';
import { findCues } from './find-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { headlineAt } from './headline-lines.js';
import { SENTENCE_END, lowerAt, lowerWord } from './word-classes.js';

/** Extends `draft`'s single unquoted content, opened by a colon and reaching its sentence's end at token `to`. */
export function extendColonContent(scene: QuoteScene, draft: Draft, to: number): void {
  if (draft.direct || draft.content.length !== 1 || to >= scene.tokens.length) return;
  const { tokens, text } = scene;
  const [start, end] = draft.content[0]!;
  // Opened by a colon: the cue's own (“said:”) or one right before the content.
  let c = start - 1;
  while (c >= 0 && (text[c] === ' ' || text[c] === '\n')) c--;
  if (text[c] !== ':') return;
  // It reaches the sentence end: only the final punctuation is left out.
  let last = to - 1;
  while (last > 0 && SENTENCE_END.has(tokens[last]!.text)) last--;
  if (tokens[last]!.end !== end) return;
  const paragraph = scene.paragraphOf[to - 1]!;
  let newEnd = end;
  for (let s = scene.sentenceOf[to]!; s >= 0 && s < scene.sentences.length; s++) {
    const sentence = scene.sentences[s]!;
    if (scene.paragraphOf[sentence.tokenStart] !== paragraph) break;
    if (hasQuotation(scene, sentence.tokenStart, sentence.tokenEnd) || findCues(tokens, sentence.tokenStart, sentence.tokenEnd, undefined, headlineAt(scene, sentence.tokenStart) === 'title-case').length > 0) break;
    // "Syniehubov has led the region since 2019.", "He was appointed in 2019.": the speaker in the third
    // person is the outlet's background, not more of what the speaker said.
    if (namesSpeaker(scene, draft, sentence.tokenStart, sentence.tokenEnd)) break;
    let k = sentence.tokenEnd - 1;
    while (k > sentence.tokenStart && SENTENCE_END.has(tokens[k]!.text)) k--;
    newEnd = tokens[k]!.end;
  }
  draft.content[0] = [start, newEnd];
}

const THIRD_PERSON = new Set(['he', 'she', 'his', 'her']);

/** Whether the sentence `[from, to)` opens with "He"/"She" or repeats the source's name or head noun. */
function namesSpeaker(scene: QuoteScene, draft: Draft, from: number, to: number): boolean {
  const { tokens } = scene;
  if (THIRD_PERSON.has(lowerAt(tokens, from))) return true;
  if (!draft.source) return false;
  const words = new Set<string>();
  for (let t = draft.source[0]; t < draft.source[1]; t++) {
    const token = tokens[t]!;
    if (/^NN/.test(token.pos ?? '') && token.text.length > 2) words.add(lowerWord(token));
  }
  for (let t = from; t < to; t++) if (words.has(lowerAt(tokens, t)) && /^NN/.test(tokens[t]!.pos ?? '')) return true;
  return false;
}

function hasQuotation(scene: QuoteScene, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (scene.insideQuote[t]! >= 0) return true;
  return false;
}
