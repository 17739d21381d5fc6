/**
 * The lookup key of a place name: case, diacritics, periods and hyphens folded, and the usual
 * abbreviations ("St." / "Saint", "Mt." / "Mount", "Ft." / "Fort") made equal, so "St. Louis",
 * "Saint Louis" and "ST LOUIS" meet. The gazetteer stores keys made by this same function.
 */

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´]/g;
const SEPARATORS = /[\s\-–‐.]+/g;
const ABBREVIATIONS = /\b(?:saint|ste?|sainte)\b|\b(?:mount|mt)\b|\b(?:fort|ft)\b/g;
const ABBREVIATED: Record<string, string> = { saint: 'st', st: 'st', ste: 'st', sainte: 'st', mount: 'mt', mt: 'mt', fort: 'ft', ft: 'ft' };
const MAY_ABBREVIATE = /\b(?:sa|st|mo|mt|fo|ft)/;
const ASCII_PLAIN = /^[a-z ]*$/;

/** Folds a name to its lookup key; returns '' for a name with no letters. */
export function nameKey(name: string): string {
  let key = name.toLowerCase();
  if (!ASCII_PLAIN.test(key)) key = key.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'");
  key = key.replace(SEPARATORS, ' ').trim();
  if (MAY_ABBREVIATE.test(key)) key = key.replace(ABBREVIATIONS, (w) => ABBREVIATED[w] ?? w);
  return key;
}
