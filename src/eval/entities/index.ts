/**
 * `newslens eval entities --data FILE.conll [--predictions OUT] [--lowercase]`: the NER tagger on a
 * CoNLL-2003 file. Predicts from the words as given (no re-tokenisation; no gold column is read by the
 * predictor), writes the file back with the predicted IOB2 tag appended to every line, and scores with
 * conlleval (exact boundaries and type, micro F1). `--lowercase` lower-cases the words in memory first,
 * to measure the tagger on text without capitals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { EvalTask } from '../task.js';
import { readConll, toIob2 } from './read-conll.js';
import { labelIds, scoreConll } from './score-conll.js';
import { describeWords } from '../../stages/pos/describe-words.js';
import { tagWords } from '../../stages/pos/tag-pos.js';
import { tagEntities } from '../../stages/entities/ner/tag-ner.js';
import { nerModel } from '../../stages/entities/ner/ner-model.js';
import { NER_LABELS, NER_TYPES } from '../../stages/entities/ner/labels.js';

export const entitiesTask: EvalTask = {
  name: 'entities',
  summary: 'Named entities (PER, ORG, LOC, MISC) on a CoNLL-2003 file: conlleval precision, recall, F1.',
  options: { lowercase: { type: 'boolean', help: 'lower-case the words before tagging (measures caseless text)' } },
  async run(args) {
    const file = readConll(readFileSync(args.data, 'utf8'));
    const lower = args.options.lowercase === true;
    const model = nerModel();
    const started = performance.now();
    const predicted = file.sentences.map((s) => {
      const words = lower ? s.words.map((w) => w.toLowerCase()) : s.words;
      return tagEntities(describeWords(words), tagWords(words), model);
    });
    const ms = performance.now() - started;
    const gold = file.sentences.map((s) => labelIds(toIob2(s.lines.map((l) => l.columns[l.columns.length - 1]!))));
    if (args.predictions) writeFileSync(args.predictions, predictionsFile(file, predicted));
    const { metrics, confusions } = scoreConll(gold, predicted);
    const tokens = file.sentences.reduce((n, s) => n + s.words.length, 0);
    const notes = [
      `${file.sentences.length} sentences, ${tokens} tokens${lower ? ', lower-cased' : ''}; POS + NER in one cold pass: ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s wall (steady state: scripts/bench-entities.ts)`,
      'Gold entities not found exactly, by what was predicted instead (a type: same span, other type; boundary: overlapping span):',
      ...NER_TYPES.map((t) => `  ${t.padEnd(5)} ${Object.entries(confusions[t] ?? {}).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`),
    ];
    return { task: 'entities', data: args.data, documents: Math.max(1, file.documents), metrics, notes, breakdown: confusions };
  },
};

/** The input lines with the predicted IOB2 tag appended (`O` on -DOCSTART- lines); blank lines kept. */
function predictionsFile(file: ReturnType<typeof readConll>, predicted: Int32Array[]): string {
  const byLine = new Map<object, string>();
  file.sentences.forEach((s, i) => s.lines.forEach((line, j) => byLine.set(line, NER_LABELS[predicted[i]![j]!]!)));
  return `${file.lines.map((line) => (line === null ? '' : `${line.raw.trimEnd()} ${byLine.get(line) ?? 'O'}`)).join('\n')}\n`;
}
