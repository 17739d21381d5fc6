/**
 * Out-of-fold prediction. Articles are put in numeric id order and article k goes to fold k mod n; for
 * each fold a model is trained on the other folds only and predicts the fold, so every prediction comes
 * from a model that never saw the article (its spans, its words, its threshold choice).
 */
import { trainFramingModel } from '../../stages/framing/model/train-framing-model.js';
import type { PtcArticle } from './read-ptc.js';
import { predictArticle, type PtcPrediction } from './predict-ptc.js';

/** The fold of the article at position `index` in numeric id order. */
export function foldOf(index: number, folds: number): number {
  return index % folds;
}

/** Predicts every article with a model trained on the other folds. */
export function crossValidate(articles: readonly PtcArticle[], folds: number, log: (line: string) => void): PtcPrediction[] {
  const predictions: PtcPrediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = articles.filter((_, i) => foldOf(i, folds) !== fold);
    const test = articles.filter((_, i) => foldOf(i, folds) === fold);
    const model = trainFramingModel(train, `fold ${fold + 1} of ${folds}`, (line) => log(`fold ${fold + 1}/${folds}: ${line}`));
    for (const article of test) predictions.push(predictArticle(model, article));
    log(`fold ${fold + 1}/${folds}: trained on ${train.length} articles, predicted ${test.length}`);
  }
  return predictions;
}
