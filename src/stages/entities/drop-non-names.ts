/**
 * Capitalised words that are no person's or organisation's name, whatever the tagger says:
 *  - an interjection or linking adverb opening a sentence or a quotation before a comma ("Ah, friends
 *    once more: Ted Cruz endorses Trump", "say to them: 'Look, we don't expect ...'", "Furthermore,
 *    his views ..."), of the `sentence-openers` lexicon: no other name (MISC) either ("Look, it's a
 *    rigged game,"); a place is left to the places layer;
 *  - a holiday ("Christmas trees from Oregon"), of the time lexicon's holidays: a date, which the dates
 *    layer carries, not a person;
 *  - an indefinite pronoun, of any type, wherever it stands ("Everybody knew what to expect", "Nobody
 *    was hurt", `indefinite-pronouns`): it names no one; unless it fills a quotation (a work's title);
 *  - a word opening a sentence that the text has nowhere else and the pos tagger, in lower case, reads
 *    as a verb, adjective or adverb ("Check out the trailer", "Likely, my siblings ...");
 *  - the common noun of a body (`role-bodies`) alone, opening a sentence or a quotation ("Board
 *    chairman Peter Olsen said", "Union secretary Per Aas", "Police said"): the capital is the
 *    sentence's; the word names no one, and before a title it is part of the role (attach-roles reads
 *    it back). Unless it is a lexicon name or the text capitalises it where no sentence opens ("the
 *    Army said": a proper name there). "Gazprom chairman Alexei Miller" keeps its Gazprom.
 * And a word of stance towards a name ("Pro-Kremlin", "anti-Western") is an adjective: another name
 * (MISC), never a place or a person.
 * Only one-word names and whole names are read: "Hope Hicks" and "Will Smith" stay. And a name that
 * fills a quotation ("On Sunday's edition of \"Capitol Weekly,\" Sen. Okafor said") is the title of a
 * work, a programme or a publication: newswriting puts such titles in quotation marks (AP Stylebook,
 * "composition titles"), never a person's full name: a name of two words or more the tagger called a
 * person's, not opening with a given name, is kept as another name. (A quoted single word is often a
 * nickname, Rep. Robert C. "Bobby" Scott, and newspapers' names are quoted too: left as they are.)
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { EntityContext } from './context.js';
import type { NameCandidate } from './find-name-mentions.js';
import { entityLexicons } from './lexicons.js';
import { opensSentenceOrQuoteAt } from './opens-sentence.js';
import { CASED, describeWords } from '../pos/describe-words.js';
import { posModel, tagIds } from '../pos/tag-pos.js';
import { isTitleCaseWord } from '../structure/case-of.js';

let openers: Set<string> | undefined;
let holidays: Set<string> | undefined;
let indefinites: Set<string> | undefined;
let indefiniteFirsts: Set<string> | undefined; // first words of the indefinites of two words ("no" of "no one")

const OPENING = new Set(['"', '“', '‘']);
const STANCE_PREFIX = /^(?:[Pp]ro|[Aa]nti)-\p{Lu}/u;
const CLOSING = new Set(['"', '”', '’']);

/** The names without sentence-opening interjections, holidays and indefinite pronouns. */
export function dropNonNames(ctx: EntityContext, names: NameCandidate[]): NameCandidate[] {
  openers ??= new Set(loadLexicon('sentence-openers').entries.flatMap((e) => e.terms));
  holidays ??= new Set(loadLexicon('time-words').entries.filter((e) => e.class === 'HOLIDAY').flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  if (indefinites === undefined || indefiniteFirsts === undefined) {
    indefinites = new Set(loadLexicon('indefinite-pronouns').entries.flatMap((e) => e.terms));
    indefiniteFirsts = new Set([...indefinites].filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]!));
  }
  const { tokens, norm } = ctx;
  const { givenNames } = entityLexicons();
  let out: NameCandidate[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    let drop = false;
    const words = n.end - n.start;
    if ((words === 1 ? indefinites.has(norm[n.start]!) : words === 2 && indefiniteFirsts.has(norm[n.start]!) && indefinites.has(text(ctx, n))) && !fillsQuotation(ctx, n)) drop = true;
    else if (n.type !== 'LOC' && words === 1 && openers.has(norm[n.start]!) && tokens[n.end]?.text === ',' && opensSentenceOrQuoteAt(ctx, n.start)) drop = true;
    else if (n.type !== 'LOC' && words === 1 && ctx.cased && isBodyNounOpener(ctx, n.start)) drop = true;
    else if (n.type === 'PER' || n.type === 'ORG') {
      if (holidays.has(text(ctx, n))) drop = true;
      else if (n.end - n.start === 1 && ctx.cased && isLoneOrdinaryWord(ctx, n.start)) drop = true;
    }
    if (drop) out ??= names.slice(0, i);
    else {
      if (n.type === 'PER' && n.end - n.start > 1 && !givenNames.has(ctx.tokens[n.start]!.text) && fillsQuotation(ctx, n)) n.type = 'MISC';
      // "Pro-Kremlin blogger", "Anti-Western rhetoric": a stance towards a name is an adjective, no place or person.
      else if (words === 1 && STANCE_PREFIX.test(tokens[n.start]!.text)) n.type = 'MISC';
      out?.push(n);
    }
  }
  return out ?? names;
}

/**
 * Token `k` is the common noun of a body (`role-bodies`: "Board", "Police", "Union") opening a sentence
 * or a quotation, no lexicon name, and the text writes it with a capital nowhere a sentence or a
 * quotation does not open.
 */
function isBodyNounOpener(ctx: EntityContext, k: number): boolean {
  const { roleBodies, aliases } = entityLexicons();
  if (!roleBodies.has(ctx.norm[k]!) || !isTitleCaseWord(ctx.tokens[k]!.text) || !opensSentenceOrQuoteAt(ctx, k)) return false;
  if (aliases.matchExactly(ctx.norm, k, k + 1, ctx.tokens, ctx.cased)) return false;
  for (let j = 0; j < ctx.tokens.length; j++) {
    if (j !== k && ctx.norm[j] === ctx.norm[k] && ctx.tokens[j]!.text !== ctx.norm[j] && !opensSentenceOrQuoteAt(ctx, j)) return false;
  }
  return true;
}

/** Tags of a word that is no name: verbs, adjectives, adverbs, function words. */
const ORDINARY_TAG = /^(?:VB[DGNPZ]?|JJ[RS]?|RB[RS]?|IN|DT|MD|PRP\$?|WDT|WP|WRB|CC|UH|TO)$/;

/**
 * "Check out the full trailer", "Ran a fraudulent college business.", "Likely, my siblings and I
 * understood": a capitalised word opening a sentence or a quotation, which the text writes nowhere
 * else and which is no given name, that the pos tagger reads as a verb, an adjective or an adverb once
 * written in lower case in its sentence. (A name stays a noun: "putin said", "scheiderman, a Democrat".)
 */
function isLoneOrdinaryWord(ctx: EntityContext, k: number): boolean {
  const word = ctx.tokens[k]!.text;
  if (!isTitleCaseWord(word) || entityLexicons().givenNames.has(word) || !opensSentenceOrQuoteAt(ctx, k)) return false;
  for (let j = 0; j < ctx.tokens.length; j++) if (j !== k && ctx.norm[j] === ctx.norm[k]) return false;
  return ORDINARY_TAG.test(tagInLowerCase(ctx, k));
}

/**
 * The pos tag of token `k` written in lower case in its sentence ("check" VB, "likely" RB, "beyond"
 * IN; a name stays a noun: "putin said"). Costs a tagging of the sentence: for rare candidates only.
 * The sentence is read as cased text, as it is written (its word `k` has a capital): lower-casing that
 * word must not turn a sentence of one word ("Harsh?") into one with no capitals, which the tagger
 * reads as lower-cased text and where it takes "harsh" for a proper noun.
 */
export function tagInLowerCase(ctx: EntityContext, k: number): string {
  const sentence = ctx.sentences[ctx.sentenceOf[k]!]!;
  const words: string[] = [];
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) words.push(j === k ? ctx.tokens[k]!.text.toLowerCase() : ctx.tokens[j]!.text);
  const m = posModel();
  return m.header.classes[tagIds(describeWords(words, CASED), m)[k - sentence.tokenStart]!]!;
}

/** The name is all a quotation holds: a quotation mark before it, one after it (after a comma or a period, if any). */
function fillsQuotation(ctx: EntityContext, n: NameCandidate): boolean {
  const { tokens } = ctx;
  if (n.start === 0 || !OPENING.has(tokens[n.start - 1]!.text)) return false;
  let k = n.end;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '.') k++;
  return k < tokens.length && CLOSING.has(tokens[k]!.text);
}

/** The name's words in lower case, joined by single spaces. */
function text(ctx: EntityContext, n: NameCandidate): string {
  let s = ctx.norm[n.start]!;
  for (let k = n.start + 1; k < n.end; k++) s += ctx.tokens[k]!.spaceBefore ? ` ${ctx.norm[k]}` : ctx.norm[k];
  return s;
}
