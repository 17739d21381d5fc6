/**
 * "Melania said", "a challenge from Senator Bernie Sanders of Vermont": the CoNLL-trained tagger has
 * seen few given names alone, and reads one it does not know by its look: "Melania" ends like
 * Romania and Slovenia, so it is a place, and "Senator Bernie" before "Sanders" (a plural noun to the
 * pos tagger) one place name too. A name the tagger typed otherwise is a person's (in text with
 * ordinary capitals) when it is
 *  - a title of the `titles` lexicon (a role or an honorific, "Senator", "Mrs.") followed by a given
 *    name of the `given-names` lexicon and at most two more capitalised words, or by a full name of
 *    two or three capitalised words none of which heads an organisation's name ("Brigadier Kamal
 *    Osman said", an organisation to the tagger; "Major League Baseball" stays): the title is cut off
 *    (attach-roles reads it back as the role), and add-missed-surnames can then complete "Bernie";
 *  - a given name alone, as written, that is no place the gazetteer knows (a town of 10,000 people, a
 *    state, an island, a country: "Virginia", "Charlotte" stay), nor a lexicon name, and stands as a
 *    name does: not after a determiner nor before a lower-case noun or adjective ("a Marine base").
 */
import type { EntityContext } from './context.js';
import type { NameCandidate } from './find-name-mentions.js';
import { entityLexicons } from './lexicons.js';
import { knownPlace } from './retype-towns.js';
import { isCapitalisedWord } from './letter-tests.js';
import { personLike } from './split-titled-names.js';

/** Tags of the word after a given name that make it a modifier of a noun ("Marine base", "Roman law"). */
const MODIFIED = /^(?:NNS?|JJ[RS]?|CD)$/;
const MAX_AFTER_GIVEN = 2;

/** Types `PER` the tagger's other names that are given names, alone or after a title (in place). */
export function retypeGivenNames(ctx: EntityContext, names: readonly NameCandidate[]): void {
  if (!ctx.cased) return;
  const { givenNames, titles, aliases } = entityLexicons();
  const { tokens, norm } = ctx;
  const raw = (k: number): string => tokens[k]!.text;
  for (const n of names) {
    if (n.type === 'PER' || (!givenNames.has(raw(n.end - 1)) && !titles.mayStart(ctx.hash[n.start]!))) continue;
    const start = afterTitles(ctx, n.start, n.end);
    if (start > n.start) {
      if (n.end - start > 1 + MAX_AFTER_GIVEN || !(givenNames.has(raw(start)) || (n.end - start >= 2 && personLike(ctx, start, n.end)))) continue;
      let words = true;
      for (let k = start; k < n.end; k++) if (!isCapitalisedWord(raw(k))) words = false;
      if (!words) continue;
      n.start = start;
    } else {
      if (n.end - n.start !== 1 || !givenNames.has(raw(n.start))) continue;
      if (tokens[n.start - 1]?.pos === 'DT' || (MODIFIED.test(tokens[n.end]?.pos ?? '') && raw(n.end) === norm[n.end])) continue;
      if (aliases.matchExactly(norm, n.start, n.end, ctx.tokens, true) || knownPlace(raw(n.start))) continue;
    }
    n.type = 'PER';
    n.rule = givenNames.has(raw(n.start)) ? `${n.rule}+given-name` : `${n.rule}+title-cut`;
  }
}

/** The token after the titles (roles, honorifics, and the modifiers leading to them) at `start`, or `start`. */
function afterTitles(ctx: EntityContext, start: number, end: number): number {
  const { titles } = entityLexicons();
  let k = start;
  let person = start;
  while (k < end - 1 && titles.mayStart(ctx.hash[k]!)) {
    const t = titles.match(ctx.norm, k, end - 1, ctx.tokens, true);
    if (!t) break;
    k = t.end;
    if (t.value.kind !== 'modifier') person = k;
  }
  return person;
}
