/**
 * Where a cue's content ends. Besides the next cue of the sentence (joined by a conjunction, coordinated,
 * or with its own subject), a later attribution of the sentence: a relative clause
 * with its own cue ("— 38 percent — who said they could change their minds", "an interview, in which
 * he says ..."), an adverbial clause ("after the Associated Press reports ..."), or a coordinated
 * clause after a quotation that closed on a comma ('..., ” and he said he hoped ...'), a subordinate
 * participle ("when asked whether"), a new subject after a comma ("Noting that ..., Tester added:"). The later cue
 * then stands on its own instead of nesting in this content (PolNeAR annotates both).
 */
import type { CueCandidate } from './find-cues.js';
import { findSourceBefore } from './find-source.js';
import { CITING } from './attach-cited-sources.js';
import { skipTimeAfter } from './skip-adjuncts.js';
import type { QuoteScene } from './quote-scene.js';
import { CLOSING_MARKS, SENTENCE_END, isFiniteTag, lowerAt, lowerAtOr } from './word-classes.js';

/** Words before a second cue that make it share the first cue's source and end its content. */
export const SHARERS = new Set(['and', 'but', 'yet', ',', 'also', 'then']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
/** Subordinators that open the outlet's adverbial clause around another attribution. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas']);
const BREAKS = new Set([',', '—', '–', '--', '-', '(', ';']);

/** Token index the content of `cues[c]` stops at, or undefined when no later attribution cuts it. */
export function stopBeforeLaterAttribution(scene: QuoteScene, cues: readonly CueCandidate[], c: number): number | undefined {
  const { tokens } = scene;
  const cue = cues[c]!;
  for (let d = c + 1; d < cues.length; d++) {
    const later = cues[d]!;
    // Speech only: "a nominee who is expected to ...", "those who believe ..." describe the noun, not a new statement.
    if (later.role !== 'verb' || later.entry === 'model' || later.kind !== 'speech') continue;
    // "said, “We'll see,” when asked whether ...": a subordinate clause with a participle cue.
    const lead = lowerAt(tokens, later.from - 1);
    if (later.from - 1 > cue.to + 1 && SUBORDINATORS.has(lead) && (tokens[later.head]!.pos === 'VBN' || tokens[later.head]!.pos === 'VBD') && later.from === later.head) {
      let stop = later.from - 1;
      while (stop > cue.to && (BREAKS.has(tokens[stop - 1]!.text) || CLOSING_MARKS.has(tokens[stop - 1]!.text))) stop--;
      // A closing mark ends a quotation that belongs to the content.
      if (CLOSING_MARKS.has(tokens[later.from - 2]!.text)) stop = later.from - 1;
      if (stop > cue.to + 1) return stop;
    }
    const subject = findSourceBefore(scene, later.from, cue.to);
    if (!subject || subject[0] <= cue.to) continue;
    const s0 = subject[0];
    const before = lowerAt(tokens, s0 - 1);
    let stop = -1;
    if (subject[1] - s0 === 1 && RELATIVES.has(lowerAt(tokens, s0))) stop = s0;
    else if (RELATIVES.has(before)) stop = s0 - 1;
    else if (SUBORDINATORS.has(before)) stop = s0 - 1;
    else if ((before === 'and' || before === 'but') && CLOSING_MARKS.has(tokens[s0 - 2]?.text ?? '') && tokens[s0 - 3]?.text === ',') stop = s0 - 1;
    // "Noting that ..., Tester added:": a later speech cue with its own subject after a comma.
    else if (before === ',' && !scene.closesAt.has(s0 - 2)) stop = s0 - 1;
    if (stop < 0) continue;
    // "an interview, in which": the preposition and the comma go with the relative clause.
    if (stop > cue.to && tokens[stop - 1]!.pos === 'IN' && RELATIVES.has(lowerAt(tokens, stop))) stop--;
    while (stop > cue.to && BREAKS.has(tokens[stop - 1]!.text)) stop--;
    if (stop > cue.to + 1) return stop;
  }
  return undefined;
}

/**
 * Token index where the content of `cues[c]` (in the sentence `[from, to)`) ends: before the next cue
 * when a conjunction or comma joins it, before a coordinated cue of the same tense, before the next
 * cue's own subject, or before a later attribution; else the sentence end `to`.
 */
export function findContentStop(scene: QuoteScene, cues: readonly CueCandidate[], c: number, from: number, to: number): number {
  const { tokens } = scene;
  const cue = cues[c]!;
  // "reported, citing the ministry, that ...": the citing aside qualifies this cue (attach-cited-sources
  // links it) and its content runs on after it.
  const after = citesRightAfter(scene, cue, cues[c + 1], to) ? c + 2 : c + 1;
  const next = cues[after];
  // A coordinated cue ("insists X and has denied Y"; "said the attack showed X and accused Y", the
  // same tense as this cue) ends this cue's content.
  let stop = to;
  const coordinated = cues.slice(after + 1).find((d) => d.entry !== 'model' && isConjunction(tokens[d.from - 1]) && sameTense(tokens[cue.head]!.pos, tokens[d.from]!.pos));
  if (next && SHARERS.has(lowerAt(tokens, beforeAdverbs(tokens, next.from - 1, cue.to)))) stop = beforeAdverbs(tokens, next.from - 1, cue.to);
  else if (next && participleAfterQuotation(scene, cue, next)) stop = next.from;
  else if (coordinated) stop = coordinated.from - 1;
  else if (next) {
    // "When asked whether ..., Peskov responded": the next cue's own subject after a comma.
    const subject = findSourceBefore(scene, next.from, cue.to);
    if (subject && tokens[subject[0] - 1]?.text === ',') stop = subject[0] - 1;
    // ", and he noted ...": a coordinated clause with its own subject and cue is not this content.
    else if (subject && isConjunction(tokens[subject[0] - 1]) && tokens[subject[0] - 2]?.text === ',') stop = subject[0] - 2;
    else if (subject) stop = stopBeforeQuotedAttribution(scene, subject[0], from) ?? stop;
  }
  if (stop === to) stop = cues.slice(after + 1).find((d) => participleAfterQuotation(scene, cue, d))?.from ?? stop;
  if (stop === to) stop = stopBeforeLaterAttribution(scene, cues, after - 1) ?? stop;
  return Math.min(stop, frontedClauseEnd(scene, cue, from, to) ?? stop);
}

/** Subordinators that open a sentence with a clause of their own before the main clause. */
const FRONTED_SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'because', 'since', 'if', 'unless', 'when', 'once', 'after', 'before', 'until', 'as']);

/**
 * "While critics argue that trading prisoners encourages others, President Obama has deemed ...": a
 * cue in a subordinate clause that opens the sentence has its content end at the comma that closes the
 * clause (PolNeAR: content "that trading prisoners encourages others"); the main clause after it is the
 * outlet's, or an attribution of its own. Only a cue with no comma between the subordinator and it (in
 * "As she has for weeks, Clinton avoided ..." the cue is the main clause's) and with its content right
 * after it ("As the paper noted, ..." has its content after the comma). A quotation closing on a comma
 * ends the clause with its closing mark. The token index to stop at, else undefined.
 */
function frontedClauseEnd(scene: QuoteScene, cue: CueCandidate, from: number, to: number): number | undefined {
  const { tokens } = scene;
  let first = from;
  while (first < cue.from && OPENING_MARK_TEXTS.has(tokens[first]!.text)) first++;
  let w = lowerAt(tokens, first);
  if (w === 'even' && (lowerAtOr(tokens, first + 1, first) === 'though' || lowerAtOr(tokens, first + 1, first) === 'if')) w = lowerAt(tokens, ++first);
  if (!FRONTED_SUBORDINATORS.has(w) || first + 1 >= cue.from || cue.to >= to || tokens[cue.to]!.text === ',') return undefined;
  for (let k = first + 1; k < cue.from; k++) if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return undefined;
  for (let k = cue.to + 1; k < to; k++) {
    const q = scene.opensAt.get(k);
    if (q !== undefined) {
      let last = k;
      while (last + 1 < to && !scene.closesAt.has(last)) last++;
      if (closesOnComma(scene, last) && last + 1 < to) return last + 1;
      k = last;
      continue;
    }
    const t = tokens[k]!.text;
    if (t === ';' || SENTENCE_END.has(t)) return undefined;
    if (t === ',' && opensMainClause(scene, k + 1, to)) return k;
  }
  return undefined;
}

/**
 * Whether the words from token `k` are a clause: a subject, then a finite verb before the next comma
 * ("President Obama has deemed ..."), not a list's next item ("charisma and the potential ...") or an
 * apposition ("the 1970s-era catcher Jerry Grote, ...").
 */
function opensMainClause(scene: QuoteScene, k: number, to: number): boolean {
  const { tokens } = scene;
  if (k >= to || /^(VB|MD|CC)/.test(tokens[k]!.pos ?? '')) return false;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'CC' || SENTENCE_END.has(t.text)) return false;
    if (isFiniteTag(t.pos)) return true;
  }
  return false;
}

const OPENING_MARK_TEXTS = new Set(['“', '‘', '"', "'", '«', '(']);

/**
 * 'called it a “ridiculous proposition,” adding that ...': a participle cue right after a quotation that
 * closed on its comma is the speaker's next step; the content ends with the quotation.
 */
function participleAfterQuotation(scene: QuoteScene, cue: CueCandidate, later: CueCandidate): boolean {
  return later.from > cue.to + 1 && later.from === later.head && scene.tokens[later.head]!.pos === 'VBG' && closesOnComma(scene, later.from - 1);
}

/** Whether token `t` closes a quotation whose last character inside the marks is a comma. */
export function closesOnComma(scene: QuoteScene, t: number): boolean {
  const q = scene.closesAt.get(t);
  if (q === undefined) return false;
  const quote = scene.quoted[q]!;
  let c = quote.end - 1;
  while (c > quote.start && CLOSING_MARKS.has(scene.text[c]!)) c--;
  return scene.text[c] === ',';
}

/** "reported, citing X, ..." / "said on Monday, quoting X, ...": a citing aside right after the cue, content after it. */
function citesRightAfter(scene: QuoteScene, cue: CueCandidate, next: CueCandidate | undefined, to: number): boolean {
  if (!next || !CITING.has(lowerAt(scene.tokens, next.head)) || scene.tokens[next.from - 1]?.text !== ',') return false;
  if (skipTimeAfter(scene, cue.to, to) !== next.from - 1) return false;
  // The aside closes with a comma and the content follows ("..., the authority said, citing inspectors." has none).
  for (let j = next.to; j < Math.min(to, next.to + 14); j++) if (scene.tokens[j]!.text === ',') return j + 2 < to;
  return false;
}

const QUOTE_BREAKS = new Set(['—', '–', '-', '--', ':', ';', '(']);

/**
 * "..., Ben Carson said." after a quotation ending in a comma inside its marks: the earlier cue's
 * content stops before the next cue's subject, so the trailing attribution keeps its clause; when the
 * quotation opens the sentence or follows a dash, it stops before the quotation, which is the next
 * cue's direct content ("impressed by her - “Born rich,” Elkins said - but ...").
 */
function stopBeforeQuotedAttribution(scene: QuoteScene, subjectStart: number, from: number): number | undefined {
  const { tokens } = scene;
  const q = scene.closesAt.get(subjectStart - 1);
  // The comma inside the marks: its own token before ” and '', or glued into one ",''".
  if (q === undefined || !closesOnComma(scene, subjectStart - 1)) return undefined;
  let open = subjectStart - 1;
  while (open > from && scene.opensAt.get(open) !== q) open--;
  if (scene.opensAt.get(open) !== q) return undefined;
  return open === from || QUOTE_BREAKS.has(tokens[open - 1]!.text) ? open : subjectStart;
}

/** Token index at or before `k` (not before `from`) with the adverbs at `k` skipped ("also" is kept: it shares). */
export function beforeAdverbs(tokens: QuoteScene['tokens'], k: number, from: number): number {
  while (k > from && tokens[k]!.pos === 'RB' && !SHARERS.has(lowerAt(tokens, k))) k--;
  return k;
}

function isConjunction(token: { text: string } | undefined): boolean {
  return token !== undefined && (token.text === 'and' || token.text === 'but');
}

/** Both finite and of one tense: "said ... and accused", "insists ... and has denied". */
function sameTense(a: string | undefined, b: string | undefined): boolean {
  const finite = (tag: string | undefined): string => (tag === 'VBD' ? 'past' : tag === 'VBZ' || tag === 'VBP' ? 'present' : '');
  return finite(a) !== '' && (finite(a) === finite(b) || (finite(a) === 'present' && (b === 'VBZ' || b === 'VBP')));
}
