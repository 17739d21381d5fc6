/**
 * Features of the technique classifier for one span: its words, its length, the words around it,
 * punctuation and quotation, whether its text recurs in the article (Repetition), whether it covers a
 * whole sentence (slogans, black-and-white and causal claims are often whole clauses), and the lexicon
 * cues inside it. No word pairs and no suffixes: they were 5,334 of the 10,308 rows and the costliest
 * lookups (a pair, a four-part hash per token), for 5-fold TC F1 on PTC .5709 without, .5714 with.
 */
import { firstEndingAfter, tokensIn } from '../../../model/text-index.js';
import type { ArticleContext } from './article-context.js';
import { bucket } from './si-features.js';

/**
 * Counts of each lower-cased span text among the spans to classify, for the recurrence features.
 * `keys`, when given, receives each span's normalised text (addTechniqueFeatures takes it back).
 */
export function spanTextCounts(ctx: ArticleContext, spans: ReadonlyArray<{ start: number; end: number }>, keys?: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) {
    const key = normalise(ctx.text.slice(s.start, s.end));
    keys?.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Lower-cases and straightens quotes and spaces, for comparing span texts: curly single quotes become
 * ', curly double quotes ", and runs of whitespace one space. One pass over the text (the stage
 * normalises each article whole): a quote is no whitespace, so the three rewrites never meet.
 */
export function normalise(s: string): string {
  const lower = s.toLowerCase();
  // Most span texts have nothing to rewrite: a test first spares them the global replace with a
  // callback (RegExpExecMultiple, .22% of all ticks).
  return (HAS_CHANGE.test(lower) ? lower.replace(CHANGES, straightened) : lower).trim();
}

// Runs of whitespace become one space, as /\s+/g would make them, without rewriting every single space.
const CHANGES = /[’‘“”]|\s{2,}|[^\S ]/g;

/** `CHANGES` without the global flag, for a test that keeps no lastIndex. */
const HAS_CHANGE = new RegExp(CHANGES.source);

function straightened(m: string): string {
  return m === '’' || m === '‘' ? "'" : m === '“' || m === '”' ? '"' : ' ';
}

/**
 * Counts non-overlapping occurrences of `needle` (a span text as `normalise` gives it) in
 * `normalise(text)`, up to `max` (the feature caps it there), where `lower` is `text.toLowerCase()`:
 * the same count as `indexOf` over the normalised text, without building it (rewriting the whole
 * article took longer than the spans' searches). In the normalised text every run of whitespace is
 * one space and curly quotes are straight, so here a space of the needle takes a whole run of
 * whitespace and a straight quote a curly one too. The needle neither starts nor ends with a space
 * and holds no two in a row (it is normalised), so a match starts and ends on a character that the
 * normalised text holds as it is, and the next search starts where the match ended, as there.
 */
function occurrences(lower: string, needle: string, max: number): number {
  if (needle.length === 0) return 0;
  // The needle up to its first space or quote is found by indexOf as it stands.
  let plain = 0;
  while (plain < needle.length && !MAY_DIFFER.has(needle.charCodeAt(plain))) plain++;
  const prefix = needle.slice(0, plain);
  let n = 0;
  for (let at = 0; n < max; ) {
    const p = plain > 0 ? lower.indexOf(prefix, at) : at;
    if (p < 0 || p >= lower.length) break;
    const end = matchEnd(lower, p + plain, needle, plain);
    if (end < 0) at = p + 1;
    else {
      n++;
      at = end;
    }
  }
  return n;
}

/** Characters of a normalised text that stand for others in the text: space (any whitespace run), ' (’ ‘) and " (“ ”). */
const MAY_DIFFER = new Set([32, 39, 34]);

/** Where `needle` from `k` on ends when matched in `lower` from `j` (see `occurrences`), or -1. */
function matchEnd(lower: string, j: number, needle: string, k: number): number {
  for (; k < needle.length; k++) {
    const c = needle.charCodeAt(k);
    if (j >= lower.length) return -1;
    const d = lower.charCodeAt(j);
    if (c === 32) {
      if (!isWhitespace(d)) return -1;
      do j++;
      while (j < lower.length && isWhitespace(lower.charCodeAt(j)));
      continue;
    }
    if (d !== c && !(c === 39 && (d === 0x2019 || d === 0x2018)) && !(c === 34 && (d === 0x201c || d === 0x201d))) return -1;
    j++;
  }
  return j;
}

/** Whether a UTF-16 unit is whitespace as /\s/ and trim() take it. */
function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where technique features go: each feature is the concatenation of its parts, so a scorer can hash
 * the parts without building the string (technique-scorer.ts) and training can collect the strings.
 */
export interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string): void;
  /**
   * The feature `WORD_TEMPLATES[template]` + the word of token `i` (`ctx.words[i]`): the same as
   * `add(WORD_TEMPLATES[template], ctx.words[i])`, told by template number and the word's row in the
   * table of word types, so a scorer can keep what it found per row instead of per string.
   */
  addWord(template: number, ctx: ArticleContext, i: number): void;
}

/** Templates of the features of one word, by number (`FeatureSink.addWord`). */
export const WORD_TEMPLATES: readonly string[] = ['w=', 'first=', 'last=', 'l1=', 'r1='];
const W = 0;
const FIRST = 1;
const LAST = 2;
const L1 = 3;
const R1 = 4;

/** Collects feature strings (training). */
class FeatureStrings implements FeatureSink {
  readonly features: string[] = [];
  add(a: string, b?: string, c?: string, d?: string): void {
    this.features.push(d !== undefined ? a + b + c + d : c !== undefined ? a + b + c : b !== undefined ? a + b : a);
  }

  addWord(template: number, ctx: ArticleContext, i: number): void {
    this.add(WORD_TEMPLATES[template]!, ctx.words[i]!);
  }
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
function digit(n: number): string {
  return DIGITS[n] ?? String(n);
}

/**
 * The features of span `[start, end)`. `lowerText` is the article text lower-cased (for recurrence),
 * `spanCounts` the counts from `spanTextCounts`, `copies` how many times this exact span is listed.
 */
export function techniqueFeatures(ctx: ArticleContext, lowerText: string, start: number, end: number, spanCounts: Map<string, number>, copies: number): string[] {
  const sink = new FeatureStrings();
  addTechniqueFeatures(ctx, lowerText, start, end, spanCounts, copies, sink);
  return sink.features;
}

/**
 * Gives the features of span `[start, end)` to `out`, in the order `techniqueFeatures` lists them;
 * `key` is the span's normalised text when the caller has it already.
 */
export function addTechniqueFeatures(ctx: ArticleContext, lowerText: string, start: number, end: number, spanCounts: Map<string, number>, copies: number, out: FeatureSink, key = normalise(ctx.text.slice(start, end))): void {
  const [from, to] = tokensIn(ctx.tokens, start, end);
  out.add('len=', digit(bucket(to - from)));
  let capitals = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const w = ctx.words[i]!;
    out.addWord(W, ctx, i);
    if (ctx.isWord[i]) {
      words++;
      if (ctx.tokens[i]!.text.charCodeAt(0) !== w.charCodeAt(0)) capitals++;
    }
    if (w === '!') out.add('!');
    if (w === '?') out.add('?');
    for (const cue of ctx.cues[i]!) out.add('cue=', cue);
  }
  if (from < to) {
    out.addWord(FIRST, ctx, from);
    out.addWord(LAST, ctx, to - 1);
  }
  if (words > 0) out.add('capr=', digit(Math.round((capitals / words) * 4)));
  if (from > 0) out.addWord(L1, ctx, from - 1);
  else out.add('l1=', '<s>');
  if (to < ctx.words.length) out.addWord(R1, ctx, to);
  else out.add('r1=', '</s>');
  if (from > 1) out.add('l2=', ctx.words[from - 2]!, '|', ctx.words[from - 1]!);
  if (from < to && ctx.quoted[from]) out.add('quoted');
  out.add('rep=', digit(Math.min(4, occurrences(lowerText, key, 4))));
  out.add('grep=', digit(Math.min(3, spanCounts.get(key) ?? 1)));
  out.add('copies=', digit(Math.min(3, copies)));
  // The sentence holding `start` (sentences are sorted and disjoint): the first one ending after it.
  const candidate = ctx.sentences[firstEndingAfter(ctx.sentences, start)];
  const sentence = candidate && candidate.start <= start ? candidate : undefined;
  if (sentence) {
    const share = (end - start) / Math.max(1, sentence.end - sentence.start);
    out.add('cover=', digit(Math.min(4, Math.floor(share * 4))));
    if (sentence.paragraph === 0) out.add('title');
  }
}
