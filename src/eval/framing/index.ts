/**
 * `newslens eval framing --data DIR [--predictions OUT] [--folds N]`: propaganda span identification
 * (SI) and technique classification (TC) on a folder in the PTC layout, scored as in SemEval-2020
 * Task 11. When the committed model was trained on any of the articles, the predictions are out of
 * fold (see cross-validate.ts); otherwise the committed model predicts them all.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { limitOf, type EvalTask } from '../task.js';
import { defaultFramingModel, FRAMING_MODEL_FILE } from '../../stages/framing/model/framing-model.js';
import { readPtcFolder } from './read-ptc.js';
import { predictArticle, type PtcPrediction } from './predict-ptc.js';
import { crossValidate } from './cross-validate.js';
import { scoreSi, siRecallByTechnique } from './score-si.js';
import { scoreTc } from './score-tc.js';

export const framingTask: EvalTask = {
  name: 'framing',
  summary: 'Propaganda spans (SI) and techniques (TC) on a PTC-layout folder (SemEval-2020 Task 11).',
  options: {
    folds: { type: 'string', help: 'framing: folds for out-of-fold prediction when the model saw the data (default 5)' },
    limit: { type: 'string', help: 'evaluate only the first N articles' },
  },
  async run(args) {
    const limit = limitOf(args);
    const articles = readPtcFolder(args.data, limit);
    const folds = typeof args.options.folds === 'string' ? Number(args.options.folds) : 5;
    const model = existsSync(FRAMING_MODEL_FILE) ? defaultFramingModel() : undefined;
    const seen = new Set(model?.trainedOn.articles ?? []);
    const overlap = model ? articles.filter((a) => seen.has(a.id)).length : articles.length;
    const notes: string[] = [];
    let predictions: PtcPrediction[];
    if (!model || overlap > 0) {
      notes.push(`protocol: ${folds}-fold cross-validation by article (article k in numeric id order is in fold k mod ${folds}); ${model ? `the committed model saw ${overlap} of these articles` : 'no committed model'}, so each prediction comes from a model trained on the other folds only`);
      predictions = crossValidate(articles, folds, (line) => process.stderr.write(`${line}\n`));
    } else {
      notes.push('protocol: the committed model (src/data/models/framing.bin.gz) predicts every article; it was trained on none of them');
      predictions = articles.map((a) => predictArticle(model, a));
    }
    const byId = new Map(predictions.map((p) => [p.id, p]));
    const si = scoreSi(new Map(predictions.map((p) => [p.id, p.si])), new Map(articles.map((a) => [a.id, a.si])));
    const tcPredicted = articles.flatMap((a) => (byId.get(a.id)?.tc ?? []).map((span) => ({ id: a.id, span })));
    const tcGold = articles.flatMap((a) => a.tc.map((span) => ({ id: a.id, span })));
    const tc = scoreTc(tcPredicted, tcGold);
    // Sanity baselines: the whole article as one span; every span Loaded_Language.
    const wholeSi = scoreSi(new Map(articles.map((a) => [a.id, [{ start: 0, end: a.text.length }]])), new Map(articles.map((a) => [a.id, a.si])));
    const loadedTc = scoreTc(tcGold.map((g) => ({ id: g.id, span: { ...g.span, technique: 'Loaded_Language' } })), tcGold);

    if (args.predictions) {
      mkdirSync(args.predictions, { recursive: true });
      writeFileSync(join(args.predictions, 'si.labels'), predictions.flatMap((p) => p.si.map((s) => `${p.id}\t${s.start}\t${s.end}\n`)).join(''));
      writeFileSync(join(args.predictions, 'tc.labels'), tcPredicted.map((l) => `${l.id}\t${l.span.technique}\t${l.span.start}\t${l.span.end}\n`).join(''));
    }
    const breakdown: Record<string, Record<string, number>> = {};
    const siRecall = siRecallByTechnique(new Map(predictions.map((p) => [p.id, p.si])), tcGold);
    notes.push('', 'technique                             gold  TC pred  TC precision  TC recall  TC f1  SI recall');
    for (const [technique, s] of Object.entries(tc.perTechnique)) {
      const r = siRecall[technique]?.recall ?? 0;
      breakdown[technique] = { ...s, siRecall: r };
      notes.push(`${technique.padEnd(36)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(8)}  ${s.precision.toFixed(3).padStart(12)}  ${s.recall.toFixed(3).padStart(9)}  ${s.f1.toFixed(3).padStart(5)}  ${r.toFixed(3).padStart(9)}`);
    }
    return {
      task: 'framing',
      data: args.data,
      documents: articles.length,
      metrics: {
        'si.precision': si.precision,
        'si.recall': si.recall,
        'si.f1': si.f1,
        'si.predicted': si.predicted,
        'si.gold': si.gold,
        'tc.micro.precision': tc.precision,
        'tc.micro.recall': tc.recall,
        'tc.micro.f1': tc.f1,
        'baseline.whole-article.si.f1': wholeSi.f1,
        'baseline.all-loaded-language.tc.micro.f1': loadedTc.f1,
      },
      notes,
      breakdown,
    };
  },
};

export default framingTask;
