/**
 * What the events rules share about one document: lower-cased words, clause-free sentence numbers
 * (cut at terminal marks, so lower-case text works too), POS tags when the pos stage ran, and the
 * optional layers of earlier stages, each looked up by token.
 */
import type { Document } from '../../model/document.js';
import type { Token } from '../../model/layers/structure.js';
import type { Quote } from '../../model/layers/quotes.js';
import { type Span, spanOf } from '../../model/span.js';
import { firstEndingAfter } from '../../model/text-index.js';
import { roleInput } from './roles/role-input.js';
import { describeTermWords } from './match-terms.js';
import { describeRoleDocument, type RoleDocument } from './roles/role-document.js';
import { CASED } from '../pos/describe-words.js';
import { documentCaseMode, documentWordInfos } from '../pos/describe-sentence.js';
import { hasLetterOrDigit } from '../entities/letter-tests.js';

export interface EventScene {
  doc: Document;
  text: string;
  tokens: readonly Token[];
  words: string[];
  sentence: Int32Array;
  /** The words described for the role tagger, with the matches of the event lexicons. */
  roles: RoleDocument;
  /** The text has both capitals and small letters at word starts, so capitals can mark names. */
  mixedCase: boolean;
  /** Every bit of role-lexicon.ts `RoleWord.flags` some word of the text has: a pass that needs a word of a kind can skip an article without one. */
  wordFlags: number;
  /**
   * Worked out once per scene and kept with it (attach-location.ts `placeTokens`, attach-claimants.ts
   * `saidOn`): fields made with the scene, so they go away with it, without a WeakMap (its young
   * entries were promoted by every GC), a property defined later (Object.defineProperty per scene ran
   * in V8's runtime) or a module variable holding the last document until the stage lets it go.
   */
  placeFacts: { first: Int32Array; candidate: Uint8Array } | undefined;
  saidOn: Map<string, string | undefined> | undefined;
  /** The span of tokens `[from, to)`. */
  span(from: number, to: number): Span;
  /** Token index of the first token ending after a character offset. */
  tokenOf(offset: number): number;
  /** The innermost quote whose content holds the character range, if any. */
  quoteAround(start: number, end: number): Quote | undefined;
}

type Spanned = { start: number; end: number };

/** Whether an item of a sorted, non-overlapping layer overlaps `[start, end)`. */
export function overlapsAny(items: readonly Spanned[] | undefined, start: number, end: number): boolean {
  if (!items) return false;
  const item = items[firstEndingAfter(items, start)];
  return item !== undefined && item.start < end;
}

/** The first item of a sorted, non-overlapping layer lying inside `[start, end)`. */
export function firstInside<T extends Spanned>(items: readonly T[] | undefined, start: number, end: number): T | undefined {
  if (!items) return undefined;
  for (let i = firstEndingAfter(items, start); i < items.length && items[i]!.start < end; i++) {
    if (items[i]!.start >= start && items[i]!.end <= end) return items[i];
  }
  return undefined;
}

/** The item of a sorted, non-overlapping layer that covers `[start, end)`. */
export function covering<T extends Spanned>(items: readonly T[] | undefined, start: number, end: number): T | undefined {
  const item = items?.[firstEndingAfter(items, start)];
  return item !== undefined && item.start <= start && end <= item.end ? item : undefined;
}

/** `firstEndingAfter` over the first `n` tokens' ends: the index of the first end greater than `offset`. */
function firstEndAfter(ends: Int32Array, n: number, offset: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token ends of the scene being built (grown as needed). */
let sharedEnds = new Int32Array(512);
/**
 * The quotes' content spans of the scene being built, in quote order then span order: start, end and
 * the quote's index. `quoteAround` is asked for every mention, figure and cue; reading the quote objects
 * there (6 hidden classes on the examples) deoptimised it ("wrong map") again and again after warm-up.
 */
let contentStarts = new Int32Array(64);
let contentEnds = new Int32Array(64);
let contentQuotes = new Int32Array(64);

/**
 * Builds the scene for a document whose structure layers are present. Its role description, sentence
 * numbers and token ends are scratch shared with the next scene built: use one scene at a time.
 */
export function buildScene(doc: Document): EventScene {
  const tokens = doc.layers.tokens ?? [];
  const { words, sentence, seenFlags } = roleInput(tokens, doc.text, documentWordInfos(tokens), true);
  const quotes = doc.layers.quotes ?? [];
  // Token ends in one typed array: the rules look up a token by offset hundreds of times per
  // document, and a binary search over the token objects reads a scattered object per step. The
  // array is scratch, as the role description is: the stage builds one scene at a time.
  const n = tokens.length;
  if (sharedEnds.length < n) sharedEnds = new Int32Array(2 * n);
  const ends = sharedEnds;
  for (let i = 0; i < n; i++) ends[i] = tokens[i]!.end;
  let spans = 0;
  for (const q of quotes) spans += q.content.length;
  if (contentStarts.length < spans) {
    contentStarts = new Int32Array(2 * spans);
    contentEnds = new Int32Array(2 * spans);
    contentQuotes = new Int32Array(2 * spans);
  }
  const starts = contentStarts, contentEnd = contentEnds, owner = contentQuotes;
  spans = 0;
  for (let k = 0; k < quotes.length; k++) {
    for (const c of quotes[k]!.content) {
      starts[spans] = c.start;
      contentEnd[spans] = c.end;
      owner[spans++] = k;
    }
  }
  const roles = describeRoleDocument({ words, sentence }, true);
  describeTermWords(words, roles.info);
  return {
    doc,
    text: doc.text,
    tokens,
    words,
    sentence,
    roles,
    mixedCase: documentCaseMode(tokens) === CASED,
    wordFlags: seenFlags ?? 0,
    placeFacts: undefined,
    saidOn: undefined,
    span: (from, to) => spanOf(doc.text, tokens[from]!.start, tokens[to - 1]!.end),
    tokenOf: (offset) => firstEndAfter(ends, n, offset),
    quoteAround(start, end) {
      let best = -1;
      let bestLength = Infinity;
      for (let k = 0; k < spans; k++) {
        const from = starts[k]!, to = contentEnd[k]!;
        if (from <= start && end <= to && to - from < bestLength) {
          best = owner[k]!;
          bestLength = to - from;
        }
      }
      return best < 0 ? undefined : quotes[best];
    },
  };
}

const NOMINAL_TAG = /^(?:NN|JJ|CD|DT|PRP\$|VBN|VBG|NNP|POS|HYPH)/;
/** Per POS tag, whether it is nominal (NOMINAL_TAG): tags are few, so each is tested once. */
const nominalTags = new Map<string, boolean>();

/** Whether a token looks like part of a noun phrase: by its POS tag, or by its shape when untagged. */
export function isNominal(scene: EventScene, i: number): boolean {
  const token = scene.tokens[i];
  if (!token) return false;
  const w = scene.words[i]!;
  if (STOP.has(w) || !hasLetterOrDigit(w)) return false; // not /[\p{L}\p{N}]/u: a \p{} class on a two-byte word calls into C++
  const pos = token.pos;
  if (pos) {
    let nominal = nominalTags.get(pos);
    if (nominal === undefined) nominalTags.set(pos, (nominal = NOMINAL_TAG.test(pos)));
    return nominal && !(pos === 'VBG' && i > 0 && !isNominal(scene, i - 1));
  }
  return true;
}

/** Words that end a noun phrase when tags are missing (and some that tags get wrong). */
const STOP = new Set('and or but that which who whom whose when where while after before since as than then was were is are be been being has have had will would could should may might can did do does not no to in on at by for from with into onto over under about against during of said says say told reported according also just only even still later earlier today yesterday'.split(' '));

/** Words a noun phrase does not end with: determiners and the possessive marker. */
const PHRASE_TAIL = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s", '’s']);

/** The noun phrase starting at token `i`: determiners, adjectives and nouns, at most `max` tokens. */
export function phraseFrom(scene: EventScene, i: number, max = 6): [number, number] | undefined {
  let j = i;
  while (j < scene.tokens.length && j - i < max && scene.sentence[j] === scene.sentence[i] && isNominal(scene, j)) j++;
  // Drop a trailing determiner or possessive marker.
  while (j > i && PHRASE_TAIL.has(scene.words[j - 1]!)) j--;
  return j > i ? [i, j] : undefined;
}

/** The noun phrase ending at token `end` (exclusive), read leftwards; a plural possessive ("the rescuers' service") inside it. */
export function phraseBefore(scene: EventScene, end: number, max = 5): [number, number] | undefined {
  let i = end;
  while (i > 0 && end - i < max && scene.sentence[i - 1] === scene.sentence[end - 1] && (isNominal(scene, i - 1) || (i < end && isPluralPossessive(scene, i - 1)))) i--;
  return i < end ? [i, end] : undefined;
}

/** An apostrophe written onto a word ending in "s", with a space after it: "the rescuers' service", not a closing quotation mark before the phrase. */
function isPluralPossessive(scene: EventScene, i: number): boolean {
  const w = scene.words[i]!;
  if ((w !== "'" && w !== '’') || i === 0) return false;
  const mark = scene.tokens[i]!, before = scene.tokens[i - 1]!;
  return before.end === mark.start && /s$/i.test(before.text) && scene.tokens[i + 1]!.start > mark.end;
}
