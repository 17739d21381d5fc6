/**
 * Claim units: each quote's content is a claim attributed to its speaker, and what is left of a
 * sentence outside every attribution (source, cue and content), when it still holds a clause, is a
 * claim in the outlet's own voice.
 */
import type { Quote } from '../../model/layers/quotes.js';
import type { Sentence, Token } from '../../model/layers/structure.js';
import { tokensIn } from '../../model/text-index.js';

/** `quote` is undefined for the outlet's own voice: always present, so that units share one shape. */
export interface ClaimUnit {
  start: number;
  end: number;
  quote: Quote | undefined;
}

/** Finite verb tags (`/^(VB[DPZ]|MD)$/`), compared directly: no regex to run per token. */
function isFiniteVerb(tag: string): boolean {
  return tag === 'VBD' || tag === 'VBP' || tag === 'VBZ' || tag === 'MD';
}

const DANGLING = new Set(['that', 'which', 'who', 'whom', 'as']);
const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;
const NO_LETTER_DIGIT_OR_OPENING_QUOTE = /^[^\p{L}\p{N}“‘"]+$/u;

/**
 * `NO_LETTER_OR_DIGIT.test(text)` (with `quotes`, `NO_LETTER_DIGIT_OR_OPENING_QUOTE`), answered from
 * the character codes when the text is ASCII; other text goes to the regex.
 */
function isEdgePunctuation(text: string, quotes: boolean): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return (quotes ? NO_LETTER_DIGIT_OR_OPENING_QUOTE : NO_LETTER_OR_DIGIT).test(text);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (quotes && c === 34)) return false;
  }
  return true;
}

/** Claim units in text order. */
export function findClaimUnits(text: string, sentences: readonly Sentence[], tokens: readonly Token[], quotes: readonly Quote[]): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  // Built only when some quote is nested (most documents have none).
  let byId: Map<string, Quote> | undefined;
  for (const q of quotes) {
    if (q.content.length === 0) continue;
    // "X, citing Y, said Z": the inner quote reports the same words as its parent; one claim, reported
    // through the outer quote (the inner one stays on the quotes layer as X's own source).
    if (q.parent) byId ??= new Map(quotes.map((o) => [o.id, o]));
    const parent = q.parent ? byId!.get(q.parent) : undefined;
    if (parent && sameSpans(parent, q)) continue;
    units.push({ start: q.content[0]!.start, end: q.content.at(-1)!.end, quote: q });
  }
  // Tokens inside some attribution (from its first to its last part), as one bitmap.
  const covered = coveredRow(tokens.length);
  for (const q of quotes) {
    const [start, end] = attributionExtent(q);
    const [from, to] = tokensIn(tokens, start, end);
    for (let t = from; t < to; t++) covered[t] = 1;
  }
  for (const s of sentences) {
    // The longest stretch of the sentence outside every attribution.
    let best: [number, number] | undefined;
    let from = s.tokenStart;
    for (let t = s.tokenStart; t <= s.tokenEnd; t++) {
      const inside = t < s.tokenEnd && covered[t] === 1;
      if (t === s.tokenEnd || inside) {
        if (t > from && (!best || t - from > best[1] - best[0])) best = [from, t];
        from = t + 1;
      }
    }
    if (!best) continue;
    let [a, b] = best;
    while (a < b && isEdgePunctuation(tokens[a]!.text, false)) a++;
    // "... after referendums that" (the relative clause went to a quote): a dangling relative word.
    // "broke up on Monday without agreement, with" (the rest went to a quote): a dangling preposition, conjunction or article.
    while (b > a && (isEdgePunctuation(tokens[b - 1]!.text, true) || DANGLING.has(tokens[b - 1]!.text) || tokens[b - 1]!.pos === 'IN' || tokens[b - 1]!.pos === 'TO' || tokens[b - 1]!.pos === 'CC' || tokens[b - 1]!.pos === 'DT')) b--;
    if (b - a < 4) continue;
    let hasVerb = false;
    for (let t = a; t < b && !hasVerb; t++) hasVerb = tokens[t]!.pos === undefined ? true : isFiniteVerb(tokens[t]!.pos!);
    if (!hasVerb) continue;
    units.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, quote: undefined });
  }
  return units.sort((x, y) => x.start - y.start || y.end - x.end).filter((u) => u.end <= text.length);
}

/**
 * `n` zeroed flags, on a row reused from document to document (only `findClaimUnits` writes it, and
 * nothing it returns holds it): a new Uint8Array per document took memory of its own outside the heap.
 */
function coveredRow(n: number): Uint8Array {
  if (covering.length < n) covering = new Uint8Array(Math.max(n, 2 * covering.length));
  else covering.fill(0, 0, n);
  return covering;
}
let covering = new Uint8Array(4096);

/**
 * The first offset and the end of a quote's parts (content, cue, source), by a loop: the spread of the
 * parts into a new array and of two mapped arrays into Math.min/max made four arrays per quote (and
 * the covered tokens are marked by a loop, not a call into TypedArray fill: bprof's cpp.sh showed
 * that fill under findClaimUnits).
 */
function attributionExtent(q: Quote): [number, number] {
  let start = Infinity, end = -Infinity;
  for (const p of q.content) {
    if (p.start < start) start = p.start;
    if (p.end > end) end = p.end;
  }
  if (q.cue) {
    start = Math.min(start, q.cue.start);
    end = Math.max(end, q.cue.end);
  }
  if (q.source) {
    start = Math.min(start, q.source.start);
    end = Math.max(end, q.source.end);
  }
  return [start, end];
}

function sameSpans(a: Quote, b: Quote): boolean {
  return a.content.length === b.content.length && a.content.every((c, i) => c.start === b.content[i]!.start && c.end === b.content[i]!.end);
}
