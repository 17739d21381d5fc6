/**
 * Turns the structure tokens into time tokens: inner hyphens split off ("mid-2014" → mid - 2014),
 * multi-word terms joined ("at least", "New Year's Day"), and each piece given one class from the time
 * lexicon or from its shape (YEAR, CLOCK, NUM...). The classes, one character each, make the class
 * string the time patterns run over; sentences are separated by END so no match crosses one.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { lowerCase } from '../numbers/lower-case.js';
import { CLASS_CHARS, splitHyphens } from './time-words.js';
import { documentWordInfos } from '../pos/describe-sentence.js';
import { knownWord, matchMultiWord, type KnownWord } from './known-time-words.js';
import { classifyPiece, type Piece } from './classify-piece.js';
import { mayBeLive, startsLiveTerm } from './inert-classes.js';
import { LIVE, MULTI, UNKNOWN, WHOLE, wordTypes } from './time-word-types.js';
import { makeToken, type TimeToken } from './time-token.js';

export interface ClassifiedText {
  tokens: TimeToken[];
  /** One character per token (`CLASS_CHARS`); `tokens[i]` is the token of `classes[i]`. */
  classes: string;
}

/**
 * Classifies the tokens of every sentence. With `skipInert`, a sentence none of whose pieces can take
 * a class outside `INERT_CLASSES` (no digit, number word, hyphenated word or time word: most sentences
 * of ordinary news) gets its END token only: no time pattern can match inside it (a test holds every
 * pattern to that), and the tagger reads no token outside the sentence of a match, so its matches and
 * their values are the same. A piece is counted as able to take its lexicon class whatever its case
 * and neighbours, so the test errs on the side of classifying.
 */
export function classifyTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[], skipInert = false): ClassifiedText {
  const types = wordTypes();
  const infos = documentWordInfos(tokens);
  types.reserve(tokens.length);
  const out: TimeToken[] = [];
  // The sentence's pieces and their lower-cased forms, in arrays reused from sentence to sentence
  // (two new arrays per sentence, grown push by push, were a fifth of the stage's allocation): the
  // first `n` entries are this sentence's; reads past `n` are guarded.
  const pieces = piecesBuffer;
  const lowers = lowersBuffer;
  const knowns = knownBuffer;
  let used = 0;
  for (const sentence of sentences) {
    let n = 0;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = tokens[t]!;
      if (n + token.text.length > liveness.length) liveness = growBytes(liveness, n + token.text.length); // a token splits into at most one piece per character
      const row = types.rowOf(infos[t]!.id, token.text);
      // Most tokens have no inner hyphen: reuse them as they are.
      if (types.flags[row]! & WHOLE) {
        pieces[n] = token;
        knowns[n] = types.known[row];
        liveness[n] = types.flags[row]! & (LIVE | MULTI);
        lowers[n++] = types.lower[row]!;
        continue;
      }
      let offset = token.start;
      for (const part of splitHyphens(token.text)) {
        const lower = lowerCase(part);
        pieces[n] = { start: offset, end: offset + part.length, text: part };
        knowns[n] = knownWord(lower);
        liveness[n] = UNKNOWN;
        lowers[n++] = lower;
        offset += part.length;
      }
    }
    let live = !skipInert;
    for (let i = 0; i < n && !live; i++) {
      const how = liveness[i]!;
      if (how & LIVE) live = true;
      else if (how === MULTI) live = startsLiveTerm(knowns[i]!.multi!, lowers, i, n);
      else if (how === UNKNOWN) live = mayBeLive(pieces[i]!.text, knowns[i], lowers, i, n);
    }
    for (let i = 0; i < n && live; i++) {
      const known = knowns[i];
      const joined = known?.multi ? matchMultiWord(known.multi, lowers, i, n) : undefined;
      if (joined) {
        const last = pieces[i + joined.length - 1]!;
        out.push(makeToken(pieces[i]!.start, last.end, text.slice(pieces[i]!.start, last.end), lowers.slice(i, i + joined.length).join(' '), joined.entry.class, sentence.index, joined.entry, undefined));
        i += joined.length - 1;
        continue;
      }
      out.push(classifyPiece(pieces, lowers, i, n, sentence.index, out[out.length - 1], known));
    }
    if (n > used) used = n;
    out.push(makeToken(sentence.end, sentence.end, '', '', 'END', sentence.index, undefined, undefined));
  }
  // Let go of the document's tokens and words (the buffers outlive the call): once per document, not
  // per sentence (three fills a sentence cost a tenth of classifying its pieces). Every read of a
  // sentence's entries is below its `n`, all written for that sentence, so stale ones are never read.
  // A loop, not three `fill` calls: on these arrays `fill` is a C++ builtin (.09% of all ticks).
  for (let i = 0; i < used; i++) {
    pieces[i] = NO_PIECE;
    lowers[i] = '';
    knowns[i] = undefined;
  }
  return { tokens: out, classes: classString(out) };
}

const NO_PIECE: Piece = { start: 0, end: 0, text: '' };
const piecesBuffer: Piece[] = [];
const lowersBuffer: string[] = [];
const knownBuffer: Array<KnownWord | undefined> = [];
/** Per piece: LIVE, MULTI, UNKNOWN (a piece of a split token: ask `mayBeLive`) or 0 (inert alone, no term starts with it). */
let liveness = new Uint8Array(256);

function growBytes(old: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(2 * old.length, length));
  grown.set(old);
  return grown;
}

/** The class string, built from character codes in one go rather than by concatenating characters. */
function classString(tokens: readonly TimeToken[]): string {
  const codes = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) codes[i] = CLASS_CODES.get(tokens[i]!.cls)!;
  let classes = '';
  for (let at = 0; at < codes.length; at += 8192) classes += String.fromCharCode(...codes.slice(at, at + 8192));
  return classes;
}

const CLASS_CODES = new Map(Object.entries(CLASS_CHARS).map(([cls, char]) => [cls, char.charCodeAt(0)]));

