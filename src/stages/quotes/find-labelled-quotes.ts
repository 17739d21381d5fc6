/**
 * Attributions marked by layout rather than by a verb, as PolNeAR annotates them:
 *  - a headline "Speaker: what they said" (the first paragraph or a title-case line, a short name before the colon,
 *    where a common noun may follow the name in lower case: "Clinton camp:", "IG report:");
 *  - a transcript turn "PENCE: Well, look, ..." (a paragraph opening with a speaker label in capitals);
 *  - a signed quotation "“...” ― Jane Doe" or a quotation paragraph followed by "- Jane Doe." on its own.
 *  - an interview's turns "Q: ..." and "A: ..." (the label stands for the interviewer or the interviewee).
 * The colon or the dash is the cue. Other labels that are page furniture ("BREAKING:") are lexicon data
 * (headline-kickers) and never a source.
 */
import { loadLexicon } from '../../data/lexicon.js';
import { newDraft, type Draft } from './draft.js';
import type { CueCandidate } from './find-cues.js';
import { clauseContent } from './find-content.js';
import type { QuoteScene } from './quote-scene.js';
import { headlineAt } from './headline-lines.js';
import { OPENING_MARKS, SENTENCE_END, lowerWord } from './word-classes.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);
const MAX_LABEL = 5;
const MAX_HEADLINE = 40;
const VERB_TAG = /^(VB|MD)/;
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPITALS = /^[\p{Lu}.'’-]+$/u;
const DIGIT = /\d/;

let kickers: Set<string> | undefined;
function isKicker(words: string): boolean {
  kickers ??= new Set(loadLexicon('headline-kickers').entries.flatMap((e) => e.terms));
  return kickers.has(words);
}

/** Drafts for the layout-marked attributions of the document; quotations in `used` are taken already. */
export function findLabelledQuotes(scene: QuoteScene, used: ReadonlySet<number>): Draft[] {
  const { tokens } = scene;
  const drafts: Draft[] = [];
  for (let from = 0; from < tokens.length; ) {
    let to = from;
    while (to < tokens.length && scene.paragraphOf[to] === scene.paragraphOf[from]) to++;
    // A headline line, or the first paragraph of a text that is one line ("Clinton camp: ...", a post).
    const draft = interviewTurn(scene, from, to) ?? (from === 0 || headlineAt(scene, from) ? headline(scene, from, to) : undefined) ?? turn(scene, from, to) ?? signature(scene, from, to, used);
    if (draft) drafts.push(draft);
    from = to;
  }
  return drafts;
}

function headline(scene: QuoteScene, from: number, to: number): Draft | undefined {
  if (to - from > MAX_HEADLINE) return undefined;
  const colon = colonAfterLabel(scene, from, to);
  if (colon < 0) return undefined;
  for (let t = from; t < colon; t++) {
    const token = scene.tokens[t]!;
    // A common noun after the name may stay in lower case ("Clinton camp:", "WSJ editorial:").
    const commonNoun = t > from && (token.pos === 'NN' || token.pos === 'NNS') && /^\p{Ll}+$/u.test(token.text);
    if ((!CAPITALISED.test(token.text) && !commonNoun) || DIGIT.test(token.text) || (VERB_TAG.test(token.pos ?? '') && token.pos !== 'VBN') || token.pos === 'DT' || token.pos === 'POS') return undefined;
  }
  return labelled(scene, from, colon, to, 'headline');
}

/** "WALLACE: ...", "JAKE TAPPER: ...", after an optional opening mark. */
function turn(scene: QuoteScene, from: number, to: number): Draft | undefined {
  const start = OPENING_MARKS.has(scene.tokens[from]!.text) ? from + 1 : from;
  const colon = colonAfterLabel(scene, start, to);
  if (colon < 0 || colon - start > 3) return undefined;
  for (let t = start; t < colon; t++) if (!ALL_CAPITALS.test(scene.tokens[t]!.text) || DIGIT.test(scene.tokens[t]!.text)) return undefined;
  return labelled(scene, start, colon, to, 'transcript-turn');
}

/** Letters and words that mark an interview's turns: the interviewer's question, the answer. */
export const INTERVIEW_LABELS = new Set(['Q', 'A', 'Question', 'Answer']);

/**
 * "Q: Will the army withdraw?" / "A: Not before the elections.": an interview's turns. The label is the
 * source (the layout says who speaks: the interviewer, then the interviewee), the rest of the
 * paragraph the words, verbatim.
 */
function interviewTurn(scene: QuoteScene, from: number, to: number): Draft | undefined {
  if (!INTERVIEW_LABELS.has(scene.tokens[from]!.text) || scene.tokens[from + 1]?.text !== ':' || from + 3 >= to) return undefined;
  const draft = labelled(scene, from, from + 1, to, 'interview-turn');
  if (draft && draft.quoted.length === 0) draft.direct = true;
  return draft;
}

/** Index of a colon within the first few tokens of `[from, to)` after a label that is no kicker; else -1. */
function colonAfterLabel(scene: QuoteScene, from: number, to: number): number {
  let colon = -1;
  for (let t = from; t < Math.min(to, from + MAX_LABEL + 1); t++) {
    if (scene.tokens[t]!.text === ':') {
      colon = t;
      break;
    }
  }
  if (colon <= from || colon + 2 >= to) return -1;
  const words = scene.tokens.slice(from, colon).map(lowerWord).join(' ');
  return isKicker(words) ? -1 : colon;
}

function labelled(scene: QuoteScene, from: number, colon: number, to: number, rule: string): Draft | undefined {
  let end = to;
  while (end > colon + 1 && (SENTENCE_END.has(scene.tokens[end - 1]!.text) || scene.tokens[end - 1]!.text === ';')) end--;
  if (end - colon < 3) return undefined;
  const content = clauseContent(scene, colon + 1, end);
  // A transcript turn is the speaker's words verbatim, marks or not: direct speech.
  const direct = content.direct || (rule === 'transcript-turn' && content.quoted.length === 0);
  return newDraft(cueAt(colon, rule), [[content.start, content.end]], [from, colon], direct, content.quoted, 'after');
}

/** "“...” ― Jane Doe" closing a paragraph, or a paragraph "- Jane Doe." after a quotation paragraph. */
function signature(scene: QuoteScene, from: number, to: number, used: ReadonlySet<number>): Draft | undefined {
  const { tokens } = scene;
  let end = to;
  while (end > from && SENTENCE_END.has(tokens[end - 1]!.text)) end--;
  for (let dash = Math.max(from, end - 7); dash < end - 1; dash++) {
    if (!DASHES.has(tokens[dash]!.text) || !isName(scene, dash + 1, end)) continue;
    // The quotation just before the dash: in this paragraph, or closing the previous one.
    const q = dash > from ? scene.closesAt.get(dash - 1) : from > 0 ? scene.closesAt.get(from - 1) : undefined;
    if (q === undefined || used.has(q) || (dash > from && dash - 1 < from)) return undefined;
    const pieces = [q];
    while (scene.quoted[pieces[0]!]!.continuation && pieces[0]! > 0) pieces.unshift(pieces[0]! - 1);
    const content = pieces.map((i) => [scene.quoted[i]!.start, scene.quoted[i]!.end] as [number, number]);
    return newDraft(cueAt(dash, 'signature'), content, [dash + 1, end], true, pieces, 'quote-before');
  }
  return undefined;
}

/** Tokens `[from, to)` are a short name: capitalised words, initials, particles ("de", "van"). */
function isName(scene: QuoteScene, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 6) return false;
  let capitals = 0;
  for (let t = from; t < to; t++) {
    const text = scene.tokens[t]!.text;
    if (CAPITALISED.test(text)) capitals++;
    else if (!['de', 'van', 'von', 'da', 'del', 'la', 'le', 'bin', 'al', '.', ',', '(', ')', '@'].includes(text) && !text.startsWith('@')) return false;
  }
  return capitals > 0;
}

function cueAt(t: number, rule: string): CueCandidate {
  return { from: t, to: t + 1, head: t, entry: 'colon', kind: 'speech', stance: 'neutral', role: 'colon', rule, confidence: undefined };
}
