/**
 * Builds `src/data/gazetteer/word-stats.tsv`: for every one-word gazetteer name, how English news uses
 * the word. Counts come from ../shared/data: CoNLL-2003 train (how often the capitalised word is tagged
 * a person, location, organisation or other name, or left untagged) and the CoNLL and PolNeAR train texts
 * (how often it is written in lower case, a sign of a common word: "mobile", "reading", "hope").
 * The recogniser reads these to tell "in Mobile" from "a mobile phone" and "Gov. Perry" from "Perry, Ga."
 *
 * Run after build-gazetteer: node .build/<you>/scripts/build-place-words.js [../shared/data]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, dataFile } from '../src/data/paths.js';
import { getGazetteer } from '../src/stages/places/gazetteer.js';
import { nameKey } from '../src/stages/places/normalize-name.js';

interface Counts { lower: number; per: number; loc: number; org: number; misc: number; none: number }

const shared = process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'data');
const counts = new Map<string, Counts>();
const get = (key: string): Counts => {
  let c = counts.get(key);
  if (!c) counts.set(key, (c = { lower: 0, per: 0, loc: 0, org: 0, misc: 0, none: 0 }));
  return c;
};
const LOWER = /^[a-z]+$/;
const CAPITALISED = /^[A-Z][a-z]+$/;

// CoNLL-2003 train: tags of capitalised words that are not sentence-initial.
let previousBlank = true;
for (const line of readFileSync(join(shared, 'conll2003', 'eng.train'), 'utf8').split('\n')) {
  const [word, , , tag] = line.split(' ');
  if (!word || word === '-DOCSTART-') { previousBlank = true; continue; }
  if (LOWER.test(word)) get(word).lower++;
  else if (CAPITALISED.test(word) && !previousBlank) {
    const c = get(word.toLowerCase());
    const type = tag?.slice(2) ?? '';
    if (type === 'PER') c.per++;
    else if (type === 'LOC') c.loc++;
    else if (type === 'ORG') c.org++;
    else if (type === 'MISC') c.misc++;
    else c.none++;
  }
  previousBlank = false;
}

// PolNeAR train texts: lower-case uses only (no name tags there).
const textDir = join(shared, 'polnear', 'train', 'text');
for (const file of readdirSync(textDir)) {
  for (const word of readFileSync(join(textDir, file), 'utf8').split(/[^A-Za-z]+/)) if (LOWER.test(word)) get(word).lower++;
}

const gazetteer = getGazetteer();
const lines = ['# word (lower case), lower-case uses, then capitalised non-initial uses in CoNLL-2003 train tagged PER, LOC, ORG, MISC, untagged. Built by scripts/build-place-words.ts from ../shared/data.'];
for (const [word, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (c.lower + c.per + c.loc + c.org + c.misc + c.none < 2) continue;
  if (gazetteer.lookup(nameKey(word)).length === 0) continue;
  lines.push([word, c.lower, c.per, c.loc, c.org, c.misc, c.none].join('\t'));
}
writeFileSync(dataFile('gazetteer', 'word-stats.tsv'), `${lines.join('\n')}\n`);
process.stdout.write(`wrote ${lines.length - 1} words\n`);
