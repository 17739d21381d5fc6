/**
 * `newslens eval claimants --data DIR [--predictions OUT.jsonl]`: per-claimant event facts on newslens'
 * own gold set (eval-data/event-claimants): events, who asserts, hedges, disputes or denies each, their
 * figures, and which mentions are one event. Metrics in docs/evals.md; predictions are written one
 * article per line in the compact form the scorer reads (`PredictedArticle`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { limited, type EvalTask } from '../task.js';
import { readClaimantGold } from './read-gold.js';
import { predictClaimants } from './predict-claimants.js';
import { claimantMetrics, emptyCounts, scoreArticle, type Miss } from './score-claimants.js';

export const claimantsTask: EvalTask = {
  name: 'claimants',
  summary: 'Per-claimant event facts (eval-data/event-claimants): claimant F1, position accuracy, figure F1, event-merge pairwise F1.',
  async run(args) {
    const articles = limited(readClaimantGold(args.data), args);
    const counts = emptyCounts();
    const misses: Miss[] = [];
    const predictions = articles.map((article) => {
      const predicted = predictClaimants(article);
      misses.push(...scoreArticle(article, predicted, counts));
      return predicted;
    });
    if (args.predictions) {
      mkdirSync(dirname(args.predictions), { recursive: true });
      writeFileSync(args.predictions, predictions.map((p) => JSON.stringify(p)).join('\n') + (predictions.length ? '\n' : ''));
    }
    const byPhenomenon = new Map<string, string[]>();
    for (const m of misses) byPhenomenon.set(m.phenomenon, [...(byPhenomenon.get(m.phenomenon) ?? []), m.detail]);
    const notes = [...byPhenomenon].sort(([a], [b]) => a.localeCompare(b)).flatMap(([phenomenon, details]) => [`${phenomenon} (${details.length}):`, ...details.map((d) => `  ${d}`)]);
    return {
      task: 'claimants',
      data: args.data,
      documents: articles.length,
      metrics: claimantMetrics(counts),
      notes,
      breakdown: { misses: Object.fromEntries([...byPhenomenon].map(([k, v]) => [k, v.length])) },
    };
  },
};

export default claimantsTask;
