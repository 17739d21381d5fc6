/**
 * `newslens eval places --data FILE.xml [--gold-toponyms] [--predictions OUT.tsv]`: geoparsing on the
 * LGL / GeoVirus XML corpora. With --gold-toponyms only the gold spans are resolved; without, toponyms
 * are found end to end by the default pipeline. Predictions: `docid start end lat lon` per line.
 * Geocoding metrics cover the gold toponyms that have coordinates (after the coordinate patches);
 * recognition counts those too, and predictions overlapping an unplaced gold toponym (a street) are
 * neither right nor wrong (`recognition_all.*` counts every gold toponym instead).
 */
import { writeFileSync } from 'node:fs';
import type { EvalTask } from '../task.js';
import { analyze } from '../../analyze.js';
import { gazetteerLoadMs } from '../../stages/places/gazetteer.js';
import { predictGoldToponyms } from './predict-gold.js';
import { applyPatches, patchFileFor } from './read-patches.js';
import { readGeoCorpus, type GoldToponym } from './read-corpus.js';
import { MAX_ERROR_KM, distanceKm, geocodingMetrics, matchPrediction, recognitionCounts, type PredictedToponym } from './score.js';
import { describeErrors, type ScoredToponym } from './describe-errors.js';

export const placesTask: EvalTask = {
  name: 'places',
  summary: 'Geoparsing on LGL / GeoVirus XML: Acc@161km, median km, AUC; end to end also recognition P/R/F1.',
  options: {
    'gold-toponyms': { type: 'boolean', help: 'resolve the gold toponym spans only' },
    limit: { type: 'string', help: 'evaluate only the first N articles' },
  },
  async run({ data, predictions, options }) {
    let articles = readGeoCorpus(data);
    if (typeof options['limit'] === 'string') articles = articles.slice(0, Number(options['limit']));
    const patchFile = process.env['NEWSLENS_NO_PATCHES'] ? undefined : patchFileFor(data);
    const patched = patchFile ? applyPatches(articles, patchFile) : 0;
    const goldMode = options['gold-toponyms'] === true;
    const errors: number[] = [];
    const scored: ScoredToponym[] = [];
    const rows: string[] = [];
    const recognition = { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 };
    const recognitionAll = { tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 };
    let predictMs = 0;
    for (const article of articles) {
      const started = performance.now();
      const predicted = goldMode ? predictGoldToponyms(article) : predictEndToEnd(article.text);
      predictMs += performance.now() - started;
      for (const p of predicted) rows.push(`${article.docid}\t${p.start}\t${p.end}\t${p.lat.toFixed(5)}\t${p.lon.toFixed(5)}`);
      const placed = article.toponyms.filter((t): t is GoldToponym & { lat: number; lon: number } => t.lat !== undefined && t.lon !== undefined);
      for (const gold of placed) {
        const p = matchPrediction(gold, predicted);
        const error = p ? distanceKm(gold.lat, gold.lon, p.lat, p.lon) : MAX_ERROR_KM;
        errors.push(error);
        scored.push({ docid: article.docid, gold, error, ...(p ? { predicted: p } : {}) });
      }
      if (!goldMode) {
        add(recognition, recognitionCounts(placed, predicted, article.toponyms.filter((t) => t.lat === undefined)));
        add(recognitionAll, recognitionCounts(article.toponyms, predicted));
      }
    }
    if (predictions) writeFileSync(predictions, rows.length ? `${rows.join('\n')}\n` : '');
    const metrics: Record<string, number> = { ...geocodingMetrics(errors), toponyms: errors.length };
    if (!goldMode) {
      Object.assign(metrics, prf('recognition', recognition), prf('recognition_all', recognitionAll));
    }
    const notes = [
      `${patched} gold coordinates patched from ${patchFile ?? 'no patch file'}; gazetteer loaded in ${gazetteerLoadMs.toFixed(0)} ms; prediction ${(predictMs / Math.max(1, articles.length)).toFixed(2)} ms per article`,
      ...describeErrors(scored),
    ];
    return { task: 'places', data, documents: articles.length, metrics, notes, breakdown: breakdownByType(scored) };
  },
};

function predictEndToEnd(text: string): PredictedToponym[] {
  const doc = analyze(text);
  return (doc.layers.places ?? []).filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => ({ start: p.start, end: p.end, lat: p.lat!, lon: p.lon! }));
}

function add(total: { tpPredicted: number; predicted: number; tpGold: number; gold: number }, part: typeof total): void {
  total.tpPredicted += part.tpPredicted;
  total.predicted += part.predicted;
  total.tpGold += part.tpGold;
  total.gold += part.gold;
}

function prf(prefix: string, c: { tpPredicted: number; predicted: number; tpGold: number; gold: number }): Record<string, number> {
  const precision = c.predicted ? c.tpPredicted / c.predicted : 0;
  const recall = c.gold ? c.tpGold / c.gold : 0;
  return { [`${prefix}.precision`]: precision, [`${prefix}.recall`]: recall, [`${prefix}.f1`]: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Acc@161km per gold feature type (LGL gives GeoNames classes). */
function breakdownByType(scored: ScoredToponym[]): Record<string, Record<string, number>> {
  const groups = new Map<string, number[]>();
  for (const s of scored) {
    const type = s.gold.featureType ?? 'unknown';
    groups.set(type, [...(groups.get(type) ?? []), s.error]);
  }
  const out: Record<string, Record<string, number>> = {};
  for (const [type, errs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    out[type] = { toponyms: errs.length, acc161: errs.filter((e) => e < 161).length / errs.length };
  }
  return out;
}

export default placesTask;
