/**
 * "Opposition leader Giorgi Beridze ... Beridze's party": the tagger often reads a surname it has
 * never seen (a transliterated Georgian or Ukrainian one above all) as a place or an organisation
 * when it stands alone, above all before "'s" or after a preposition. Where the same words end a
 * person's full name in the document, they are that person's surname: the name becomes a person's,
 * so that it is grouped with the full name whichever comes first. Lexicon names (Kiev, Georgia) and
 * capitals keep their type: "Washington" stays a place beside "George Washington". So does a title
 * before such a name ("Mr. Trump" tagged as an organisation).
 */
import type { Draft, EntityContext } from './context.js';
import { normText } from './context.js';
import { entityLexicons } from './lexicons.js';

const CAPITAL = /^\p{Lu}/u;

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
      const t = titles.match(ctx.norm, start, d.end - 1, raw, ctx.cased);
      if (!t) break;
      if (t.value.kind !== 'modifier') person = true;
      start = t.end;
    }
    if (!person || !CAPITAL.test(raw(start))) continue;
    const words: string[] = [];
    for (let k = start; k < d.end; k++) if (ctx.norm[k] !== '.') words.push(ctx.norm[k]!);
    const last = words[words.length - 1]!;
    if (words.length > 3 || !(surnames.has(last) || people.has(last) || (words.length > 1 && surnames.has(words.slice(-2).join(' '))))) continue;
    d.start = start;
    d.type = 'person';
    d.rule = `${d.rule}+titled`;
  }
}