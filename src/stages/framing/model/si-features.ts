/**
 * Features of the span-identification model. A token is scored from its own features (the word, its
 * neighbours, shape, position, quotation, repetition, lexicon cues) plus the features of its sentence
 * (its words, length, punctuation), which are shared by every token of the sentence and so scored once.
 */
import type { ArticleContext } from './article-context.js';

const WORD = /[\p{L}\p{N}]/u;

/** Length bucket: 1, 2, 3-4, 5-8, 9-16, 17-32, 33+. */
export function bucket(n: number): number {
  return n <= 2 ? n : Math.min(6, Math.ceil(Math.log2(n)) + 1);
}

/** The features shared by every token of sentence `s`. */
export function sentenceFeatures(ctx: ArticleContext, s: number): string[] {
  const sentence = ctx.sentences[s]!;
  const out: string[] = [`sl=${bucket(sentence.tokenEnd - sentence.tokenStart)}`];
  let cueCount = 0;
  let quoted = 0;
  const seen = new Set<string>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const w = ctx.words[i]!;
    if (w === '!') out.push('s!');
    else if (w === '?') out.push('s?');
    if (ctx.cues[i]!.length > 0) cueCount++;
    quoted += ctx.quoted[i]!;
    if (WORD.test(w) && !seen.has(w)) { seen.add(w); out.push(`sw=${w}`); }
  }
  out.push(`sc=${Math.min(cueCount, 3)}`);
  if (quoted > 0) out.push('sq');
  if (sentence.paragraph === 0) out.push('title');
  return out;
}

/** The token's own features. */
export function tokenFeatures(ctx: ArticleContext, i: number, sentenceStart: number, sentenceEnd: number): string[] {
  const w = ctx.words[i]!;
  const prev = i > sentenceStart ? ctx.words[i - 1]! : '<s>';
  const prev2 = i - 1 > sentenceStart ? ctx.words[i - 2]! : '<s>';
  const next = i + 1 < sentenceEnd ? ctx.words[i + 1]! : '</s>';
  const next2 = i + 2 < sentenceEnd ? ctx.words[i + 2]! : '</s>';
  const raw = ctx.tokens[i]!.text;
  const tag = ctx.tokens[i]!.pos ?? '';
  const out = [`t=${tag}`, `pt=${i > sentenceStart ? ctx.tokens[i - 1]!.pos : '<s>'}`, `nt=${i + 1 < sentenceEnd ? ctx.tokens[i + 1]!.pos : '</s>'}`, `w=${w}`, `p=${prev}`, `n=${next}`, `pp=${prev2}`, `nn=${next2}`, `pw=${prev}|${w}`, `wn=${w}|${next}`];
  if (w.length > 4) out.push(`suf=${w.slice(-3)}`);
  if (!WORD.test(w)) out.push('punct');
  else if (raw.length > 1 && raw === raw.toUpperCase() && raw !== w) out.push('caps');
  else if (i > sentenceStart && raw[0] !== w[0]) out.push('cap');
  const position = (i - sentenceStart) / Math.max(1, sentenceEnd - sentenceStart);
  out.push(`pos=${Math.min(4, Math.floor(position * 5))}`);
  if (ctx.quoted[i]) out.push('q');
  const count = ctx.wordCounts.get(w) ?? 1;
  if (WORD.test(w) && w.length > 3) out.push(`rep=${Math.min(count, 4)}`);
  for (const cue of ctx.cues[i]!) out.push(`cue=${cue}`);
  for (const cue of i > sentenceStart ? ctx.cues[i - 1]! : []) out.push(`pcue=${cue}`);
  for (const cue of i + 1 < sentenceEnd ? ctx.cues[i + 1]! : []) out.push(`ncue=${cue}`);
  return out;
}
