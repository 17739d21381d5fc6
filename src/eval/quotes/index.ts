/**
 * `newslens eval quotes --data DIR [--metadata metadata.tsv] [--predictions OUT] [--nested]`: runs the
 * default analysis on every `DIR/text/*.txt` (with its publication date and publisher), writes one brat
 * file per article to OUT, and scores source, cue, content and whole attributions against the gold,
 * overall and per outlet.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../analyze.js';
import type { EvalTask } from '../task.js';
import { readBrat } from './read-brat.js';
import { findMetadata, listArticles, publisherFromName, readMetadata } from './read-polnear.js';
import { addDocument, emptyCounts, mergeCounts, metricsOf, type AttributionCounts } from './score-attributions.js';
import { quotesToBrat } from './to-brat.js';
import { writeBrat } from './write-brat.js';

const HEADLINE = ['source.overlap.f1', 'cue.overlap.f1', 'content.overlap.f1', 'attribution.overlap.f1', 'source.exact.f1', 'cue.exact.f1', 'content.exact.f1', 'content.char.f1'];

export const quotesTask: EvalTask = {
  name: 'quotes',
  summary: 'Attribution (source, cue, content) on PolNeAR-style brat folders: text/*.txt, attributions/*.ann.',
  options: {
    metadata: { type: 'string', help: 'metadata.tsv with publisher and publication_date per article' },
    nested: { type: 'boolean', help: 'also write nested attributions (PolNeAR annotates only the outermost)' },
    limit: { type: 'string', help: 'only the first N articles' },
  },
  async run({ data, predictions, options }) {
    const metadataPath = findMetadata(data, typeof options.metadata === 'string' ? options.metadata : undefined);
    const metadata = metadataPath ? readMetadata(metadataPath) : new Map();
    const limit = typeof options.limit === 'string' ? Number(options.limit) : Infinity;
    const nested = options.nested === true;
    const articles = listArticles(data).slice(0, limit);
    if (predictions) mkdirSync(predictions, { recursive: true });
    const total = emptyCounts();
    const perOutlet = new Map<string, AttributionCounts>();
    let stageMs = 0;
    let scored = 0;
    for (const article of articles) {
      const text = readFileSync(article.textPath, 'utf8');
      const meta = metadata.get(article.name) ?? {};
      const outlet: string = meta.publisher ?? publisherFromName(article.name) ?? 'unknown';
      const doc = analyze(text, { meta: { outlet, ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}) } });
      stageMs += (doc.pipeline?.stages ?? []).filter((s) => s.name === 'quotes' || s.name === 'claims').reduce((n, s) => n + s.ms, 0);
      const predicted = quotesToBrat(doc.layers.quotes ?? [], nested);
      if (predictions) writeFileSync(join(predictions, `${article.name}.ann`), writeBrat(doc.text, predicted));
      if (!article.annPath) continue;
      const gold = readBrat(readFileSync(article.annPath, 'utf8'));
      const counts = emptyCounts();
      addDocument(counts, gold, predicted);
      mergeCounts(total, counts);
      if (!perOutlet.has(outlet)) perOutlet.set(outlet, emptyCounts());
      mergeCounts(perOutlet.get(outlet)!, counts);
      scored++;
    }
    const breakdown: Record<string, Record<string, number>> = {};
    for (const [outlet, counts] of [...perOutlet].sort(([a], [b]) => a.localeCompare(b))) {
      const m = metricsOf(counts);
      breakdown[outlet] = Object.fromEntries([...HEADLINE, 'attribution.gold'].map((k) => [k, m[k] ?? 0]));
    }
    const notes = [
      `per outlet (overlap F1 unless named; ${scored} articles scored, quotes+claims stages ${(stageMs / Math.max(1, articles.length)).toFixed(2)} ms/article):`,
      `  ${'outlet'.padEnd(14)} ${['source', 'cue', 'content', 'attrib', 'src.ex', 'cue.ex', 'con.ex', 'con.chr', 'gold'].map((h) => h.padStart(7)).join(' ')}`,
      ...Object.entries(breakdown).map(([outlet, m]) => `  ${outlet.padEnd(14)} ${[...HEADLINE.map((k) => (m[k]! * 100).toFixed(1)), String(m['attribution.gold'])].map((v) => v.padStart(7)).join(' ')}`),
    ];
    return { task: 'quotes', data, documents: articles.length, metrics: metricsOf(total), breakdown, notes };
  },
};

export default quotesTask;
