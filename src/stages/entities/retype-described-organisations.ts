/**
 * "Carmaker Volvo cut jobs", "energy company Naftogaz said", "aid agency Oxfam warned": news puts a
 * common noun saying what kind of organisation a name is right before it (`organisation-nouns`), and
 * the tagger, which has not seen the name, often takes it for a person's, or runs a noun that opens
 * the sentence into the name ("Broadcaster NRK", "Newspaper Aftenposten"). In text with ordinary
 * capitals:
 *  - a name opening a sentence or a quotation whose first word is such a noun (one that opens no
 *    organisation's own name: not "Bank Leumi"), followed by capitalised words, loses that word;
 *  - a name right after such a noun written in lower case is an organisation's, unless the text gives
 *    it something of a person: a role, a gender, a given name first, or its words in a person's name
 *    of two words or more ("the company Elon Musk founded" beside "Elon Musk").
 * Every other mention with the same words then is that organisation too ("Volvo said").
 * A lexicon name keeps its type.
 */
import { inTitleCaseLine, normText, type Draft, type EntityContext } from './context.js';
import { entityLexicons } from './lexicons.js';
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { opensSentenceOrQuoteAt } from './opens-sentence.js';
import { isTitleCaseWord } from '../structure/case-of.js';
import { startsUpperCase } from './letter-tests.js';

interface NounEntry extends LexiconEntry { opensNames?: boolean }

let nouns: Map<string, boolean> | undefined; // noun -> it also opens names of its own

function organisationNouns(): Map<string, boolean> {
  if (nouns) return nouns;
  nouns = new Map();
  for (const e of loadLexicon<NounEntry>('organisation-nouns').entries) for (const t of e.terms) nouns.set(t, e.opensNames === true);
  return nouns;
}

/** Types `organisation` the names a kind-of-organisation noun describes, cutting such a noun off a name opening a sentence (in place). */
export function retypeDescribedOrganisations(ctx: EntityContext, drafts: readonly Draft[]): void {
  if (!ctx.cased) return;
  const kinds = organisationNouns();
  let retyped: Set<string> | undefined;
  let personWords: Set<string> | undefined;
  for (const d of drafts) {
    if (d.kind !== 'name' || d.alias !== undefined || d.metonymy || d.role || d.gender) continue;
    const first = ctx.tokens[d.start]!.text;
    if (d.end - d.start >= 2 && kinds.get(ctx.norm[d.start]!) === false && isTitleCaseWord(first) && opensSentenceOrQuoteAt(ctx, d.start) && !inTitleCaseLine(ctx, ctx.sentenceOf[d.start]!) && capitalised(ctx, d.start + 1, d.end)) {
      d.start++;
      d.type = 'organisation';
      d.rule = `${d.rule}+kind-cut`;
      (retyped ??= new Set()).add(normText(ctx, d.start, d.end));
      continue;
    }
    if (d.type === 'organisation' || d.start === 0) continue;
    const before = ctx.tokens[d.start - 1]!.text;
    if (!kinds.has(ctx.norm[d.start - 1]!) || before !== ctx.norm[d.start - 1] || entityLexicons().givenNames.has(first)) continue;
    personWords ??= wordsOfFullPersonNames(ctx, drafts);
    let person = false;
    for (let k = d.start; k < d.end; k++) if (personWords.has(ctx.norm[k]!)) person = true;
    if (person) continue;
    d.type = 'organisation';
    d.rule = `${d.rule}+described`;
    (retyped ??= new Set()).add(normText(ctx, d.start, d.end));
  }
  if (!retyped) return;
  for (const d of drafts) {
    if (d.kind === 'name' && d.type !== 'organisation' && d.alias === undefined && !d.metonymy && !d.role && !d.gender && retyped.has(normText(ctx, d.start, d.end))) d.type = 'organisation';
  }
}

/** Tokens `[start, end)` all start with a capital. */
function capitalised(ctx: EntityContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!startsUpperCase(ctx.tokens[k]!.text)) return false;
  return true;
}

/** The normalised words of the person names of two words or more. */
function wordsOfFullPersonNames(ctx: EntityContext, drafts: readonly Draft[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) if (d.kind === 'name' && d.type === 'person' && d.end - d.start > 1) for (let k = d.start; k < d.end; k++) out.add(ctx.norm[k]!);
  return out;
}
