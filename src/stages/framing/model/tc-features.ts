/**
 * Features of the technique classifier for one span: its words and word pairs, its length, the words
 * around it, punctuation and quotation, whether its text recurs in the article (Repetition), whether
 * it covers a whole sentence (slogans, black-and-white and causal claims are often whole clauses), and
 * the lexicon cues inside it.
 */
import { tokensIn } from '../../../model/text-index.js';
import type { ArticleContext } from './article-context.js';
import { bucket } from './si-features.js';

const WORD = /[\p{L}\p{N}]/u;

/** Counts of each lower-cased span text among the spans to classify, for the recurrence features. */
export function spanTextCounts(ctx: ArticleContext, spans: ReadonlyArray<{ start: number; end: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) {
    const key = normalise(ctx.text.slice(s.start, s.end));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Lower-cases and straightens quotes and spaces, for comparing span texts. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Counts non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * The features of span `[start, end)`. `lowerText` is `normalise(article text)` (for recurrence),
 * `spanCounts` the counts from `spanTextCounts`, `copies` how many times this exact span is listed.
 */
export function techniqueFeatures(ctx: ArticleContext, lowerText: string, start: number, end: number, spanCounts: Map<string, number>, copies: number): string[] {
  const [from, to] = tokensIn(ctx.tokens, start, end);
  const out: string[] = [`len=${bucket(to - from)}`];
  let previous = '<s>';
  let capitals = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const w = ctx.words[i]!;
    out.push(`w=${w}`, `b=${previous}|${w}`);
    previous = w;
    if (w.length > 4) out.push(`suf=${w.slice(-3)}`);
    if (WORD.test(w)) {
      words++;
      const raw = ctx.tokens[i]!.text;
      if (raw[0] !== w[0]) capitals++;
    }
    if (w === '!') out.push('!');
    if (w === '?') out.push('?');
    for (const cue of ctx.cues[i]!) out.push(`cue=${cue}`);
  }
  if (from < to) out.push(`first=${ctx.words[from]}`, `last=${ctx.words[to - 1]}`);
  if (words > 0) out.push(`capr=${Math.round((capitals / words) * 4)}`);
  out.push(`l1=${from > 0 ? ctx.words[from - 1] : '<s>'}`, `r1=${to < ctx.words.length ? ctx.words[to] : '</s>'}`);
  if (from > 1) out.push(`l2=${ctx.words[from - 2]}|${ctx.words[from - 1]}`);
  if (from < to && ctx.quoted[from]) out.push('quoted');
  const key = normalise(ctx.text.slice(start, end));
  out.push(`rep=${Math.min(4, occurrences(lowerText, key))}`);
  out.push(`grep=${Math.min(3, spanCounts.get(key) ?? 1)}`);
  out.push(`copies=${Math.min(3, copies)}`);
  const sentence = ctx.sentences.find((s) => s.start <= start && start < s.end);
  if (sentence) {
    const share = (end - start) / Math.max(1, sentence.end - sentence.start);
    out.push(`cover=${Math.min(4, Math.floor(share * 4))}`);
    if (sentence.paragraph === 0) out.push('title');
  }
  return out;
}
