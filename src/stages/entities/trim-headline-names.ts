/**
 * "Lindsey Graham Says Trump Could Win", "Clinton Breaks With Obama": in a line written in title
 * case (the structure stage's `titleCase` paragraphs) every word has a capital, and the tagger runs
 * names into the words around them ("Lindsey Graham Says", "Clinton Breaks", "Fact Check Trump") or
 * makes names of ordinary words ("Sell Coal", "Democrat Voters Worried", "Reclaim", "Ah"). There the
 * capitals vouch for nothing, and a person's or organisation's name stands only where something else
 * vouches for it:
 *  - the body of the article (text not in such lines) names the same words, or names a person in a
 *    longer form ending in them ("Trump" of "Donald Trump", "Lindsey Graham" of "Sen. Lindsey Graham");
 *  - it opens with a given name (`given-names` lexicon) and has a surname after it ("Gennifer Flowers");
 *  - it is two words, the second a head word of the `name-heads` lexicon ("African-American Museum").
 * A name the body gives in a shorter form loses the words after the longest start of it that the body
 * names, unless a word cut off is a given name ("Lindsey Graham", "Clinton"), and a person's name not
 * cut at its end loses the words before such an end that the body also gives alone ("Check Trump":
 * "Trump"). A name nothing vouches for keeps the names the body has inside it, with the body's type
 * ("Absurd Double Standard Clinton And Trump Face": "Clinton", "Trump"), and goes if it has none.
 * Places and other names are left to the rules after (the places stage weighs place names itself).
 */
import type { Token } from '../../model/layers/structure.js';
import { inTitleCaseLine, type EntityContext } from './context.js';
import type { NameCandidate } from './find-name-mentions.js';
import type { NerType } from './ner/labels.js';
import { entityLexicons } from './lexicons.js';
import { nameHeads } from './retype-name-heads.js';
import { startsUpperCase } from './letter-tests.js';

/** The tagger's names with those in title-case lines cut to, or replaced by, what vouches for them. */
export function trimHeadlineNames(ctx: EntityContext, names: NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  if (!ctx.cased || !names.some((n) => inTitleLine(ctx, n.start))) return names;
  // The body's names, each with the type it first has there.
  const body = new Map<string, NerType>();
  // The shorter forms of the body's longer person names ("lindsey graham" and "graham" of "Sen. Lindsey
  // Graham", "trump" of "Donald Trump"): a person the body names in full is also known by them.
  const shortForms = new Set<string>();
  const inTitle: NameCandidate[] = [];
  for (const n of names) {
    if (inTitleLine(ctx, n.start)) inTitle.push(n);
    else {
      const k = key(tokens, n.start, n.end);
      if (!body.has(k)) body.set(k, n.type);
      if (n.type === 'PER') for (let j = n.start + 1; j < n.end; j++) shortForms.add(key(tokens, j, n.end));
    }
  }
  if (body.size === 0) return names; // nothing but title-case lines: nothing to vouch with
  const known = entityLexicons().givenNames;
  const heads = nameHeads();
  for (const n of inTitle) {
    if (n.end - n.start < 2 || body.has(key(tokens, n.start, n.end))) continue;
    // Only words after the name go ("Clinton Breaks"): before it they may be a given name the lexicon
    // does not know ("Kerry Washington"), and a name ending in an organisation's head word is whole
    // ("La Romana Country Club").
    if (heads.has(tokens[n.end - 1]!.text.toLowerCase())) continue;
    const person = n.type === 'PER';
    let cut = false;
    for (let end = n.end - 1; end > n.start && !cut; end--) {
      const start = key(tokens, n.start, end);
      if ((body.has(start) || (person && shortForms.has(start))) && !nameWords(tokens, end, n.end, known)) {
        n.end = end;
        cut = true;
      }
    }
    // "Fact Check Trump": words before a person's name go too when the body names that person alone
    // and in full by other words ("Trump", "Donald Trump"): the words cut off are no given name of theirs.
    if (!person || cut) continue;
    for (let start = n.start + 1; start < n.end; start++) {
      const end = key(tokens, start, n.end);
      if (shortForms.has(end) && body.has(end) && !nameWords(tokens, n.start, start, known)) {
        n.start = start;
        break;
      }
    }
  }
  const out: NameCandidate[] = [];
  for (const n of names) {
    if ((n.type !== 'PER' && n.type !== 'ORG') || !inTitleLine(ctx, n.start) || vouched(ctx, n, body, shortForms)) out.push(n);
    else bodyNamesInside(ctx, n, body, shortForms, out);
  }
  return out;
}

/** Token `t` lies in a title-case line. */
function inTitleLine(ctx: EntityContext, t: number): boolean {
  return inTitleCaseLine(ctx, ctx.sentenceOf[t]!);
}

/** Something besides its capitals says the title-case line's name is one (see the file comment). */
function vouched(ctx: EntityContext, n: NameCandidate, body: ReadonlyMap<string, NerType>, shortForms: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  const k = key(tokens, n.start, n.end);
  if (body.has(k) || (n.type === 'PER' && shortForms.has(k))) return true;
  if (n.end - n.start < 2) return false;
  if (entityLexicons().givenNames.has(tokens[n.start]!.text) && startsUpperCase(tokens[n.start + 1]!.text)) return true;
  return words(tokens, n.start, n.end) === 2 && nameHeads().has(tokens[n.end - 1]!.text.toLowerCase());
}

/** Words (runs of tokens between spaces) of `[start, end)`: "African-American Museum" has two. */
function words(tokens: readonly Token[], start: number, end: number): number {
  let n = 1;
  for (let k = start + 1; k < end; k++) if (tokens[k]!.spaceBefore) n++;
  return n;
}

/** Adds to `out` the longest runs inside `n`, left to right, that the body names, with the body's type. */
function bodyNamesInside(ctx: EntityContext, n: NameCandidate, body: ReadonlyMap<string, NerType>, shortForms: ReadonlySet<string>, out: NameCandidate[]): void {
  const { tokens } = ctx;
  for (let start = n.start; start < n.end; start++) {
    if (!startsUpperCase(tokens[start]!.text)) continue;
    for (let end = n.end; end > start; end--) {
      const k = key(tokens, start, end);
      // A name the body has itself, not only a part of one ("Coal" of the body's "Patriot Coal"); a
      // person's one word only when the body also names that person in full ("Clinton").
      const type = body.get(k);
      if (type === undefined || !startsUpperCase(tokens[end - 1]!.text) || (type === 'PER' && end - start === 1 && !shortForms.has(k))) continue;
      out.push({ start, end, type, rule: `${n.rule}+body` });
      start = end - 1;
      break;
    }
  }
}


/** Some token of `[start, end)` is a given name (as written): "Jeff Merkley" is not cut to "Merkley". */
function nameWords(tokens: readonly Token[], start: number, end: number, known: ReadonlyMap<string, unknown>): boolean {
  for (let k = start; k < end; k++) if (known.has(tokens[k]!.text)) return true;
  return false;
}

/** Lower-case words joined by spaces. */
function key(tokens: readonly Token[], start: number, end: number): string {
  let s = tokens[start]!.text.toLowerCase();
  for (let k = start + 1; k < end; k++) s += ` ${tokens[k]!.text.toLowerCase()}`;
  return s;
}
