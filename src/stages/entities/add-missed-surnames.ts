/**
 * "Bernie Sanders offered ...", then "Sanders told MSNBC", "Sanders said": the pos tagger reads a
 * surname that is also a plural noun ("Sanders", "Waters", "Rogers") as one (NNS), and the NER
 * tagger, which leans on those tags, stops the name at the given name ("Bernie") and misses the
 * surname everywhere it stands alone. In text with ordinary capitals, a person's name that ends in a
 * given name (`given-names` lexicon, as written) and is followed at once by a capitalised word the
 * document never writes in lower case, a noun by its tag and no month or weekday, takes that word as
 * its surname (not at the end of a title-case line, "Clinton Breaks With Obama On 9/11 Lawsuit Bill",
 * where any word has a capital). The surname of a person's full name, written the same way and read
 * as a common noun (NN, NNS) where the tagger left it out of every name ("Sanders said", "Mr.
 * Sanders's bid"), is that person's name there too, when the document never writes it in lower case.
 */
import type { EntityContext } from './context.js';
import { coveredFlags, inTitleCaseLine } from './context.js';
import type { NameCandidate } from './find-name-mentions.js';
import { entityLexicons } from './lexicons.js';
import { isAscii } from './letter-tests.js';

/** A capitalised word: "Sanders", "McAuliffe", "O'Rourke", "Ocasio-Cortez"; not "NATO", "U.S." nor "F-16". */
const SURNAME = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
/** SURNAME for ASCII text (see `isAscii`). */
const SURNAME_ASCII = /^(?:Mc|Mac|O')?[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*$/;
const NOUN_TAG = /^NN/;

function isSurname(text: string): boolean {
  return (isAscii(text) ? SURNAME_ASCII : SURNAME).test(text);
}
const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The tagger's names with missed surnames added (sorted by start). */
export function addMissedSurnames(ctx: EntityContext, names: NameCandidate[]): NameCandidate[] {
  if (!ctx.cased || names.length === 0) return names;
  const { tokens, norm } = ctx;
  const { givenNames } = entityLexicons();
  const covered = coveredFlags(ctx);
  for (const n of names) for (let k = n.start; k < n.end; k++) covered[k] = 1;
  let lowerCase: Set<string> | undefined;
  const surnames = new Set<string>();
  // One bit per surname of the hash of its normalised form (`ctx.hash`): a token whose bit is clear is
  // no surname, and the scan below passes it over without a lookup by string. Bit 0 stays set: a
  // token outside every sentence has hash 0 and is read as before.
  let bits = 1;
  for (const n of names) {
    const next = n.end;
    if (n.type !== 'PER' || next >= tokens.length || covered[next] || !givenNames.has(tokens[next - 1]!.text)) continue;
    const word = tokens[next]!;
    if (!word.spaceBefore || !isSurname(word.text) || !NOUN_TAG.test(word.pos ?? '') || MONTH_OR_DAY.test(norm[next]!)) continue;
    if (ctx.sentenceOf[next] !== ctx.sentenceOf[n.start] || inTitleCaseLine(ctx, ctx.sentenceOf[next]!)) continue;
    lowerCase ??= lowerCaseWords(ctx);
    if (lowerCase.has(norm[next]!)) continue;
    n.end = next + 1;
    n.rule = `${n.rule}+surname-after-given`;
    covered[next] = 1;
    surnames.add(word.text);
    bits |= 1 << (ctx.hash[next]! & 31);
  }
  // The surnames of the document's full person names, the ones just completed among them.
  for (const n of names) {
    if (n.type !== 'PER' || n.end - n.start < 2) continue;
    const last = tokens[n.end - 1]!.text;
    if (isSurname(last)) {
      surnames.add(last);
      bits |= 1 << (ctx.hash[n.end - 1]! & 31);
    }
  }
  const added: NameCandidate[] = [];
  if (surnames.size === 0) return names;
  const hash = ctx.hash;
  for (let k = 0; k < tokens.length; k++) {
    if (((bits >>> (hash[k]! & 31)) & 1) === 0) continue;
    const t = tokens[k]!;
    if (covered[k] || !surnames.has(t.text) || !NOUN_TAG.test(t.pos ?? '') || t.pos === 'NNP' || t.pos === 'NNPS') continue;
    lowerCase ??= lowerCaseWords(ctx);
    if (!lowerCase.has(norm[k]!)) added.push({ start: k, end: k + 1, type: 'PER', rule: 'surname-repeat' });
  }
  return added.length === 0 ? names : [...names, ...added].sort((a, b) => a.start - b.start);
}

/** The document's words written in lower case. */
export function lowerCaseWords(ctx: EntityContext): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.tokens[k]!.text === ctx.norm[k]) out.add(ctx.norm[k]!);
  return out;
}
