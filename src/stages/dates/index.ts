/**
 * The `dates` stage: a rule-based temporal tagger (HeidelTime-style). Finds time expressions, gives each
 * its TimeML TIMEX3 type (DATE, TIME, DURATION, SET) and value, resolved against the publication date,
 * with the parts the text states kept apart from the parts the anchor implies.
 */
import type { Stage } from '../../pipeline/stage.js';
import { DATES_STAGE, tagTimeExpressions } from './tag-time-expressions.js';

export { tagTimeExpressions, type TaggedTimes } from './tag-time-expressions.js';

export const datesStage: Stage = {
  name: DATES_STAGE,
  needs: ['tokens', 'sentences'],
  provides: ['dates'],
  version: '1',
  run(doc, ctx) {
    const { expressions, unresolved } = tagTimeExpressions(doc.text, doc.layers.tokens ?? [], doc.layers.sentences ?? [], doc.meta.publishedAt);
    doc.layers.dates = expressions;
    if (unresolved > 0) {
      const first = expressions.find((e) => e.value.includes('X'));
      const message = `${unresolved} time expression${unresolved === 1 ? '' : 's'} could not be resolved to calendar values: no publication date is known.`;
      ctx.report('W_DATE_UNRESOLVED', message, first ? { start: first.start, end: first.end, text: first.text } : undefined);
    }
  },
};
