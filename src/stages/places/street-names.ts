/**
 * Street and square names ("Memphis St.", "Cooper Street", "Rustaveli Avenue"): the entities stage
 * types them places, but the gazetteer has no streets, and a town inside one ("Memphis" in "Memphis
 * St.") is not a mention of that town.
 */
import { loadLexicon } from '../../data/lexicon.js';

let heads: Set<string> | undefined;
const LAST_WORD = /([\p{L}]+\.?)\s*$/u;

/** The name's last word (lower case, with a final period) is in the `street-heads` lexicon. */
export function isStreetName(name: string): boolean {
  if (!heads) {
    heads = new Set();
    for (const e of loadLexicon('street-heads').entries) for (const t of e.terms) heads.add(t);
  }
  const last = LAST_WORD.exec(name);
  return last !== null && name.length > last[1]!.length && heads.has(last[1]!.toLowerCase());
}
