/** `newslens eval <task> --data PATH [--predictions OUT] [--json]`: score a component on gold data. */
import { EVAL_TASKS } from '../../eval/tasks.js';
import type { EvalResult } from '../../eval/task.js';
import { CliError, EXIT, usageError } from '../errors.js';
import type { Command } from '../command.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score a component on a gold data set and write predictions in its format.',
  usage: `newslens eval <${Object.keys(EVAL_TASKS).join('|') || 'task'}> --data PATH [--predictions OUT] [--json] [task options]`,
  options: {
    data: { type: 'string', help: 'the gold data (file or folder, in the benchmark format)' },
    predictions: { type: 'string', help: 'where to write predictions in the benchmark format' },
    json: { type: 'boolean', help: 'print one JSON object {task, data, documents, metrics} on stdout' },
    metadata: { type: 'string', help: 'quotes: metadata.tsv with publication dates' },
    'gold-toponyms': { type: 'boolean', help: 'places: resolve the gold toponym spans only' },
    limit: { type: 'string', help: 'evaluate only the first N documents (a quick smoke run)' },
    lowercase: { type: 'boolean', help: 'entities: lower-case the words before tagging (text without capitals)' },
    folds: { type: 'string', help: 'framing: cross-validation folds when the committed model saw the data (default 5)' },
    nested: { type: 'boolean', help: 'quotes: also write nested attributions (PolNeAR annotates only the outermost)' },
  },
  async run({ values, positionals }) {
    const name = positionals[0];
    if (!name) throw usageError(`eval needs a task: ${Object.keys(EVAL_TASKS).join(', ')}`);
    const load = EVAL_TASKS[name];
    if (!load) throw usageError(`unknown eval task "${name}"; known: ${Object.keys(EVAL_TASKS).join(', ')}`);
    if (typeof values.data !== 'string') throw usageError(`eval ${name} needs --data PATH`);
    const task = await load();
    const { data, predictions, json, ...options } = values;
    let result: EvalResult;
    try {
      result = await task.run({ data, ...(typeof predictions === 'string' ? { predictions } : {}), options: options as Record<string, string | boolean | undefined> });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(`eval ${name}: cannot read ${(error as NodeJS.ErrnoException).path ?? data}`, EXIT.INPUT, 'Check --data: it must point at the data set in its own format.');
      throw error;
    }
    if (json) {
      const { notes: _notes, ...rest } = result;
      process.stdout.write(`${JSON.stringify(rest)}\n`);
    } else {
      process.stdout.write(formatResult(result));
    }
    return EXIT.OK;
  },
};

function formatResult(result: EvalResult): string {
  const lines = [`${result.task} on ${result.data} (${result.documents} documents)`];
  const width = Math.max(...Object.keys(result.metrics).map((k) => k.length));
  for (const [metric, value] of Object.entries(result.metrics)) lines.push(`  ${metric.padEnd(width)}  ${Number.isInteger(value) ? value : value.toFixed(4)}`);
  if (result.notes?.length) lines.push('', ...result.notes);
  return `${lines.join('\n')}\n`;
}
