/**
 * What the paired timing tools (paired-builds.ts, paired-quartiles.ts) share: loading `analyze` from a
 * compiled build, and the texts of a corpus by name, with a message when there are none.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadNewsTexts, loadTexts } from './pipeline.js';

export type Analyze = (text: string, options: { meta: { publishedAt: string } }) => { pipeline?: { stages: Array<{ name: string; ms: number }> } };

/** `analyze` of a `tsc --outDir` folder (one holding src/analyze.js). */
export async function loadAnalyze(build: string): Promise<Analyze> {
  const module = (await import(pathToFileURL(resolve(build, 'src/analyze.js')).href)) as { analyze: Analyze };
  return module.analyze;
}

/** Whether `corpus` names a corpus the tools time. */
export function isCorpus(corpus: string): corpus is 'examples' | 'news' {
  return corpus === 'examples' || corpus === 'news';
}

/** The texts of `corpus`; undefined (and a message on stderr) when none are found. */
export function corpusTexts(corpus: 'examples' | 'news'): string[] | undefined {
  const texts = corpus === 'news' ? loadNewsTexts() : loadTexts();
  if (texts.length > 0) return texts;
  process.stderr.write(`no ${corpus} texts found (the news texts need ../shared beside the repository)\n`);
  return undefined;
}
