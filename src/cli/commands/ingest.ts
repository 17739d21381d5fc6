/** `newslens ingest <paths|urls...>`: read, analyse and store articles, with progress and a summary. */
import { availableParallelism } from 'node:os';
import type { IngestSummary } from '../../corpus/ingest.js';
import { formatDuration, renderProgress } from '../../corpus/progress-bar.js';
import { DEFAULT_MAX_BYTES } from '../../read/types.js';
import type { Command } from '../command.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read, analyse and store articles: files, folders, JSONL, RSS/Atom feeds, HTML pages, WARC archives.',
  usage: 'newslens ingest <path|url...> [--store URL] [--workers N] [--outlet NAME] [--json]',
  options: {
    ...STORE_OPTION,
    workers: { type: 'string', help: `analysis threads (default ${availableParallelism()}, one per core; 0 = this thread)` },
    outlet: { type: 'string', help: 'the outlet, for every article (overrides what readers find)' },
    'max-bytes': { type: 'string', help: `refuse single articles and feeds larger than this (default ${DEFAULT_MAX_BYTES})` },
    batch: { type: 'string', help: 'documents per transaction (default 100)' },
    json: { type: 'boolean', help: 'print the summary as one JSON object' },
    quiet: { type: 'boolean', help: 'no progress line' },
  },
  async run({ values, positionals }) {
    if (positionals.length === 0) throw usageError('ingest needs at least one input: a file, a folder, or a URL (feed, page, WARC)');
    const workers = intOption('workers', values.workers, availableParallelism(), 0);
    const maxBytes = intOption('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES);
    const batchSize = intOption('batch', values.batch, 100);
    const { ingest } = await import('../../corpus/ingest.js');
    const store = await openStoreOption(values.store);
    const tty = process.stderr.isTTY && !values.quiet;
    const controller = new AbortController();
    const onSignal = (): void => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort();
      process.stderr.write('\nnewslens: stopping after the articles in flight (Ctrl-C again to quit now; a re-run resumes)\n');
    };
    process.on('SIGINT', onSignal);
    let summary: IngestSummary;
    try {
      summary = await ingest(positionals, {
        store, workers, maxBytes, batchSize, signal: controller.signal,
        ...(typeof values.outlet === 'string' ? { overrides: { outlet: values.outlet } } : {}),
        ...(tty ? { onProgress: (p) => process.stderr.write(`\r${renderProgress(p)}\x1b[K`) } : {}),
      });
    } catch (error) {
      if (/no such file or folder/.test((error as Error).message)) throw new CliError((error as Error).message, EXIT.INPUT, 'Check the path.');
      throw new CliError(`ingest stopped: ${(error as Error).message}`, EXIT.RESOURCE, 'What was written is kept; run the same command again to resume.');
    } finally {
      process.off('SIGINT', onSignal);
      await store.close();
      if (tty) process.stderr.write('\n');
    }
    const usage = process.resourceUsage();
    const peakRssMiB = usage.maxRSS / 1024;
    // CPU of the whole process (every thread, workers included) since it started: what the run cost.
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    if (values.json) process.stdout.write(`${JSON.stringify({ ...summary, store: store.location, peakRssMiB: Math.round(peakRssMiB), cpuMs })}\n`);
    else process.stdout.write(formatSummary(summary, store.location));
    if (summary.failed === 0) return EXIT.OK;
    // A feed with bad items is stored except for them, but a script must not take it for a clean run.
    process.stderr.write(`newslens: ${summary.failed} input${summary.failed === 1 ? '' : 's'} could not be stored (each with its reason: newslens stats --failures); exit ${EXIT.INPUT}\n`);
    return EXIT.INPUT;
  },
};

/** Failures the summary lists, each with its file and line; the store keeps them all. */
const FAILURES_LISTED = 20;

function formatSummary(s: IngestSummary, location: string): string {
  const seconds = s.elapsedMs / 1000;
  const done = s.stored + s.duplicates + s.failed;
  const lines = [
    `${s.interrupted ? 'Interrupted' : 'Done'} in ${formatDuration(seconds)} (${(done / Math.max(seconds, 0.001)).toFixed(1)} articles/s) → ${location}`,
    `  stored               ${s.stored}`,
    // A re-run after a stop skips what the first run stored: "duplicate" read as a fault in the data.
    `  already stored       ${s.duplicates}${s.duplicates ? '  (skipped: the same input, URL or text)' : ''}`,
    `  failed               ${s.failed}`,
  ];
  for (const [code, n] of Object.entries(s.failuresByCode)) lines.push(`    ${code.padEnd(20)} ${n}`);
  for (const f of s.failures.slice(0, FAILURES_LISTED)) lines.push(`    ${f.message.slice(0, 200)}`);
  if (s.failed > FAILURES_LISTED) lines.push(`    (and ${s.failed - FAILURES_LISTED} more; all with their reasons: newslens stats --failures)`);
  if (s.ignored > 0) lines.push(`  ignored (not articles) ${s.ignored}: ${Object.entries(s.ignoredByReason).slice(0, 5).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
