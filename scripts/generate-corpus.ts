/**
 * A deterministic synthetic news corpus for benchmarks and large tests: articles of ~400–800 words
 * with direct and indirect quotes, named people and organisations, places, dates and figures, from
 * eight outlets over two years. The same seed and count always give the same bytes. Not committed:
 * generate it where it is needed.
 *
 *   node .build/<you>/scripts/generate-corpus.js --articles 100000 --out /tmp/corpus.jsonl [--seed 1]
 *   node .build/<you>/scripts/generate-corpus.js --articles 50 --out /tmp/articles --files
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as V from './corpus-vocabulary.js';

export interface GeneratedArticle {
  title: string;
  text: string;
  url: string;
  outlet: string;
  publishedAt: string;
}

/** mulberry32: a small, fast, seedable PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLOT = /\{(\w+)\}/g;
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What the generator knows it put in an article: its quotes (offsets into the text) and names. */
export interface ArticleTruth {
  quotes: Array<{ speaker: string; start: number; end: number }>;
  people: string[];
  places: string[];
  organisations: string[];
}

/** Article number `index` of the corpus with this seed. */
export function generateArticle(index: number, seed = 1): GeneratedArticle {
  return generateAnnotatedArticle(index, seed).article;
}

/** The article and what the generator put in it (for benchmarks that need layers without analysis). */
export function generateAnnotatedArticle(index: number, seed = 1): { article: GeneratedArticle; truth: ArticleTruth } {
  const random = rng(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people = Array.from({ length: 3 }, () => ({ name: `${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)}`, role: pick(V.ROLES) }));
  const place = pick(V.PLACES);
  const truth: ArticleTruth = { quotes: [], people: [], places: [place], organisations: [] };
  const note = (list: string[], value: string): void => { if (!list.includes(value)) list.push(value); };
  const fill = (template: string): string => template.replace(SLOT, (_, slot: string) => {
    const lower = slot.toLowerCase();
    const value = lower === 'place' ? (random() < 0.7 ? place : pick(V.PLACES)) : lower === 'site' ? pick(V.SITES) : lower === 'weapon' ? pick(V.WEAPONS)
      : lower === 'org' ? pick(V.ORGANISATIONS) : lower === 'topic' ? pick(V.TOPICS) : lower === 'weekday' ? pick(V.WEEKDAYS) : lower === 'month' ? pick(V.MONTHS)
      : lower === 'n' ? String(2 + Math.floor(random() * 60)) : lower === 'm' ? String(10 + Math.floor(random() * 400)) : lower === 'name' ? pick(people).name : slot;
    if (lower === 'place') note(truth.places, value);
    if (lower === 'org') note(truth.organisations, value.replace(/^the /, ''));
    if (lower === 'name') note(truth.people, value);
    return slot[0] === slot[0]!.toUpperCase() ? capital(value) : value;
  });
  const target = 400 + Math.floor(random() * 400);
  let text = '';
  let words = 0;
  const introduced = new Set<string>();
  while (words < target) {
    if (text) text += '\n\n';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) {
      if (i > 0) text += ' ';
      const r = random();
      let sentence: string;
      if (r < 0.22) {
        const person = pick(people);
        const who = introduced.has(person.name) ? person.name.split(' ')[1]! : `${person.name}, ${person.role},`;
        introduced.add(person.name);
        note(truth.people, person.name);
        const content = fill(pick(V.QUOTES));
        truth.quotes.push({ speaker: person.name, start: text.length + 1, end: text.length + 1 + content.length });
        sentence = `"${content}," ${who.endsWith(',') ? `said ${who.slice(0, -1)}` : `${who} ${pick(V.VERBS)}`}.`;
      } else if (r < 0.32) {
        sentence = fill(pick(V.INDIRECT));
      } else {
        sentence = fill(pick(V.NARRATION));
      }
      text += sentence;
      words += sentence.split(' ').length;
    }
  }
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000);
  const outlet = pick(V.OUTLETS);
  const slug = outlet.toLowerCase().replace(/[^a-z]+/g, '-');
  const article = {
    title: capital(fill(`{Weapon} hit {site} in ${place}, ${people[0]!.name.split(' ')[1]} says`)),
    text,
    url: `https://${slug}.example/${day.toISOString().slice(0, 10)}/article-${seed}-${index}`,
    outlet,
    publishedAt: day.toISOString().slice(0, 10),
  };
  return { article, truth };
}

/** Writes `count` articles as JSONL (one record per line) and returns the bytes written. */
export async function writeJsonlCorpus(path: string, count: number, seed = 1): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const line = `${JSON.stringify(generateArticle(i, seed))}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return bytes;
}

/** Writes `count` articles as text files in a folder (title on the first line). */
export function writeFileCorpus(dir: string, count: number, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const a = generateArticle(i, seed);
    writeFileSync(join(dir, `article-${String(i).padStart(6, '0')}.txt`), `${a.title}\n\n${a.text}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, files: { type: 'boolean' } } });
  const count = Number(values.articles ?? 1000);
  const seed = Number(values.seed ?? 1);
  if (!values.out || !Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: generate-corpus --articles N --out PATH [--seed S] [--files]\n');
    process.exit(2);
  }
  if (values.files) writeFileCorpus(values.out, count, seed);
  else process.stdout.write(`${await writeJsonlCorpus(values.out, count, seed)} bytes\n`);
}
