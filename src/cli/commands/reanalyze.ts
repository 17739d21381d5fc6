/** `newslens reanalyze`: bring stored documents up to the current pipeline, from their raw input. */
import { availableParallelism } from 'node:os';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: 'Re-analyse stored documents made by an older pipeline version (from their raw input).',
  usage: 'newslens reanalyze [--store URL] [--workers N] [--json]',
  options: {
    ...STORE_OPTION,
    workers: { type: 'string', help: `analysis threads (default ${availableParallelism()})` },
    json: { type: 'boolean', help: 'print the summary as one JSON object' },
  },
  async run({ values }) {
    const { reanalyze } = await import('../../corpus/reanalyze.js');
    const store = await openStoreOption(values.store);
    try {
      const tty = process.stderr.isTTY && !values.json;
      const summary = await reanalyze({
        store, workers: intOption('workers', values.workers, availableParallelism(), 0),
        ...(tty ? { onProgress: (n: number) => process.stderr.write(`\r${n.toLocaleString('en')} re-analysed\x1b[K`) } : {}),
      });
      if (tty) process.stderr.write('\n');
      if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else process.stdout.write(`pipeline ${summary.version}: ${summary.replaced} re-analysed, ${summary.failed} failed (kept as they were)\n${summary.failures.slice(0, 5).map((f) => `  ${f.code} ${f.message}\n`).join('')}`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};
