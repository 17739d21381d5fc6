/**
 * "Opposition leader Giorgi Beridze ... Beridze's party": the tagger often reads a surname it has
 * never seen (a transliterated Georgian or Ukrainian one above all) as a place or an organisation
 * when it stands alone, above all before "'s" or after a preposition. Where the same words end a
 * person's full name in the document, they are that person's surname: the name becomes a person's,
 * so that it is grouped with the full name whichever comes first. Lexicon names (Kiev, Georgia) and
 * capitals keep their type: "Washington" stays a place beside "George Washington". So does a title
 * before such a name ("Mr. Trump" tagged as an organisation). The other way round (retypeFullNames, run
 * first), a full name typed otherwise whose surname the text repeats as a person's ("Lorna Hedges" ...
 * "Hedges said") is a person's.
 */
import type { Draft, EntityContext } from './context.js';
import { normText, tokenText } from './context.js';
import { entityLexicons } from './lexicons.js';
import { nameHeads } from './retype-name-heads.js';
import { lowerCaseWords } from './add-missed-surnames.js';
import { knownPlace } from './retype-towns.js';
import { opensSentenceOrQuoteAt } from './opens-sentence.js';
import { isCapitalisedWord, startsUpperCase } from './letter-tests.js';


/** Sets type `person` on non-person names that are the last words of a person's longer name. */
export function retypeSurnames(ctx: EntityContext, drafts: readonly Draft[]): void {
  // The surnames (last one and last two words) of person names of two words or more.
  const surnames = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'person' || d.kind !== 'name' || d.metonymy) continue;
    const words = personWords(ctx, d);
    if (words.length < 2) continue;
    surnames.add(words[words.length - 1]!);
    if (words.length > 2) surnames.add(`${words[words.length - 2]} ${words[words.length - 1]}`);
  }
  if (surnames.size === 0) return;
  const { capitals, countries } = entityLexicons();
  retypeTitledNames(ctx, drafts, surnames);
  for (const d of drafts) {
    if (d.type === 'person' || d.kind !== 'name' || d.alias !== undefined || d.metonymy || d.shortFor) continue;
    const words = personWords(ctx, d);
    if (words.length === 0 || words.length > 2 || !words.every((w) => /^\p{L}/u.test(w))) continue;
    const text = words.join(' ');
    if (!surnames.has(text)) continue;
    const full = normText(ctx, d.start, d.end);
    if (capitals.has(full) || countries.has(full)) continue;
    d.type = 'person';
    d.rule = `${d.rule}+surname`;
  }
}

/** Normalised words of a name, without periods ("john d. podesta" → john d podesta). */
function personWords(ctx: EntityContext, d: Draft): string[] {
  const out: string[] = [];
  for (let k = d.start; k < d.end; k++) if (ctx.norm[k] !== '.') out.push(ctx.norm[k]!);
  return out;
}

/**
 * "Mr. Trump", "Justice Antonin Scalia": a name the tagger typed as an organisation or another thing
 * that opens with a title (honorific or role, `titles` lexicon) and goes on with a person's name of the
 * document (it ends with the surname of a full name there, or with a one-word person name) is that person: the title
 * goes (attach-roles reads it as the role) and the rest is a person's name. "General Motors" stays:
 * no person of the text is called Motors.
 */
function retypeTitledNames(ctx: EntityContext, drafts: readonly Draft[], surnames: ReadonlySet<string>): void {
  const { titles } = entityLexicons();
  const raw = (k: number): string => ctx.tokens[k]!.text;
  // One-word person names ("Scalia"), beside the surnames of the longer ones.
  const people = new Set<string>();
  for (const d of drafts) if (d.type === 'person' && d.kind === 'name' && d.end - d.start === 1) people.add(ctx.norm[d.start]!);
  for (const d of drafts) {
    if (d.type === 'person' || d.kind !== 'name' || d.alias !== undefined || d.metonymy || d.shortFor || d.end - d.start < 2 || !titles.mayStart(ctx.hash[d.start]!)) continue;
    let start = d.start;
    let person = false; // a role or an honorific, not only a modifier ("National", "Federal")
    for (;;) {
      const t = titles.match(ctx.norm, start, d.end - 1, ctx.tokens, ctx.cased);
      if (!t) break;
      if (t.value.kind !== 'modifier') person = true;
      start = t.end;
    }
    if (!person || !startsUpperCase(raw(start))) continue;
    const words: string[] = [];
    for (let k = start; k < d.end; k++) if (ctx.norm[k] !== '.') words.push(ctx.norm[k]!);
    const last = words[words.length - 1]!;
    if (words.length > 3 || !(surnames.has(last) || people.has(last) || (words.length > 1 && surnames.has(words.slice(-2).join(' '))))) continue;
    d.start = start;
    d.type = 'person';
    d.rule = `${d.rule}+titled`;
  }
}

/** Proper-noun tags: "Hold Melania Trump" (Hold/VB) and "Notice Trump" open with a verb. */
const PROPER = /^NNPS?$/;

/**
 * "Sen. Elizabeth Warren grilled ... Warren said": the reverse of the rule above. The tagger may read
 * a full name as an organisation's, a place's or another thing's ("Elizabeth Warren", "Gennifer
 * Flowers", "Loretta Lynch") while it reads the bare surname, said again and again, as a person's.
 * A news text repeats a person's last name alone; an organisation it shortens to its first word
 * ("Patriot" for Patriot Coal), a place not at all. So a non-person name of two to four capitalised
 * words, each tagged a proper noun, becomes a person's where the document tags its last word alone as
 * a person's name at least twice, or where it has the first and last words of a person's full name of the document ("Loretta
 * Lynch" beside "Loretta E. Lynch"). Not a lexicon name, a capital, a country, or a name ending in an
 * organisation's or a place's head word ("Kennedy Center" beside "Kennedy").
 */
export function retypeFullNames(ctx: EntityContext, drafts: readonly Draft[]): void {
  if (!ctx.cased) return; // capitals that tell names from words are what the rule reads
  const bare = new Map<string, number>();
  const firstLast = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'person' || d.kind !== 'name' || d.metonymy) continue;
    const words = personWords(ctx, d);
    if (words.length === 1) bare.set(words[0]!, (bare.get(words[0]!) ?? 0) + 1);
    else if (words.length > 2) firstLast.add(`${words[0]} ${words[words.length - 1]}`);
  }
  if (bare.size === 0 && firstLast.size === 0) return;
  const { capitals, countries, titles, givenNames } = entityLexicons();
  const raw = (k: number): string => ctx.tokens[k]!.text;
  const heads = nameHeads(true);
  let lowerCase: Set<string> | undefined;
  let midSentence: Set<string> | undefined;
  const otherNames = new Set<string>();
  for (const d of drafts) if (d.type !== 'person' && d.kind === 'name' && d.end - d.start === 1) otherNames.add(ctx.norm[d.start]!);
  for (const d of drafts) {
    if (d.type === 'person' || d.kind !== 'name' || d.alias !== undefined || d.metonymy || d.shortFor) continue;
    const words = personWords(ctx, d);
    if (words.length < 2 || words.length > 4) continue;
    let capitalised = true;
    for (let k = d.start; k < d.end; k++) if (ctx.norm[k] !== '.' && (!isCapitalisedWord(ctx.tokens[k]!.text) || !PROPER.test(ctx.tokens[k]!.pos ?? ''))) capitalised = false;
    const last = words[words.length - 1]!;
    // "Mr. Trump" tagged as an organisation: the titled-name rule below cuts the title off.
    if (!capitalised || heads.has(last) || titles.match(ctx.norm, d.start, d.end, ctx.tokens, ctx.cased)) continue;
    // A place only on the stronger evidence: "Loretta Lynch", not "North Carolina" beside "Carolina said";
    // or when it opens with a given name ("Melania Trump", a place to the tagger for its "-ia") and is no known place.
    const shortOfFullName = words.length === 2 && firstLast.has(`${words[0]} ${last}`);
    const givenPlace = d.type === 'place' && givenNames.has(raw(d.start)) && !knownPlace(tokenText(ctx, d.start, d.end));
    if (!shortOfFullName && ((d.type === 'place' && !givenPlace) || (bare.get(last) ?? 0) < 2)) continue;
    // "Hold Melania Trump", "Washington Post Trump": words before the surname that the document writes
    // in lower case or names on their own as something else are no given name.
    lowerCase ??= lowerCaseWords(ctx);
    if (!shortOfFullName && (lowerCase.has(words[0]!) || otherNames.has(words[0]!))) continue;
    // "“Notice Trump sniffing", "Hold Melania Trump to ...": a sentence's first word is capitalised
    // whatever it is; as a given name it is capitalised inside a sentence too.
    if (!shortOfFullName && opensSentenceOrQuoteAt(ctx, d.start)) {
      midSentence ??= midSentenceWords(ctx);
      if (!midSentence.has(words[0]!)) continue;
    }
    const full = normText(ctx, d.start, d.end);
    if (capitals.has(full) || countries.has(full)) continue;
    d.type = 'person';
    d.rule = `${d.rule}+surname-repeated`;
  }
}

/** The document's words written with a capital where no sentence, quotation or colon clause opens, normalised. */
function midSentenceWords(ctx: EntityContext): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.tokens[k]!.text !== ctx.norm[k] && !opensSentenceOrQuoteAt(ctx, k)) out.add(ctx.norm[k]!);
  return out;
}
