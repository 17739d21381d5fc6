/**
 * "Alicia Machado" ... "Alicia M become a U.S. citizen", "LeBron James" ... "“LeBron will always be the
 * king”", "Ivanka Trump" ... "credited Ivanka Trump with": the `given-names` lexicon knows few names,
 * but the text itself says which words are a person's first name: the first word of a full name the
 * tagger gave a person. Where the tagger typed that word otherwise, alone or right before the rest of
 * the name ("Ivanka" other, "Trump" a person), it is the person's (in text with ordinary capitals):
 *  - alone, when it opens the full names of one person only (one spelling: "Bill Clinton" beside "Bill
 *    de Blasio" says nothing), ends no person's full name ("Jim Jordan" beside "Jordan Peterson"), is
 *    no lexicon name, nor a place the gazetteer knows where the tagger read a place ("Charlotte" beside
 *    a "Charlotte Observer" it read as a person; "Alicia", a town too, it read as an organisation), and
 *    stands as a name does (the guards of retype-given-names);
 *  - before the rest of a full name the tagger found elsewhere, as written: the whole is that name
 *    ("Ivanka Trump"; else "Trump" would be found alone, and be another person).
 */
import type { EntityContext } from './context.js';
import type { NameCandidate } from './find-name-mentions.js';
import { entityLexicons } from './lexicons.js';
import { knownPlace } from './retype-towns.js';

const NAME_WORD = /^\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?$/u;
/** Tags of the word after a first name that make it a modifier of a noun ("Marine base"). */
const MODIFIED = /^(?:NNS?|JJ[RS]?|CD)$/;

/** The tagger's names with the text's first names typed `PER` (in place), joined to a person right after. */
export function retypeFirstNames(ctx: EntityContext, names: NameCandidate[]): NameCandidate[] {
  if (!ctx.cased || names.length < 2) return names;
  const { tokens } = ctx;
  const raw = (k: number): string => tokens[k]!.text;
  // Per first word of the tagger's full person names, their words as written; their last words.
  const fullNames = new Map<string, string[][]>();
  const lastWords = new Set<string>();
  const { aliases, titles } = entityLexicons();
  for (const n of names) {
    if (n.type !== 'PER' || n.end - n.start < 2) continue;
    // "Charlotte Mayor Jennifer Roberts": a place and a title before the name (split-titled-names cuts them).
    if (titles.mayStart(ctx.hash[n.start + 1]!) && titles.match(ctx.norm, n.start + 1, n.end, ctx.tokens, true)) continue;
    const words: string[] = [];
    for (let k = n.start; k < n.end; k++) words.push(raw(k));
    const known = fullNames.get(words[0]!) ?? fullNames.set(words[0]!, []).get(words[0]!)!;
    if (!known.some((w) => w.join(' ') === words.join(' '))) known.push(words);
    lastWords.add(words.at(-1)!);
  }
  if (fullNames.size === 0) return names;
  let joined = -1; // the end of the last name lengthened to a full name: names inside it go
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n.start < joined) {
      n.end = n.start; // emptied: dropped below
      continue;
    }
    if (n.type === 'PER' || n.end - n.start !== 1) continue;
    const word = raw(n.start);
    const full = fullNames.get(word);
    if (full === undefined || !NAME_WORD.test(word)) continue;
    // "credited Ivanka Trump with": the words after it spell a full name of the text.
    const spelled = full.find((w) => spellsAt(ctx, n.start, w));
    if (spelled !== undefined) {
      n.end = n.start + spelled.length;
      joined = n.end;
    } else {
      if (full.length !== 1 || lastWords.has(word)) continue;
      if (tokens[n.start - 1]?.pos === 'DT' || (MODIFIED.test(tokens[n.end]?.pos ?? '') && raw(n.end) === ctx.norm[n.end])) continue;
      if (aliases.matchExactly(ctx.norm, n.start, n.end, ctx.tokens, true) || (n.type === 'LOC' && knownPlace(word))) continue;
    }
    n.type = 'PER';
    n.rule = `${n.rule}+first-name`;
  }
  return joined >= 0 ? names.filter((n) => n.end > n.start) : names;
}

/** Tokens from `start` are `words`, one token each, in one sentence, with spaces between them. */
function spellsAt(ctx: EntityContext, start: number, words: readonly string[]): boolean {
  const { tokens } = ctx;
  if (start + words.length > tokens.length || ctx.sentenceOf[start + words.length - 1] !== ctx.sentenceOf[start]) return false;
  for (let j = 1; j < words.length; j++) if (tokens[start + j]!.text !== words[j] || !tokens[start + j]!.spaceBefore) return false;
  return true;
}
