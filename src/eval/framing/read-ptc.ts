/**
 * Reads a folder in the layout of the Propaganda Techniques Corpus (SemEval-2020 Task 11):
 * `articles/article<ID>.txt`, `task1-SI.labels` (`id start end`) and `task2-TC.labels`
 * (`id technique start end`), tab-separated, offsets in UTF-16 code units into the article text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled span of an article: the technique is absent for SI labels. */
export interface PtcSpan {
  start: number;
  end: number;
  technique?: string;
}

export interface PtcArticle {
  id: string;
  text: string;
  /** Gold SI spans (task1-SI.labels), in file order; empty when the file is absent. */
  si: PtcSpan[];
  /** Gold TC spans with techniques (task2-TC.labels), in file order; empty when the file is absent. */
  tc: PtcSpan[];
}

const ARTICLE_FILE = /^article(.+)\.txt$/;

/** Reads every article of a PTC-layout folder, with its labels, in numeric id order. */
export function readPtcFolder(dir: string, limit?: number): PtcArticle[] {
  const articlesDir = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  const ids = readdirSync(articlesDir)
    .map((f) => ARTICLE_FILE.exec(f)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort(compareIds);
  const chosen = limit === undefined ? ids : ids.slice(0, limit);
  const si = readLabels(join(dir, 'task1-SI.labels'), false);
  const tc = readLabels(join(dir, 'task2-TC.labels'), true);
  return chosen.map((id) => ({
    id,
    text: readFileSync(join(articlesDir, `article${id}.txt`), 'utf8'),
    si: si.get(id) ?? [],
    tc: tc.get(id) ?? [],
  }));
}

/** Numeric ids in numeric order, others after them in string order. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function readLabels(path: string, withTechnique: boolean): Map<string, PtcSpan[]> {
  const byArticle = new Map<string, PtcSpan[]>();
  if (!existsSync(path)) return byArticle;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim().length === 0) continue;
    const cells = line.split('\t');
    const id = cells[0]!;
    const span: PtcSpan = withTechnique
      ? { technique: cells[1]!, start: Number(cells[2]), end: Number(cells[3]) }
      : { start: Number(cells[1]), end: Number(cells[2]) };
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) throw new Error(`expected "id${withTechnique ? ' technique' : ''} start end" in ${path}, found "${line}"`);
    let list = byArticle.get(id);
    if (!list) byArticle.set(id, (list = []));
    list.push(span);
  }
  return byArticle;
}
