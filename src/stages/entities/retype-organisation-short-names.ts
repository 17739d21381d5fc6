/**
 * "Patriot Coal was seeking to get rid of ... In short, Patriot took over": news shortens a company's
 * or an institution's name to its first word, and the tagger, which has never seen the word, reads it
 * alone as a person's name (18 times in one article). A one-word person name that is the first word
 * of an organisation's name of two or three capitalised words in the same document is that
 * organisation: it takes its type and, after it, joins its entity. Not a word that also stands in a
 * person's name of two words or more there ("Trump" beside "Donald Trump" and "Trump Foundation"), a
 * given name ("Walter" of Walter Energy), nor a word the document writes in lower case.
 */
import type { Draft, EntityContext } from './context.js';
import { entityLexicons } from './lexicons.js';
import { lowerCaseWords } from './add-missed-surnames.js';
import { startsUpperThenLower } from './letter-tests.js';

const PROPER = /^NNPS?$/;

/** Sets type `organisation` on one-word person names that open an organisation's name of the document. */
export function retypeOrganisationShortNames(ctx: EntityContext, drafts: readonly Draft[]): void {
  if (!ctx.cased) return;
  // First words of the organisations' names, each with the first name it opens.
  const openers = new Map<string, Draft>();
  const personWords = new Set<string>();
  let bare = 0;
  for (const d of drafts) {
    if (d.kind !== 'name' || d.metonymy) continue;
    const n = d.end - d.start;
    if (d.type === 'person' && n === 1) bare++;
    if (d.type === 'person' && n > 1) for (let k = d.start; k < d.end; k++) personWords.add(ctx.norm[k]!);
    if (d.type !== 'organisation' || n < 2 || n > 3) continue;
    let named = true;
    for (let k = d.start; k < d.end; k++) if (!startsUpperThenLower(ctx.tokens[k]!.text) || !PROPER.test(ctx.tokens[k]!.pos ?? '')) named = false;
    if (named && !openers.has(ctx.norm[d.start]!)) openers.set(ctx.norm[d.start]!, d);
  }
  if (openers.size === 0 || bare === 0) return;
  const { givenNames } = entityLexicons();
  let lowerCase: Set<string> | undefined;
  for (const d of drafts) {
    if (d.type !== 'person' || d.kind !== 'name' || d.end - d.start !== 1 || d.alias !== undefined || d.metonymy || d.role || d.gender) continue;
    const word = ctx.norm[d.start]!;
    const full = openers.get(word);
    if (!full || personWords.has(word) || givenNames.has(ctx.tokens[d.start]!.text)) continue;
    lowerCase ??= lowerCaseWords(ctx);
    if (lowerCase.has(word)) continue;
    d.type = 'organisation';
    d.rule = `${d.rule}+short-for-organisation`;
    if (full.start < d.start) d.shortFor = full;
  }
}
