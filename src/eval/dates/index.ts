/**
 * `newslens eval dates --data DIR [--predictions OUT.tsv]`: TempEval-3 time expression scores on
 * TimeML files. Each document is tagged from its plain text and its DCT alone; predictions are written
 * as TSV rows `doc start end type value` with offsets into the plain text of the TEXT element.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DOCUMENT_SCHEMA_ID, type Document } from '../../model/document.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { structureStage } from '../../stages/structure/index.js';
import { datesStage } from '../../stages/dates/index.js';
import { limitOf, type EvalTask } from '../task.js';
import { formatTally, newTally, tallyBreakdown, tallyErrors } from './analyse-errors.js';
import { findTimeMlFiles, readTimeMl } from './read-timeml.js';
import { addCounts, countTimexes, timexMetrics, ZERO_COUNTS } from './score-timex.js';

const pipeline = createPipeline([structureStage, datesStage]);

export const datesTask: EvalTask = {
  name: 'dates',
  summary: 'Time expressions (TempEval-3 TimeML): value, strict and relaxed extent, and type F1.',
  async run(args) {
    const files = findTimeMlFiles(args.data);
    const limit = limitOf(args) ?? Infinity;
    let counts = ZERO_COUNTS;
    const tally = newTally();
    const rows: string[] = [];
    for (const file of files.slice(0, limit)) {
      const gold = readTimeMl(file);
      const doc: Document = { schema: DOCUMENT_SCHEMA_ID, id: gold.doc, text: gold.text, meta: gold.dct ? { publishedAt: gold.dct } : {}, layers: {}, messages: [], status: 'ok' };
      pipeline.run(doc);
      const predicted = doc.layers.dates ?? [];
      counts = addCounts(counts, countTimexes(predicted, gold.timexes));
      tallyErrors(tally, predicted, gold.timexes);
      for (const p of predicted) rows.push([gold.doc, p.start, p.end, p.type, p.value].join('\t'));
    }
    if (args.predictions) {
      mkdirSync(dirname(args.predictions), { recursive: true });
      writeFileSync(args.predictions, rows.length ? `${rows.join('\n')}\n` : '');
    }
    return {
      task: 'dates',
      data: args.data,
      documents: Math.min(files.length, limit),
      metrics: { ...timexMetrics(counts), 'gold.count': counts.gold, 'predicted.count': counts.predicted },
      notes: formatTally(tally),
      breakdown: tallyBreakdown(tally),
    };
  },
};

export default datesTask;
