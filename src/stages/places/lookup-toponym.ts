/**
 * Gazetteer matches for a toponym as written: the name itself, else the name without a leading article
 * or a possessive ("the Donbas", "Ohio's"), without a generic head ("Fresno area", "city of Kherson").
 */
import { getGazetteer, type NameMatch } from './gazetteer.js';
import { nameKey } from './normalize-name.js';
import { demonymPlace } from './demonyms.js';

const LEADING = /^(?:the|city of|town of|village of|state of|republic of|province of|county of)\s+/i;
/** A possessive with any apostrophe writers use (straight, curly, the misused opening quote ‘, the modifier letter ʼ). */
const TRAILING = /(?:['’‘ʼ]s?|\s+(?:area|region|city|town|village|township|metro|metropolitan area|province|oblast|state))$/i;

export interface ToponymLookup {
  key: string;
  matches: readonly NameMatch[];
  /** Whether the name is a demonym or adjective of place ("Russian"), not the place's name. */
  demonym: boolean;
}

/**
 * A lookup with every field present: lookups of one shape keep findToponyms' reads of them
 * monomorphic (the demonym field was set only on demonyms).
 */
function toponymLookup(key: string, matches: readonly NameMatch[], demonym: boolean): ToponymLookup {
  return { key, matches, demonym };
}

/** The gazetteer matches for `name`, trying a few plain variants, then demonyms; empty when none matches. */
export function lookupToponym(name: string): ToponymLookup {
  let result = cache.get(name);
  if (!result) {
    result = lookupUncached(name);
    if (cache.size > 20_000) cache.clear();
    cache.set(name, result);
  }
  return result;
}

const cache = new Map<string, ToponymLookup>();

/** Big enough to be meant more often than a demonym spelled like it: an area or a city of 200,000. */
const KNOWN_POPULATION = 200_000;

function isKnownPlace(m: NameMatch): boolean {
  return m.main && (m.place.precision !== 'town' || m.place.population >= KNOWN_POPULATION);
}

function lookupUncached(name: string): ToponymLookup {
  const gazetteer = getGazetteer();
  const key = nameKey(name);
  let matches = gazetteer.lookup(key);
  if (matches.length > 0) {
    // "Canadian" is also a Texas town and "Spanish" an Ontario one: a demonym wins over small towns.
    if (!matches.some(isKnownPlace)) {
      const place = demonymPlace(name);
      if (place) return toponymLookup(place.id, [{ place, main: true }], true);
    }
    return toponymLookup(key, matches, false);
  }
  let variant = name.replace(LEADING, '').replace(TRAILING, '');
  for (let i = 0; i < 2 && variant !== name; i++) {
    const k = nameKey(variant);
    matches = gazetteer.lookup(k);
    if (matches.length > 0) return toponymLookup(k, matches, false);
    name = variant;
    variant = name.replace(LEADING, '').replace(TRAILING, '');
  }
  const place = demonymPlace(name);
  return place ? toponymLookup(`${place.id}`, [{ place, main: true }], true) : toponymLookup(key, [], false);
}
