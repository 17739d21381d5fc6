/** Analysed example articles for the UI tests (the examples/ folder: articles written for newslens). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { Document } from '../../src/model/document.js';

let cached: Document[] | undefined;

/** Every example article, analysed once per process. */
export function exampleDocuments(): Document[] {
  if (cached) return cached;
  const dir = join(PACKAGE_ROOT, 'examples');
  const docs = [
    analyze(readFileSync(join(dir, 'donetsk-market-shelling.txt'), 'utf8'), { meta: { publishedAt: '2024-01-22', outlet: 'Example State Wire' } }),
    analyze(readFileSync(join(dir, 'kharkiv-missile-strike.txt'), 'utf8'), { meta: { publishedAt: '2024-01-24', outlet: 'Example Kyiv Daily' } }),
    analyze(new Uint8Array(readFileSync(join(dir, 'tbilisi-protest-arrests.html'))), { name: 'tbilisi-protest-arrests.html' }),
  ];
  for (const line of readFileSync(join(dir, 'web-sample.jsonl'), 'utf8').split('\n')) if (line.trim()) docs.push(analyze(JSON.parse(line)));
  cached = docs.filter((d) => d.status !== 'failed');
  return cached;
}
