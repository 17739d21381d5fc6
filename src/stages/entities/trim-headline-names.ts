/**
 * "Lindsey Graham Says Trump Could Win", "Clinton Breaks With Obama": in a headline written in title
 * case every word has a capital, and the tagger runs names into the words around them ("Lindsey
 * Graham Says", "Clinton Breaks", "Fact Check Trump"). Where the body of the article (text not in
 * title case) names the same person or thing, the headline's name loses the words after the longest
 * start of it that the body names, unless a word cut off is a given name: "Lindsey Graham", "Clinton".
 * A person's name counts as named by the body also when the body gives it as the end of a longer
 * person name ("Trump" of "Donald Trump", "Lindsey Graham" of "Sen. Lindsey Graham"); and a person's
 * name that is not cut at its end loses the words before such an end that the body also gives alone,
 * unless one is a given name ("Check Trump": "Trump"). A headline name the body never names is left as it is.
 */
import type { Sentence, Token } from '../../model/layers/structure.js';
import type { NameCandidate } from './find-name-mentions.js';
import { entityLexicons } from './lexicons.js';
import { nameHeads } from './retype-name-heads.js';

const LETTER = /^\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
/** Content words (longer than three letters) of which at least this share are capitalised: title case. */
const TITLE_SHARE = 0.8;
const MIN_CONTENT_WORDS = 4;

/** Cuts names in title-case sentences down to a name the rest of the text has; in place. */
export function trimHeadlineNames(tokens: readonly Token[], sentences: readonly Sentence[], names: NameCandidate[]): void {
  const sentenceAt = (t: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.tokenStart <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Sentences are read for title case only as needed: most texts have no multi-word name in one.
  const cache = new Map<number, boolean>();
  const titleCase = (si: number): boolean => {
    let v = cache.get(si);
    if (v === undefined) cache.set(si, (v = isTitleCase(tokens, sentences[si]!)));
    return v;
  };
  if (!names.some((n) => n.end - n.start > 1 && titleCase(sentenceAt(n.start)))) return;
  const body = new Set<string>();
  // The shorter forms of the body's longer person names ("lindsey graham" and "graham" of "Sen. Lindsey
  // Graham", "trump" of "Donald Trump"): a person the body names in full is also known by them.
  const shortForms = new Set<string>();
  const inTitle: NameCandidate[] = [];
  for (const n of names) {
    if (titleCase(sentenceAt(n.start))) inTitle.push(n);
    else {
      body.add(key(tokens, n.start, n.end));
      if (n.type === 'PER') for (let k = n.start + 1; k < n.end; k++) shortForms.add(key(tokens, k, n.end));
    }
  }
  let known: ReadonlyMap<string, unknown> | undefined;
  let heads: ReadonlyMap<string, unknown> | undefined;
  for (const n of inTitle) {
    if (n.end - n.start < 2 || body.has(key(tokens, n.start, n.end))) continue;
    known ??= entityLexicons().givenNames;
    heads ??= nameHeads();
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

/** Most of the sentence's content words (longer than three letters) are capitalised: a title-case headline. */
export function isTitleCase(tokens: readonly Token[], sentence: Sentence): boolean {
  let content = 0;
  let capitalised = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const text = tokens[k]!.text;
    if (text.length <= 3 || !LETTER.test(text)) continue;
    content++;
    if (CAPITAL.test(text)) capitalised++;
  }
  return content >= MIN_CONTENT_WORDS && capitalised >= TITLE_SHARE * content;
}
