/**
 * Runs of capitalised tokens that may form a place name ("St. Louis", "Stratford-upon-Avon", "Ga."),
 * computed once per document so the toponym finder never looks up a span that cannot be a name.
 */
import type { Token } from '../../model/layers/structure.js';

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'da', 'and', 'on', 'upon', 'am', '-', '.', "'"]);
const CAPITALISED = /^\p{Lu}/u;

export function isNameToken(token: Token): boolean {
  return isCapitalised(token.text);
}

/** Starts with an upper-case letter. ASCII is decided by the character code: this runs on every token. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(text);
}

/**
 * The runs of the document being read, reused from document to document: a typed array made per
 * document costs an ArrayBuffer each, more than the loop that fills it. Valid until the next call.
 */
let runBuffer = new Int32Array(1024);

/**
 * For each token, how many tokens from it can form one name: capitalised words joined by connectors
 * ("Bank of", "Stratford-upon"), a period inside ("St. Louis") or closing the run ("Ga."). Computed once
 * from the end, so the finder never tries a span that cannot be a name. Read `[0, tokens.length)`.
 */
export function nameRuns(tokens: readonly Token[]): Int32Array {
  if (runBuffer.length < tokens.length + 1) runBuffer = new Int32Array(2 * tokens.length + 1);
  const runs = runBuffer;
  runs[tokens.length] = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!.text;
    const joins = isCapitalised(t) || (t.length <= 4 && CONNECTORS.has(t));
    // Inside a run a period may stand ("St. Louis"), but one followed by a space ends it ("Ga. officials").
    if (!joins) runs[k] = 0;
    else if (tokens[k + 1]?.text !== '.') runs[k] = 1 + runs[k + 1]!;
    else runs[k] = tokens[k + 2] && !tokens[k + 2]!.spaceBefore ? 1 + runs[k + 1]! : 2;
  }
  return runs;
}
