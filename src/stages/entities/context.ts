/**
 * What the entity rules share while they run on one document: the tokens with their normalised
 * forms, the sentence of each token, and the draft mentions found so far (token ranges, not yet
 * character spans).
 */
import type { Document } from '../../model/document.js';
import type { EntityType, MentionKind } from '../../model/layers/entities.js';
import type { Paragraph, Sentence, Token } from '../../model/layers/structure.js';
import { CASED } from '../pos/describe-words.js';
import { describeSentence, documentCaseMode } from '../pos/describe-sentence.js';

export interface EntityContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Per token: lower case, typographic quotes as ASCII, digits as 0. */
  norm: string[];
  /** Per token: hash of `norm` (see `PhraseIndex.mayStart`). */
  hash: Uint32Array;
  /** Per token: index of its sentence. */
  sentenceOf: Int32Array;
  /** The document has ordinary capitals (not all lower case, not ALL CAPS). */
  cased: boolean;
}

/** A mention in the making: tokens `[start, end)`. */
export interface Draft {
  start: number;
  end: number;
  type: EntityType;
  kind: MentionKind;
  rule: string;
  /** Tokens `[start, end)` of the role the text gives this mention. */
  role?: [number, number];
  metonymy?: 'government';
  /** For a government metonym: the government ("Ukrainian government"). */
  standsFor?: string;
  /** Id of the alias-lexicon entry the name matched (`entity-aliases` or `nation:<id>`). */
  alias?: string;
  /** The draft this one is a short form of (an acronym defined in parentheses). */
  shortFor?: Draft;
  gender?: 'male' | 'female';
  /** Index of the entity group, once grouped. */
  group: number;
}

/**
 * A new draft with every optional field present, in one order: all drafts then share one object
 * shape, so the rules' reads of their fields stay monomorphic. (Drafts never reach the document, so
 * these `undefined`s never meet the JSON round trip.)
 */
export function newDraft(start: number, end: number, type: EntityType, kind: MentionKind, rule: string, group = -1): Draft {
  return { start, end, type, kind, rule, role: undefined, metonymy: undefined, standsFor: undefined, alias: undefined, shortFor: undefined, gender: undefined, group };
}

// Per-token arrays of the document the stage is working on, reused from document to document (a new
// typed array per document costs an ArrayBuffer each): the context lives only while the stage runs.
let hashBuffer = new Uint32Array(1024);
let sentenceBuffer = new Int32Array(1024);
let coveredBuffer = new Uint8Array(1024);

/**
 * Per-token flags, all clear, for one rule while it runs: the next rule's call reuses the same
 * memory, so a rule must not keep them.
 */
export function coveredFlags(ctx: EntityContext): Uint8Array {
  const n = ctx.tokens.length;
  if (coveredBuffer.length < n) coveredBuffer = new Uint8Array(n * 2);
  const flags = coveredBuffer.subarray(0, n);
  for (let k = 0; k < n; k++) flags[k] = 0;
  return flags;
}

/**
 * Sets `flags[start, end)` to 1. A loop, not `fill`: TypedArray fill is a call into V8's C++ runtime,
 * dear for the few tokens of one mention (the rules cover every draft's tokens this way).
 */
export function cover(flags: Uint8Array, start: number, end: number): void {
  for (let k = start; k < end; k++) flags[k] = 1;
}

export function buildContext(doc: Document): EntityContext {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const n = tokens.length;
  const norm = new Array<string>(n);
  if (hashBuffer.length < n) {
    hashBuffer = new Uint32Array(n * 2);
    sentenceBuffer = new Int32Array(n * 2);
  }
  const hash = hashBuffer.subarray(0, n);
  const sentenceOf = sentenceBuffer.subarray(0, n);
  hash.fill(0);
  sentenceOf.fill(0);
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const words = describeSentence(tokens, sentence);
    for (let i = 0; i < words.length; i++) {
      norm[sentence.tokenStart + i] = words.norm[i]!;
      hash[sentence.tokenStart + i] = words.word[i]!;
      sentenceOf[sentence.tokenStart + i] = si;
    }
  }
  return { text: doc.text, tokens, sentences, paragraphs: doc.layers.paragraphs ?? [], norm, hash, sentenceOf, cased: documentCaseMode(tokens) === CASED };
}

/** Sentence `si` lies in a line written in title case or capitals (the structure stage's mark). */
export function inTitleCaseLine(ctx: EntityContext, si: number): boolean {
  return ctx.paragraphs[ctx.sentences[si]!.paragraph]?.titleCase === true;
}

/** The text of tokens `[start, end)`. */
export function tokenText(ctx: EntityContext, start: number, end: number): string {
  return ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end);
}

/** Normalised text of tokens `[start, end)`, words joined by single spaces. */
export function normText(ctx: EntityContext, start: number, end: number): string {
  let s = ctx.norm[start]!;
  for (let i = start + 1; i < end; i++) s += ctx.tokens[i]!.spaceBefore ? ` ${ctx.norm[i]}` : ctx.norm[i];
  return s;
}
