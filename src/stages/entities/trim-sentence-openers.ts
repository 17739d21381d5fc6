/**
 * "Hold Melania Trump to her husband's standards.", "Beyond Trump's personal finances is the issue":
 * the first word of a sentence has a capital for its place only, and the tagger runs it into the name
 * after it (an organisation "Hold Melania Trump", a person "Beyond Trump"). In text with ordinary
 * capitals, a name that opens a sentence or a quotation loses its first word, and is a person's, when
 *  - the words after that first word are a person's name the tagger found elsewhere in the text, alone
 *    or ending a longer name ("Melania Trump"; "Trump" of "Donald Trump");
 *  - the whole is found nowhere else, and the first word is no given name (`given-names`), title or
 *    particle ("Bin Laden" beside "Osama bin Laden");
 *  - the words left are capitalised words ("Super PACs" keeps its "Super");
 *  - and they are a full name of two words or more ("Hold Melania Trump"), or the first word is an
 *    ordinary word: the text writes it in lower case elsewhere, or the pos tagger reads it in lower
 *    case as a function word ("Beyond Trump's personal finances": IN): "Eric Trump said" beside
 *    "Donald Trump" keeps its "Eric".
 * Title-case lines are trim-headline-names' (every word has a capital there).
 */
import { inTitleCaseLine, type Draft, type EntityContext } from './context.js';
import { entityLexicons } from './lexicons.js';
import { opensSentenceOrQuoteAt } from './opens-sentence.js';
import { tagInLowerCase } from './drop-non-names.js';
import { isNameParticle } from './name-particles.js';
import { isTitleCaseWord } from '../structure/case-of.js';
import { startsUpperThenLower } from './letter-tests.js';

/**
 * Tags of closed-class words (prepositions, determiners, conjunctions, pronouns, wh-words): the tagger
 * gives them to known words only, where an unknown name in lower case gets a guess by its ending
 * ("douglas" VBZ, "eric" JJ).
 */
const FUNCTION_TAG = /^(?:IN|DT|PDT|CC|TO|MD|PRP\$?|WDT|WP\$?|WRB|EX|UH)$/;
/** A word of a person's name: a capital, then lower case ("Trump", "McLenney"), not "PACs". */

/** The name drafts with a sentence's capitalised first word cut off where the rest is a person's name (in place). */
export function trimSentenceOpeners(ctx: EntityContext, names: readonly Draft[]): void {
  if (!ctx.cased) return;
  const { tokens } = ctx;
  let persons: Map<string, number> | undefined; // person names as written and their tails, with counts
  let spellings: Map<string, number> | undefined; // every name as written, with counts
  let lowerWords: Set<string> | undefined;
  const { givenNames, titles } = entityLexicons();
  for (const n of names) {
    if (n.end - n.start < 2 || n.kind !== 'name' || (n.type !== 'person' && n.type !== 'organisation')) continue;
    const first = tokens[n.start]!.text;
    if (!isTitleCaseWord(first) || givenNames.has(first) || isNameParticle(ctx.norm[n.start]!) || titles.mayStart(ctx.hash[n.start]!)) continue;
    if (!opensSentenceOrQuoteAt(ctx, n.start) || inTitleCaseLine(ctx, ctx.sentenceOf[n.start]!)) continue;
    if (persons === undefined || spellings === undefined) [persons, spellings] = nameCounts(ctx, names);
    // Found elsewhere: not only as this name's own tail.
    const rest = persons.get(spelled(ctx, n.start + 1, n.end)) ?? 0;
    if (rest - (n.type === 'person' ? 1 : 0) < 1 || spellings.get(spelled(ctx, n.start, n.end))! > 1) continue;
    let capitalised = true;
    for (let k = n.start + 1; k < n.end && capitalised; k++) capitalised = startsUpperThenLower(tokens[k]!.text);
    if (!capitalised) continue;
    if (n.end - n.start === 2) {
      lowerWords ??= lowerCaseWords(ctx);
      if (!lowerWords.has(ctx.norm[n.start]!) && !FUNCTION_TAG.test(tagInLowerCase(ctx, n.start))) continue;
    }
    n.start++;
    n.type = 'person';
    n.rule = `${n.rule}+opener-cut`;
  }
}

/** Counts of the person names as written with every tail of them ("Donald Trump", "Trump"), and of all names as written. */
function nameCounts(ctx: EntityContext, names: readonly Draft[]): [Map<string, number>, Map<string, number>] {
  const persons = new Map<string, number>();
  const all = new Map<string, number>();
  for (const n of names) {
    const whole = spelled(ctx, n.start, n.end);
    all.set(whole, (all.get(whole) ?? 0) + 1);
    if (n.type !== 'person' || n.kind !== 'name') continue;
    for (let start = n.start; start < n.end; start++) {
      const k = spelled(ctx, start, n.end);
      persons.set(k, (persons.get(k) ?? 0) + 1);
    }
  }
  return [persons, all];
}

/** Words the document writes in lower case (as normalised). */
function lowerCaseWords(ctx: EntityContext): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.tokens[k]!.text === ctx.norm[k]) out.add(ctx.norm[k]!);
  return out;
}

/** Tokens `[start, end)` as written, joined by single spaces. */
function spelled(ctx: EntityContext, start: number, end: number): string {
  let s = ctx.tokens[start]!.text;
  for (let k = start + 1; k < end; k++) s += ` ${ctx.tokens[k]!.text}`;
  return s;
}
