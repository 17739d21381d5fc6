/**
 * Demonyms and adjectives of place ("Russian", "Ohioans"), from `src/data/gazetteer/demonyms.tsv`.
 * Geoparsing corpora tag them as toponyms of their place; the places layer records them with the
 * rule `demonym` so that readers can tell "Russian forces" from "in Russia".
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';
import { getGazetteer, type GazetteerPlace } from './gazetteer.js';

let table: Map<string, string> | undefined;

/** The place a demonym names, matched case-sensitively as written; undefined for other words. */
export function demonymPlace(word: string): GazetteerPlace | undefined {
  if (!table) {
    table = new Map();
    for (const line of readFileSync(dataFile('gazetteer', 'demonyms.tsv'), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [forms, id] = line.split('\t');
      for (const form of forms!.split('|')) table.set(form, id!);
    }
  }
  const id = table.get(word.replace(/[’']s$/, ''));
  return id === undefined ? undefined : getGazetteer().byId(id);
}
