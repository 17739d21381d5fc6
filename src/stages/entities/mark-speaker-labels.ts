/**
 * Speaker labels: "PENCE: Well, look, ...", "WALLACE: Let's start ...", "SEN. SMITH: ..." opening the
 * turns of a transcript, and "Pence: Flowers Won't Be at Debate" opening a headline. The label names
 * the person who speaks what follows. The tagger, which learned from running text, misses such a label
 * or reads it as an organisation, and takes the capitalised word after the colon for a name ("Let",
 * "Well", "Do"). A label at the start of a paragraph (after an opening quotation mark, and a title the
 * titles lexicon knows), of one to three capitalised words before a colon, is a person:
 *  - when the text names a person elsewhere by it or by a name ending in it ("Pence" for "Mike Pence"),
 *    so it joins that person's entity;
 *  - in capitals, when it opens two or more paragraphs of a text in ordinary case (the turns of a
 *    transcript: "WALLACE:").
 * Labels that are page furniture ("BREAKING:", "Editor's note:") are the headline-kickers lexicon's and
 * never a speaker. An interview's "Q:" and "A:" stand for the interviewer and the interviewee and name
 * no one. After any of these labels, a one-word name the tagger found right after the colon, which
 * neither the alias nor the given-names lexicon knows and the text names nowhere else, is the turn's
 * first word ("Well, look, ..."), not a name.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { Draft, EntityContext } from './context.js';
import { newDraft, normText } from './context.js';
import { entityLexicons } from './lexicons.js';
import { startsUpperCase } from './letter-tests.js';

const MAX_LABEL = 3;
const ALL_CAPITALS = /^[\p{Lu}.'’-]+$/u;
const DIGIT = /\d/;
const OPENING_MARKS = new Set(['"', '“', '‘', "'"]);
/** Interview turn letters: the label stands for a role, not a name. */
const INTERVIEW_LABELS = new Set(['Q', 'A', 'Question', 'Answer']);

let kickers: Set<string> | undefined;
function isKicker(words: string): boolean {
  kickers ??= new Set(loadLexicon('headline-kickers').entries.flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  return kickers.has(words);
}

/** A paragraph-opening label: tokens `[start, end)` of the label (title left out), the colon at `colon`. */
interface Label { start: number; end: number; colon: number; interview: boolean; title?: [number, number] }

/** Marks speaker labels as persons and drops the names misread right after a label; returns the new drafts. */
export function markSpeakerLabels(ctx: EntityContext, drafts: Draft[]): Draft[] {
  const labels = findLabels(ctx);
  if (labels.length === 0) return drafts;
  const opens = new Map<string, number>();
  for (const l of labels) if (!l.interview) opens.set(normText(ctx, l.start, l.end), (opens.get(normText(ctx, l.start, l.end)) ?? 0) + 1);
  const inLabel = (d: Draft): boolean => labels.some((l) => d.start < l.colon && d.end > l.start);
  const people = drafts.filter((d) => d.type === 'person' && !inLabel(d)).map((d) => ctx.norm.slice(d.start, d.end).filter((w) => w !== '.'));
  // The names found away from the labels: a word misread after a colon is not among them.
  const firsts = new Set(labels.map((l) => firstAfter(ctx, l)));
  const names = new Set<string>();
  for (const d of drafts) if (!inLabel(d) && !firsts.has(d.start)) names.add(normText(ctx, d.start, d.end));
  let out = drafts;
  for (const l of labels) {
    const key = normText(ctx, l.start, l.end);
    const words = ctx.norm.slice(l.start, l.end).filter((w) => w !== '.');
    const speaker = !l.interview && (people.some((p) => endsWith(p, words)) || (ctx.cased && allCapitals(ctx, l.start, l.end) && opens.get(key)! >= 2));
    if (!speaker && !l.interview) continue;
    // The label's words are the speaker's name, or (an interview's) nobody's: earlier readings go.
    out = out.filter((d) => !(d.start < l.colon && d.end > l.start) && !misreadAfter(ctx, d, l, names));
    if (!speaker) continue;
    const draft = newDraft(l.start, l.end, 'person', 'name', 'speaker-label');
    if (l.title) draft.role = l.title;
    out.push(draft);
  }
  return out === drafts ? drafts : out.sort((a, b) => a.start - b.start);
}

/** The labels that open paragraphs: capitalised words (no digits, no kicker) before a colon. */
function findLabels(ctx: EntityContext): Label[] {
  const { tokens, norm } = ctx;
  const { titles } = entityLexicons();
  const labels: Label[] = [];
  // A paragraph starts a sentence: only sentence starts after a line break are read.
  for (const sentence of ctx.sentences) {
    const i = sentence.tokenStart;
    if (i >= sentence.tokenEnd || (i > 0 && !lineBreak(ctx, i - 1, i))) continue;
    const start = OPENING_MARKS.has(tokens[i]!.text) ? i + 1 : i;
    let colon = start;
    while (colon < tokens.length && colon - start <= MAX_LABEL && tokens[colon]!.text !== ':') colon++;
    if (tokens[colon]?.text !== ':' || colon === start || colon - start > MAX_LABEL || !tokens[colon + 1]) continue;
    if (lineBreak(ctx, colon, colon + 1)) continue;
    let ok = true;
    for (let k = start; k < colon && ok; k++) ok = startsUpperCase(tokens[k]!.text) && !DIGIT.test(tokens[k]!.text);
    const interview = colon - start === 1 && INTERVIEW_LABELS.has(tokens[start]!.text);
    if (!ok || (!interview && isKicker(normText(ctx, start, colon)))) continue;
    // "SEN. SMITH:": the title is the speaker's role, the name is the rest.
    const title = interview ? undefined : titles.match(norm, start, colon - 1, ctx.tokens, ctx.cased);
    if (title && title.value.kind !== 'modifier' && title.end < colon) {
      labels.push({ start: title.end, end: colon, colon, interview, title: [start, title.end] });
    } else labels.push({ start, end: colon, colon, interview });
  }
  return labels;
}

/** A one-word name right after the label's colon that no lexicon knows and the text names nowhere else ("Let", "Well"). */
function misreadAfter(ctx: EntityContext, d: Draft, l: Label, names: ReadonlySet<string>): boolean {
  const first = firstAfter(ctx, l);
  if (d.start !== first || d.end !== first + 1) return false;
  // The part-of-speech tagger is misled too ("Well/NNP"): only the lexicons and the rest of the text tell.
  return d.alias === undefined && !entityLexicons().givenNames.has(ctx.tokens[first]!.text) && !names.has(ctx.norm[first]!);
}

/** The first word of the turn after the label (after an opening quotation mark). */
function firstAfter(ctx: EntityContext, l: Label): number {
  return OPENING_MARKS.has(ctx.tokens[l.colon + 1]?.text ?? '') ? l.colon + 2 : l.colon + 1;
}

/** A line break between tokens `a` and `b`. */
function lineBreak(ctx: EntityContext, a: number, b: number): boolean {
  const at = ctx.text.indexOf('\n', ctx.tokens[a]!.end);
  return at >= 0 && at < ctx.tokens[b]!.start;
}

function allCapitals(ctx: EntityContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!ALL_CAPITALS.test(ctx.tokens[k]!.text)) return false;
  return true;
}

/** `long` ends with `short`'s words, or is them ("mike pence" and "pence"). */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}
