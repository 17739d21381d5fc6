/**
 * A word after a name that says what kind of place it is: "a Washington state farm" is the state, not
 * the capital; "Cooke, Grayson and Love counties" are three counties, not towns. The cue reaches back
 * over a list of names joined by commas and "and"/"or".
 */

const STATE_AFTER = /^\s+state\b/i;
const COUNTY_AFTER = /^\s+(?:county|counties|parish|parishes)\b/i;
const PLURAL = /^\s+(?:counties|parishes)\b/i;
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/** Per toponym (in text order), the GeoNames feature type the text asks for, if any. */
export function findTypeCues(text: string, toponyms: ReadonlyArray<{ start: number; end: number }>): Array<string | undefined> {
  const cues: Array<string | undefined> = new Array(toponyms.length);
  for (let i = toponyms.length - 1; i >= 0; i--) {
    const after = text.slice(toponyms[i]!.end, toponyms[i]!.end + 10);
    const type = STATE_AFTER.test(after) ? 'A.ADM1' : COUNTY_AFTER.test(after) ? 'A.ADM2' : undefined;
    if (!type) continue;
    // A plural needs a list: "the four metro Athens counties" are not named Athens.
    const plural = PLURAL.test(after);
    if (plural && !(i > 0 && LIST_GAP.test(text.slice(toponyms[i - 1]!.end, toponyms[i]!.start)))) continue;
    cues[i] = type;
    for (let j = i - 1; plural && j >= 0 && LIST_GAP.test(text.slice(toponyms[j]!.end, toponyms[j + 1]!.start)); j--) cues[j] = type;
  }
  return cues;
}
