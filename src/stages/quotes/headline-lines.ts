/**
 * Which lines of the document are headlines, one reading for every quote rule. The structure stage
 * marks a paragraph written in title case or capitals (`titleCase: true`: "Clinton Breaks With Obama On
 * 9/11 Lawsuit Bill"), where a capital vouches for no name and the tagger reads the verb as one; a
 * headline in sentence case ("Columbia defends Exxon articles.") has no such mark, and is the
 * document's first paragraph when that is short (a title, not a lead) and a body follows it.
 */
import type { QuoteScene } from './quote-scene.js';

/** A first paragraph longer than this (tokens) is a lead, not a title. */
const MAX_TITLE_TOKENS = 40;

/**
 * What kind of headline the line of token `t` is: `title-case` (the structure stage's mark), `title`
 * (the short first paragraph of a longer text, in any case), or undefined (body text).
 */
export function headlineAt(scene: QuoteScene, t: number): 'title-case' | 'title' | undefined {
  const p = scene.paragraphOf[t];
  if (p === undefined) return undefined;
  if (scene.paragraphs[p]?.titleCase === true) return 'title-case';
  return p === 0 && isShortTitle(scene) ? 'title' : undefined;
}

/** The first paragraph is at most MAX_TITLE_TOKENS tokens long and a body follows it. */
function isShortTitle(scene: QuoteScene): boolean {
  let n = 0;
  while (n < scene.tokens.length && scene.paragraphOf[n] === 0) if (++n > MAX_TITLE_TOKENS) return false;
  return n > 0 && n < scene.tokens.length;
}
