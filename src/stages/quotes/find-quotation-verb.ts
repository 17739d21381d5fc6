/**
 * Any verb that speaks a quotation: right after a quotation that ends in a comma, a question or an
 * exclamation mark inside its marks, a verb with its speaker is the quotation's cue, whatever the verb
 * ("“That would have been a sign of good faith,” Toomey fumed on Tuesday.", "“Is he profiling?” reacted
 * Trump.", "“...,” read the statement."). The lexicons cannot list every such verb, and the cue model
 * scores rare ones low; the place alone says it. PolNeAR train gold marks the verb in 348 of the 356
 * places of this shape (a regular expression over the train texts; the 8 others were nouns: "allies",
 * "leaders"). Held-out train (/tmp/cuemodel7/evh.sh): cue overlap F1 0.8055 -> 0.8065 (fumed, opined,
 * charged, chanted, reacted found), source 0.7942 -> 0.7953, content 0.8546 -> 0.8558, attribution 0.7664
 * -> 0.7675.
 */
import type { Token } from '../../model/layers/structure.js';
import type { CueCandidate } from './find-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { CLOSING_MARKS, LIGHT_VERBS, SENTENCE_END, lowerAt } from './word-classes.js';
import type { CueFeatureContext } from './cue-token-facts.js';
import { TAG_SAYING_FORM } from './cue-tag-facts.js';

/** Tags of the words of a short speaker ("Toomey", "the statement", "some protesters", "Cleveland's Plain Dealer"). */
const SPEAKER_WORD = /^(DT|JJ|NN|NNS|NNP|NNPS|PRP|PRP\$|POS|CD)$/;
/**
 * A past or present verb form (a past form is sometimes tagged as a participle): VBD, VBZ, VBN, compared
 * directly, since every token of an article is asked (a regular expression's test costs several times more).
 */
function verbTag(pos: string | undefined): boolean {
  return pos === 'VBD' || pos === 'VBZ' || pos === 'VBN';
}
const CAPITALISED = /^\p{Lu}/u;
const MAX_SPEAKER = 6;

/** A word of a short speaker: "residents of the east bank" keeps its "of". */
function speakerWord(token: Token): boolean {
  return SPEAKER_WORD.test(token.pos ?? '') || token.text === 'of';
}

/**
 * Cues for verbs in the sentence `[from, to)` that stand right after such a quotation, after the
 * speaker ("Toomey fumed") or before it ("reacted Trump"), when no candidate in `found` covers them.
 * With the cue model's per-token facts of these tokens (prepared: cue-token-facts.ts), a token whose tag
 * is no such verb form is passed over by its flag, without reading the token (measured: the loop's
 * reads of every token's tag were 2% of the stage's time).
 */
export function findQuotationVerbCues(scene: QuoteScene, from: number, to: number, found: readonly CueCandidate[], facts?: CueFeatureContext): CueCandidate[] {
  const { tokens } = scene;
  const out: CueCandidate[] = [];
  const tagFlags = facts?.tagFlags, closes = facts?.closes;
  for (let v = from; v < to; v++) {
    if (tagFlags && !(tagFlags[v]! & TAG_SAYING_FORM)) continue;
    if (closes && !closesBefore(closes, v)) continue;
    const token = tokens[v]!;
    if (!verbTag(token.pos) || scene.insideQuote[v]! >= 0 || CAPITALISED.test(token.text) || LIGHT_VERBS.has(lowerAt(tokens, v))) continue;
    if (covered(found, v)) continue;
    if (!speakerBefore(scene, v) && !speakerAfter(scene, v, to)) continue;
    out.push({ from: v, to: v + 1, head: v, entry: 'quotation-verb', kind: undefined, stance: 'neutral', role: 'verb', rule: 'quotation-verb', confidence: undefined });
  }
  return out;
}

/**
 * Whether a candidate covers token `v`. A function, not a closure in the loop: a closure over the loop's
 * `v` makes the loop allocate a context for every token it visits.
 */
function covered(found: readonly CueCandidate[], v: number): boolean {
  for (const c of found) if (c.from <= v && v < c.to) return true;
  return false;
}

/** "“...,” Toomey fumed [on Tuesday]." : a short speaker between the quotation and the verb, the clause ending after it. */
function speakerBefore(scene: QuoteScene, v: number): boolean {
  const { tokens } = scene;
  let s = v;
  while (s > 0 && v - s < MAX_SPEAKER && speakerWord(tokens[s - 1]!) && scene.insideQuote[s - 1]! < 0) s--;
  if (s === v || !speaks(scene, s - 1) || tokens[s]!.text === 'of') return false;
  // A capitalised determiner opens the next sentence ("...?” The fight comes at a bad time").
  if (tokens[s]!.pos === 'DT' && CAPITALISED.test(tokens[s]!.text)) return false;
  const next = tokens[v + 1];
  // The verb ends the clause, or an adjunct follows ("on Tuesday", "in her assault"), not an object.
  return next === undefined || SENTENCE_END.has(next.text) || next.text === ',' || next.pos === 'IN' || next.pos === 'RB';
}

/** "“...?” reacted Trump." : the verb right after the quotation, a short speaker after it to the clause end. */
function speakerAfter(scene: QuoteScene, v: number, to: number): boolean {
  const { tokens } = scene;
  if (!speaks(scene, v - 1)) return false;
  let e = v + 1;
  while (e < to && e - v <= MAX_SPEAKER && speakerWord(tokens[e]!) && !isMark(tokens[e]!)) e++;
  if (e === v + 1 || tokens[e - 1]!.text === 'of') return false;
  return e >= to || SENTENCE_END.has(tokens[e]!.text) || tokens[e]!.text === ',';
}

/**
 * Whether a quotation closes in the MAX_SPEAKER + 1 tokens before `v` (`closes`: the cue model's flags,
 * cue-token-facts.ts): both shapes need one there (`speaks`, asked of `v - 1` after the verb's speaker
 * walk of at most MAX_SPEAKER tokens), so a verb with none is passed over before its word, its tag and
 * the walk are read (most past forms of an article stand far from any quotation).
 */
function closesBefore(closes: Uint8Array, v: number): boolean {
  for (let k = Math.max(0, v - MAX_SPEAKER - 1); k < v; k++) if (closes[k]) return true;
  return false;
}

/** Whether token `t` closes a quotation whose last character inside the marks is , ? or !. */
function speaks(scene: QuoteScene, t: number): boolean {
  const q = t >= 0 ? scene.closesAt.get(t) : undefined;
  if (q === undefined || !scene.quoted[q]!.closed) return false;
  const quote = scene.quoted[q]!;
  let c = quote.end - 1;
  while (c > quote.start && CLOSING_MARKS.has(scene.text[c]!)) c--;
  return /[,?!]/.test(scene.text[c] ?? '');
}

function isMark(token: Token): boolean {
  return CLOSING_MARKS.has(token.text);
}
