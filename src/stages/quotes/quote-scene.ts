/**
 * What the quote rules look at, computed once per document: tokens, sentences, quoted spans and
 * which token opens or closes each, the sentence of every token, and the time expressions (a date
 * next to a cue is neither source nor content: "Peskov on Monday condemned", "said on Tuesday that").
 */
import type { Document } from '../../model/document.js';
import type { Paragraph, Sentence, Token } from '../../model/layers/structure.js';
import { firstEndingAfter, tokensIn } from '../../model/text-index.js';
import type { QuotedSpan } from './find-quoted-spans.js';
import { SCENE_BUFFER, stageBuffer } from './stage-buffers.js';

export interface QuoteScene {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quoted: readonly QuotedSpan[];
  /** Token index of an opening mark → index in `quoted`. */
  opensAt: TokenMarks;
  /** Token index of a closing mark (or a piece's last token) → index in `quoted`. */
  closesAt: TokenMarks;
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  /** The paragraphs layer (with the structure stage's `titleCase` marks). */
  paragraphs: readonly Paragraph[];
  /** Paragraph index of every token. */
  paragraphOf: Int32Array;
  /** Index in `quoted` of the innermost quoted span covering each token, or -1. */
  insideQuote: Int32Array;
  /** For a token inside a time expression (dates layer): the expression's first token, else -1. */
  timeStart: Int32Array;
  /** For a token inside a time expression: one past the expression's last token, else -1. */
  timeEnd: Int32Array;
}

/**
 * Token index → index in `quoted`, for the tokens that open (or close) a quoted span, read like a Map
 * of numbers: a per-token array (-1: none), so a rule that asks it of every token it walks (clauseEnd,
 * the source walks) reads one number instead of probing a hash table. Covers the token indices 0 to
 * the token count (a span past the last token is marked at the count, as the Map had it).
 */
export class TokenMarks {
  constructor(private readonly at: Int32Array) {}

  get(t: number): number | undefined {
    const q = this.at[t];
    return q === undefined || q < 0 ? undefined : q;
  }

  has(t: number): boolean {
    const q = this.at[t];
    return q !== undefined && q >= 0;
  }

  /** The token indices marked, in ascending order. */
  keys(): number[] {
    const marked: number[] = [];
    for (let t = 0; t < this.at.length; t++) if (this.at[t]! >= 0) marked.push(t);
    return marked;
  }
}

/**
 * Builds the scene for a document whose structure layers are present. `stageRun`: the stage's own run,
 * whose scene may live in the stage's kept buffer (stage-buffers.ts); any other caller (the training
 * script keeps every document's scene) gets a buffer of its own.
 */
export function buildScene(doc: Document, quoted: readonly QuotedSpan[], stageRun = false): QuoteScene {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  // Seven per-token arrays as views on one buffer: a typed array of more than 64 bytes gets memory of
  // its own outside the heap, about a microsecond each to allocate and more to collect. The buffer is
  // the stage's, kept from document to document, in its own run (stage-buffers.ts): every element is written here.
  const n = tokens.length;
  const bytes = 28 * n + 8;
  const buffer = stageRun ? stageBuffer(SCENE_BUFFER, bytes) : new ArrayBuffer(bytes);
  const sentenceOf = new Int32Array(buffer, 0, n).fill(-1);
  for (const s of sentences) for (let t = s.tokenStart; t < s.tokenEnd; t++) sentenceOf[t] = s.index;
  const paragraphOf = new Int32Array(buffer, 4 * n, n).fill(0);
  const paragraphs = doc.layers.paragraphs ?? [];
  paragraphs.forEach((p, i) => {
    const [from, to] = tokensIn(tokens, p.start, p.end);
    paragraphOf.fill(i, from, to);
  });
  const insideQuote = new Int32Array(buffer, 8 * n, n).fill(-1);
  const opens = new Int32Array(buffer, 20 * n, n + 1).fill(-1);
  const closes = new Int32Array(buffer, 24 * n + 4, n + 1).fill(-1);
  quoted.forEach((q, qi) => {
    const first = firstEndingAfter(tokens, q.start);
    let last = first;
    for (let t = first; t < tokens.length && tokens[t]!.end <= q.end; t++) {
      insideQuote[t] = qi;
      last = t;
    }
    opens[first] = qi;
    closes[last] = qi;
  });
  const opensAt = new TokenMarks(opens);
  const closesAt = new TokenMarks(closes);
  const timeStart = new Int32Array(buffer, 12 * n, n).fill(-1);
  const timeEnd = new Int32Array(buffer, 16 * n, n).fill(-1);
  for (const time of doc.layers.dates ?? []) {
    const [from, to] = tokensIn(tokens, time.start, time.end);
    for (let t = from; t < to; t++) {
      timeStart[t] = from;
      timeEnd[t] = to;
    }
  }
  return { text: doc.text, tokens, sentences, quoted, opensAt, closesAt, sentenceOf, paragraphs, paragraphOf, insideQuote, timeStart, timeEnd };
}

/** A letter or digit. One object for every call: a regular expression literal inside a function makes a new one each time it runs. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Number of word tokens inside a quoted span. */
export function wordsIn(scene: QuoteScene, q: QuotedSpan): number {
  let n = 0;
  for (let t = firstEndingAfter(scene.tokens, q.start); t < scene.tokens.length && scene.tokens[t]!.end <= q.end; t++) {
    if (LETTER_OR_DIGIT.test(scene.tokens[t]!.text)) n++;
  }
  return n;
}

/** Tags of a noun phrase's words before a quoted term in it ("the “cautious” faction", "the so-called “Freedom Caucus”"). */
const TERM_LEADS = /^(DT|JJ|PRP\$|POS|NN|NNS|NNP|NNPS|CD)$/;

/**
 * The opening token of a quoted term inside a noun phrase that closes at token `close`: a closed
 * quotation of at most four words with no punctuation before its closing mark, after a determiner,
 * adjective, possessive or noun ("The “cautious” faction said", "members of the so-called “Freedom
 * Caucus” said"). Such marks distance or name; the words are not what the phrase says. Else -1.
 */
export function quotedTermOpening(scene: QuoteScene, close: number): number {
  const q = scene.closesAt.get(close);
  if (q === undefined) return -1;
  const quote = scene.quoted[q]!;
  if (!quote.closed || quote.continuation || wordsIn(scene, quote) > 4) return -1;
  let c = quote.end - 1;
  while (c > quote.start && /[”’"'»]/.test(scene.text[c]!)) c--;
  if (!LETTER_OR_DIGIT.test(scene.text[c] ?? '')) return -1;
  let open = close;
  while (open > 0 && scene.opensAt.get(open) !== q) open--;
  if (scene.opensAt.get(open) !== q || open === 0) return -1;
  const before = scene.tokens[open - 1]!;
  return TERM_LEADS.test(before.pos ?? '') && scene.sentenceOf[open - 1] === scene.sentenceOf[close] ? open : -1;
}
