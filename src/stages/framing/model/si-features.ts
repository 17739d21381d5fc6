/**
 * Features of the span-identification model, as hashed slots (feature-hash.ts). A token is scored from
 * its own features (the word, its neighbours and word pairs, part-of-speech tags, suffix, shape,
 * position, quotation, repetition in the article, lexicon cues and valence band around it) plus the
 * features of its sentence (its words, length, punctuation, cue count, title), which every token of
 * the sentence shares and which are therefore scored once per sentence.
 */
import type { ArticleContext } from './article-context.js';
import { hashString, slot, slot2 } from './feature-hash.js';

const WORD = /[\p{L}\p{N}]/u;

// Template ids: one per kind of feature. Changing one changes the model: retrain.
const T = {
  sentenceLength: 1, exclamation: 2, question: 3, sentenceWord: 4, sentenceCues: 5, sentenceQuoted: 6, title: 7,
  tag: 10, prevTag: 11, nextTag: 12, word: 13, prev: 14, next: 15, prev2: 16, next2: 17, prevWord: 18, wordNext: 19,
  suffix: 20, punct: 21, caps: 22, cap: 23, position: 24, quoted: 25, repeated: 26, cue: 27, prevCue: 28, nextCue: 29,
} as const;
const BOUNDARY = hashString('<s>');
const END = hashString('</s>');

/** Length bucket: 1, 2, 3-4, 5-8, 9-16, 17-32, 33+. */
export function bucket(n: number): number {
  return n <= 2 ? n : Math.min(6, Math.ceil(Math.log2(n)) + 1);
}

/** Per-token hashes the features are built from, computed once per article. */
export interface TokenHashes {
  word: Uint32Array;
  tag: Uint32Array;
  suffix: Uint32Array;
  /** 1 for tokens with a letter or digit. */
  isWord: Uint8Array;
  /** Per token: hashes of its cue kinds (usually empty). */
  cues: ReadonlyArray<readonly number[]>;
}

const NO_CUES: readonly number[] = [];

/** Hashes the words, tags, suffixes and cues of an article. */
export function hashTokens(ctx: ArticleContext): TokenHashes {
  const n = ctx.tokens.length;
  const word = new Uint32Array(n);
  const tag = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const isWord = new Uint8Array(n);
  const cues: Array<readonly number[]> = new Array<readonly number[]>(n);
  for (let i = 0; i < n; i++) {
    const w = ctx.words[i]!;
    word[i] = hashString(w);
    tag[i] = hashString(ctx.tokens[i]!.pos ?? '');
    suffix[i] = w.length > 4 ? hashString(w.slice(-3)) : 0;
    isWord[i] = WORD.test(w) ? 1 : 0;
    const kinds = ctx.cues[i]!;
    cues[i] = kinds.length === 0 ? NO_CUES : kinds.map(hashString);
  }
  return { word, tag, suffix, isWord, cues };
}

/** Appends the slots shared by every token of sentence `s`. */
export function sentenceSlots(ctx: ArticleContext, h: TokenHashes, s: number, out: number[]): void {
  const sentence = ctx.sentences[s]!;
  out.push(slot(T.sentenceLength, bucket(sentence.tokenEnd - sentence.tokenStart)));
  let cueCount = 0;
  let quoted = 0;
  const seen = new Set<number>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const w = ctx.words[i]!;
    if (w === '!') out.push(slot(T.exclamation, 1));
    else if (w === '?') out.push(slot(T.question, 1));
    if (ctx.cues[i]!.length > 0) cueCount++;
    quoted += ctx.quoted[i]!;
    if (h.isWord[i] && !seen.has(h.word[i]!)) {
      seen.add(h.word[i]!);
      out.push(slot(T.sentenceWord, h.word[i]!));
    }
  }
  out.push(slot(T.sentenceCues, Math.min(cueCount, 3)));
  if (quoted > 0) out.push(slot(T.sentenceQuoted, 1));
  if (sentence.paragraph === 0) out.push(slot(T.title, 1));
}

/** Appends the token's own slots. */
export function tokenSlots(ctx: ArticleContext, h: TokenHashes, i: number, sentenceStart: number, sentenceEnd: number, out: number[]): void {
  const w = h.word[i]!;
  const prev = i > sentenceStart ? h.word[i - 1]! : BOUNDARY;
  const prev2 = i - 1 > sentenceStart ? h.word[i - 2]! : BOUNDARY;
  const next = i + 1 < sentenceEnd ? h.word[i + 1]! : END;
  const next2 = i + 2 < sentenceEnd ? h.word[i + 2]! : END;
  out.push(
    slot(T.tag, h.tag[i]!),
    slot(T.prevTag, i > sentenceStart ? h.tag[i - 1]! : BOUNDARY),
    slot(T.nextTag, i + 1 < sentenceEnd ? h.tag[i + 1]! : END),
    slot(T.word, w),
    slot(T.prev, prev),
    slot(T.next, next),
    slot(T.prev2, prev2),
    slot(T.next2, next2),
    slot2(T.prevWord, prev, w),
    slot2(T.wordNext, w, next),
  );
  if (h.suffix[i]) out.push(slot(T.suffix, h.suffix[i]!));
  const raw = ctx.tokens[i]!.text;
  const lower = ctx.words[i]!;
  if (!h.isWord[i]) out.push(slot(T.punct, 1));
  else if (raw.length > 1 && raw === raw.toUpperCase() && raw !== lower) out.push(slot(T.caps, 1));
  else if (i > sentenceStart && raw.charCodeAt(0) !== lower.charCodeAt(0)) out.push(slot(T.cap, 1));
  const position = (i - sentenceStart) / Math.max(1, sentenceEnd - sentenceStart);
  out.push(slot(T.position, Math.min(4, Math.floor(position * 5))));
  if (ctx.quoted[i]) out.push(slot(T.quoted, 1));
  if (h.isWord[i] && lower.length > 3) out.push(slot(T.repeated, Math.min(ctx.wordCounts.get(lower) ?? 1, 4)));
  for (const c of h.cues[i]!) out.push(slot(T.cue, c));
  if (i > sentenceStart) for (const c of h.cues[i - 1]!) out.push(slot(T.prevCue, c));
  if (i + 1 < sentenceEnd) for (const c of h.cues[i + 1]!) out.push(slot(T.nextCue, c));
}
