/**
 * Finds names with the NER tagger, sentence by sentence, as token ranges with a type. The tagger
 * reads the words and the POS tags the pos stage left on the tokens.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import { describeSentence, documentWordInfos, rememberedPosTags } from '../pos/describe-sentence.js';
import { CASED } from '../pos/describe-words.js';
import { loadLexicon } from '../../data/lexicon.js';
import { posModel } from '../pos/tag-pos.js';
import { labelsToSpans, type NerType } from './ner/labels.js';
import { opensSentenceOrQuote } from './opens-sentence.js';
import { posHashes, posHashesOfIds, tagEntitiesHashed } from './ner/tag-ner.js';
import { nerModel } from './ner/ner-model.js';
import { isNameParticle } from './name-particles.js';
import { isTitleCaseWord } from '../structure/case-of.js';
import { hasLetterOrDigit, hasLowerCase, hasUpperCase, startsUpperCase } from './letter-tests.js';

const PARTY_STATE = /^[RDI]-\p{Lu}/u;
const LINK = /^(https?:\/\/|www\.)|@/i;

/** A candidate name: tokens `[start, end)` of the document's tokens layer. */
export interface NameCandidate {
  start: number;
  end: number;
  type: NerType;
  rule: string;
}

// Per-sentence scratch, reused from document to document (nothing read from them escapes a sentence).
let hashes = new Uint32Array(256);
let labelBuffer = new Int32Array(256);

/** Names in every sentence, in text order. */
export function findNameMentions(tokens: Token[], sentences: readonly Sentence[]): NameCandidate[] {
  const model = nerModel();
  const classes = posModel().header.classes;
  const out: NameCandidate[] = [];
  const tags: Array<string | undefined> = [];
  const ids = rememberedPosTags(tokens);
  const initial: number[] = []; // indices in `out` of lone title-case words opening their sentence
  for (const sentence of sentences) {
    const s = describeSentence(tokens, sentence);
    if (hashes.length < s.length) {
      hashes = new Uint32Array(s.length * 2);
      labelBuffer = new Int32Array(s.length * 2);
    }
    // The pos stage's class ids, when they are still the tags on the tokens; else the tags as written.
    if (ids !== undefined && sameTags(tokens, sentence.tokenStart, sentence.tokenEnd, ids, classes)) posHashesOfIds(ids, sentence.tokenStart, s.length, classes, hashes);
    else {
      tags.length = s.length;
      for (let i = 0; i < s.length; i++) tags[i] = tokens[sentence.tokenStart + i]!.pos;
      posHashes(tags, hashes);
    }
    const labels = tagEntitiesHashed(s, hashes, model, labelBuffer);
    for (const span of labelsToSpans(labels, s.length)) {
      // A name starts and ends with a word: punctuation at its edges (or alone) is a tagging slip.
      let start = sentence.tokenStart + span.start;
      let end = sentence.tokenStart + span.end;
      while (start < end && !hasLetterOrDigit(tokens[start]!.text)) start++;
      while (end > start && !hasLetterOrDigit(tokens[end - 1]!.text)) end--;
      if (s.mode === CASED && (span.type !== 'ORG' || hasCapital(tokens, start, end))) start = trimNonNameStart(tokens, sentence.tokenStart, start, end);
      // "(R-Ky.)", ", D-Calif.,": a lawmaker's party and state, not a name.
      if (start < end && PARTY_STATE.test(tokens[start]!.text) && (tokens[start - 1]?.text === '(' || tokens[start - 1]?.text === ',')) continue;
      // URLs, e-mail addresses and handles are not names, whatever the tagger says.
      let link = false;
      for (let t = start; t < end; t++) if (isLink(tokens[t]!.text)) link = true;
      if (start < end && !link) {
        // Not before another capitalised word or a title: "City Attorney Brad Holm" keeps its city,
        // "Army spokesman Nabil Abdallah" its army.
        if (s.mode === CASED && end - start === 1 && isTitleCaseWord(tokens[start]!.text) && opensSentenceOrQuote(tokens, sentence.tokenStart, start) && !beforeTitle(tokens[end]?.text)) initial.push(out.length);
        out.push({ start, end, type: span.type, rule: 'ner' });
      }
    }
  }
  return initial.length > 0 ? dropCommonWords(tokens, sentences, out, initial) : out;
}

let titleWords: Set<string> | undefined;

/**
 * A capitalised word, or the first word of a title in the `titles` lexicon ("spokesman", "deputy").
 * Not the pronoun "I", capitalised wherever it stands ("Do I think ...", "Should I ...").
 */
function beforeTitle(next: string | undefined): boolean {
  if (next === undefined || next === 'I') return false;
  if (startsUpperCase(next.charAt(0))) return true;
  titleWords ??= new Set(loadLexicon('titles').entries.flatMap((e) => e.terms.map((t) => t.split(' ')[0]!.toLowerCase())));
  return titleWords.has(next.toLowerCase());
}

/**
 * "Well, ...", "Let me say", "Do you ...": a lone word that opens a sentence or a quotation, that the
 * document writes in lower case elsewhere and never capitalised where no sentence or quotation opens, is an ordinary word the tagger took
 * for a name because of its capital ("Bush" or "Trump" opening a sentence stay: they are capitalised
 * inside sentences too).
 */
function dropCommonWords(tokens: readonly Token[], sentences: readonly Sentence[], names: NameCandidate[], initial: readonly number[]): NameCandidate[] {
  // Per candidate word (lower case): 1 seen in lower case, 2 seen capitalised inside a sentence.
  // Words are compared in the taggers' normalised form, looked up once per document: a candidate is
  // letters only (isTitleCaseWord), so a word has its lower case if and only if it has its normalised form
  // (which differs from the lower case by digits and typographic quotes and dashes only).
  const norms = documentWordInfos(tokens);
  const seen = new Map<string, number>();
  // One bit per candidate of the hash of its normalised form: a word whose bit is clear is none of
  // them, and is passed over without a lookup by string (most words of the document).
  let bits = 0;
  for (const i of initial) {
    const info = norms[names[i]!.start]!;
    seen.set(info.norm, 0);
    bits |= 1 << (info.word & 31);
  }
  for (const sentence of sentences) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (((bits >>> (norms[k]!.word & 31)) & 1) === 0) continue;
      const text = tokens[k]!.text;
      const lower = norms[k]!.norm;
      const flags = seen.get(lower);
      if (flags !== undefined) {
        if (text === lower) seen.set(lower, flags | 1);
        else if (!opensSentenceOrQuote(tokens, sentence.tokenStart, k)) seen.set(lower, flags | 2);
      }
    }
  }
  const drop = new Set(initial.filter((i) => seen.get(norms[names[i]!.start]!.norm) === 1));
  return drop.size === 0 ? names : names.filter((_, i) => !drop.has(i));
}

/**
 * Tags of words that are never a name's first word: "Later Syniehubov wrote", "Well, ...". Not MD:
 * the tagger reads "Will Smith" and "May said" as modals.
 */
const NOT_A_NAME_TAG = /^(?:RB|RBR|RBS|IN|CC|UH|PRP|PRP\$|WP|WP\$|WRB|WDT|EX)$/;

/**
 * In a sentence with ordinary capitals, a name has a capital letter in its first word, or a particle
 * there ("de Blasio"): the tagger's span drops lower-case words before the name ("rampant xenophobe",
 * "the outlet", "nee Ginsberg") and the adverb or conjunction the sentence starts with, capitalised
 * only for that ("Later Syniehubov wrote", "Meanwhile Beridze"; "Near East" inside a sentence stays);
 * a span left with no word goes ("Well, ...").
 * (An organisation all in lower case, "the interior ministry", is the caller's to keep.)
 */
function trimNonNameStart(tokens: readonly Token[], sentenceStart: number, start: number, end: number): number {
  while (start < end) {
    const t = tokens[start]!;
    if (hasLowerCase(t.text) && !hasUpperCase(t.text)) {
      if (isNameParticle(t.text) && start + 1 < end) break;
      // Title case: "Later", not "HEMPSTEAD" (a dateline the tagger may call an adverb) nor "N.Y.".
    } else if (!isTitleCaseWord(t.text) || !NOT_A_NAME_TAG.test(t.pos ?? '') || !opensSentenceOrQuote(tokens, sentenceStart, start)) break;
    start++;
  }
  return start;
}

function hasCapital(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (hasUpperCase(tokens[k]!.text)) return true;
  return false;
}

/**
 * `LINK.test(text)`, without the pattern for the words that neither start with h or w nor hold an '@'
 * (nearly all; a loop, not `indexOf`, which searches a two-byte string in C++).
 */
function isLink(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  if (c === 104 || c === 119) return LINK.test(text);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 64) return LINK.test(text);
  return false;
}

function sameTags(tokens: readonly Token[], from: number, to: number, ids: Int32Array, classes: readonly string[]): boolean {
  if (ids.length !== tokens.length) return false;
  for (let t = from; t < to; t++) if (tokens[t]!.pos !== classes[ids[t]!]) return false;
  return true;
}
