/**
 * PolNeAR's layout: `DIR/text/NAME.txt` and `DIR/attributions/NAME_ANNOTATOR.ann` (several annotators
 * may have annotated one article: the first file in name order is the gold), with `metadata.tsv`
 * giving each article's publisher and publication date.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PolnearArticle {
  name: string;
  textPath: string;
  /** The gold `.ann` file (first annotator in name order), when there is one. */
  annPath?: string;
}

export interface ArticleMetadata {
  publisher?: string;
  publishedAt?: string;
}

/** Lists the articles of a PolNeAR-style folder, in name order. */
export function listArticles(dir: string): PolnearArticle[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const anns = existsSync(annDir) ? readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort() : [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      // NAME.ann, or NAME_<annotator>.ann where the annotator id holds no underscore.
      const ann = anns.find((a) => a === `${name}.ann` || (a.startsWith(`${name}_`) && !a.slice(name.length + 1, -4).includes('_')));
      return ann ? { name, textPath: join(textDir, file), annPath: join(annDir, ann) } : { name, textPath: join(textDir, file) };
    });
}

/** Reads metadata.tsv (columns by header name: filename, publisher, publication_date). */
export function readMetadata(path: string): Map<string, ArticleMetadata> {
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const header = (rows.shift() ?? '').split('\t');
  const col = (name: string): number => header.indexOf(name);
  const [file, publisher, date] = [col('filename'), col('publisher'), col('publication_date')];
  const out = new Map<string, ArticleMetadata>();
  for (const row of rows) {
    const cells = row.split('\t');
    const name = cells[file] ?? '';
    const meta: ArticleMetadata = {};
    if (publisher >= 0 && cells[publisher] && cells[publisher] !== 'None') meta.publisher = cells[publisher];
    if (date >= 0 && /^\d{4}-\d{2}-\d{2}/.test(cells[date] ?? '')) meta.publishedAt = cells[date];
    out.set(name, meta);
  }
  return out;
}

/** The metadata file to use: the one given, else `metadata.tsv` in the data folder or its parent. */
export function findMetadata(dir: string, given?: string): string | undefined {
  if (given) return given;
  for (const candidate of [join(dir, 'metadata.tsv'), join(dirname(dir), 'metadata.tsv')]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Publisher from the file name when metadata has none ("nyt_2016-09-12_..." → "nyt"). */
export function publisherFromName(name: string): string | undefined {
  const m = /^([a-z-]+)_\d{4}-\d{2}-\d{2}/.exec(basename(name));
  return m?.[1];
}
