/**
 * "blamed the Rapid Support Forces", "the German-brokered Minsk Protocol": a name whose last word is a
 * common noun everywhere else (forces, protocol, ministry, council) is often missed by the tagger,
 * which reads "Rapid/JJ Support/NN Forces/NNS" as ordinary words, or cut short ("Minsk" of "Minsk
 * Protocol"). Inside a sentence written in ordinary case, that noun's capital marks a name: a run of
 * two or more capitalised words ending in a head word of the `name-heads` lexicon is one name, of the
 * head's type, replacing the one tagger name inside it, if any. Not in title-case lines (every word
 * has a capital there; the structure stage marks them), not from "The" or a sentence's capitalised first word ("Later"), and not
 * through a hyphenated adjective ("French-brokered") or a party label ("D-Newport"); a tagger name
 * sticking out of the run is left alone.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import type { Draft, EntityContext } from './context.js';
import { inTitleCaseLine, newDraft } from './context.js';
import { nameHeads } from './retype-name-heads.js';
import { hashString } from '../pos/hash.js';
import { U32Map } from '../pos/u32-map.js';
import { isTitleCaseWord } from '../structure/case-of.js';
import { hasLetterOrDigit, isAscii } from './letter-tests.js';

/** A capitalised word ("Support", "U.S."), not a hyphenated adjective ("French-brokered", "US-led"). */
const NAME_WORD = /^\p{Lu}[\p{L}.'’&-]*$/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
/** Tags of a sentence's first word that is capitalised only for its place ("The", "In", "Later"). */
const NOT_A_NAME_TAG = /^(?:DT|PDT|IN|CC|RB|RBR|RBS|UH|PRP|PRP\$|WP|WP\$|WRB|WDT|EX|TO|MD)$/;
const MAX_WORDS = 6;
const DETERMINER = /^(?:The|A|An)$/;
/** "(D-Newport News)": a lawmaker's party and state, not a name. */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/** The same three patterns for ASCII text (see `isAscii`). */
const NAME_WORD_ASCII = /^[A-Z][A-Za-z.'&-]*$/;
const HYPHEN_LOWER_ASCII = /-[a-z]/;
const PARTY_STATE_ASCII = /^[RDI]-[A-Z]/;

function isNameWord(text: string): boolean {
  if (isAscii(text)) return NAME_WORD_ASCII.test(text) && !HYPHEN_LOWER_ASCII.test(text) && !PARTY_STATE_ASCII.test(text);
  return NAME_WORD.test(text) && !HYPHEN_LOWER.test(text) && !PARTY_STATE.test(text);
}

let headHashes: U32Map | undefined;

function heads(): U32Map {
  if (headHashes) return headHashes;
  headHashes = new U32Map(256);
  for (const head of nameHeads().keys()) headHashes.set(hashString(head), 1);
  return headHashes;
}

/** Adds (in place, unsorted) the headed names the tagger missed or cut, in text with ordinary capitals. */
export function addHeadedNames(ctx: EntityContext, drafts: Draft[]): void {
  if (!ctx.cased) return;
  const hashes = heads();
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if (c >= 97 && c <= 122) continue; // ASCII lower case: most words
    // The head itself in title case: "Forces", not "FORCES" in a shouted line.
    if (hashes.get(ctx.hash[i]!) < 0 || !isTitleCaseWord(tokens[i]!.text)) continue;
    const si = ctx.sentenceOf[i]!;
    const sentence = ctx.sentences[si]!;
    let start = i;
    while (start > sentence.tokenStart && i - start + 1 < MAX_WORDS && isNameWord(tokens[start - 1]!.text) && tokens[start]!.spaceBefore) start--;
    // "The" opens no name here (the tagger's "The New York Times" keeps its own); nor does the
    // sentence's first word when it is a function word capitalised for its place ("In", "Later").
    const first = firstWord(tokens, sentence);
    while (start < i && (DETERMINER.test(tokens[start]!.text) || (start === first && NOT_A_NAME_TAG.test(tokens[start]!.pos ?? '')))) start++;
    if (i + 1 - start < 2) continue;
    if (inTitleCaseLine(ctx, si)) continue;
    addName(ctx, drafts, start, i + 1);
  }
}

function firstWord(tokens: readonly Token[], sentence: Sentence): number {
  let k = sentence.tokenStart;
  while (k < sentence.tokenEnd && !hasLetterOrDigit(tokens[k]!.text)) k++;
  return k;
}

/** Adds the run `[start, end)` as a name unless the drafts already have it, or one sticks out of it. */
function addName(ctx: EntityContext, drafts: Draft[], start: number, end: number): void {
  let inside = -1;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.end <= start || d.start >= end) continue;
    if (d.start < start || d.end > end || (d.start === start && d.end === end) || inside >= 0) return;
    inside = k;
  }
  const type = nameHeads().get(ctx.norm[end - 1]!)!;
  if (inside >= 0) {
    // "Minsk" of "Minsk Protocol": the tagger's name grows to the whole run.
    const d = drafts[inside]!;
    d.start = start;
    d.end = end;
    d.type = type;
    d.alias = undefined;
    d.rule = `${d.rule}+head`;
    return;
  }
  drafts.push(newDraft(start, end, type, 'name', 'name-head'));
}
