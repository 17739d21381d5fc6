/**
 * Which GeoNames alternate names the gazetteer keeps. GeoNames lists every name a place has ever had in
 * any script, including airport codes ("IEV"), transliterations in lower case ("ma li wu bo er") and
 * language names that crept in ("kartuli"). An English news reader needs Latin-script proper names only.
 */

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’\-. ]*$/u;
const CODE = /^[A-Z]{2,4}$/;
const NOISE = /^(City of|Municipality of|Town of|Gemeente|Comune di|Stadt|Ciudad de|Cidade de) /;

/** Whether an alternate name is worth matching in English text: Latin script, capitalised, not a code. */
export function keepAlternateName(alternate: string, mainName: string): boolean {
  if (alternate.length < 3 || alternate === mainName) return false;
  if (!LATIN_NAME.test(alternate) || CODE.test(alternate) || NOISE.test(alternate)) return false;
  // Several words where the main name has one are usually descriptions ("Donetsk i Russland").
  const words = alternate.split(' ').length;
  return words <= mainName.split(' ').length + 1;
}
