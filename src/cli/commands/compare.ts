/**
 * `newslens compare`: how each outlet reported the same real-world events (casualty figures per
 * claimant, attribution, blame, names, loaded words) and where the accounts disagree. The comparison
 * (src/corpus/compare) loads only when the command runs, so help stays instant.
 */
import { writeFile } from 'node:fs/promises';
import type { CompareQuery } from '../../corpus/compare/types.js';
import type { Command } from '../command.js';
import { EXIT, usageError } from '../errors.js';
import { CLUSTER_ID, POSITIONAL_CLUSTER_ID } from '../../corpus/compare/cluster-id.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (not 2024-13-01 or 2024-02-30). */
function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare outlets on the same events: casualty figures per claimant, attribution, blame, naming, framing, contradictions.',
  usage: 'newslens compare [TEXT] [--place P] [--from D] [--to D] [--type T] [--outlet O] [--min-outlets N] [--cluster ID] [--format text|json]',
  options: {
    ...STORE_OPTION,
    place: { type: 'string', help: 'events at this place or near it (any spelling the gazetteer knows: Gorlovka finds Horlivka)' },
    from: { type: 'string', help: 'events on or after this day (YYYY-MM-DD; the event\'s date, else the article\'s)' },
    to: { type: 'string', help: 'events on or before this day' },
    type: { type: 'string', help: 'ACLED event type or sub-type ("Explosions/Remote violence")' },
    outlet: { type: 'string', help: 'only articles of this outlet' },
    radius: { type: 'string', help: 'kilometres two places may be apart and still be one event\'s (default 25)' },
    lag: { type: 'string', help: 'days after --to an article may report the event (default 7)' },
    'min-outlets': { type: 'string', help: 'only events reported by at least this many outlets (default 1)' },
    limit: { type: 'string', help: 'at most this many events, most widely reported first (default 10)' },
    cluster: { type: 'string', help: 'only the event with this id (shown in [brackets] by each event; stable as articles are stored)' },
    format: { type: 'string', help: 'text (default) or json' },
    output: { type: 'string', help: 'write to this file instead of standard output' },
  },
  async run({ values, positionals }) {
    const format = (values.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json') throw usageError(`--format must be text or json, found "${format}"`);
    const query: CompareQuery = {};
    for (const key of ['place', 'from', 'to', 'type', 'outlet'] as const) {
      const value = values[key];
      if (typeof value === 'string' && value.trim()) query[key] = value.trim();
    }
    for (const key of ['from', 'to'] as const) {
      if (query[key] !== undefined && !isDay(query[key]!)) throw usageError(`--${key} must be a day (YYYY-MM-DD), found "${query[key]}"`);
    }
    if (query.from && query.to && query.from > query.to) throw usageError(`--from must not be after --to, found ${query.from} > ${query.to}`);
    if (typeof values.cluster === 'string') {
      const id = values.cluster.trim();
      if (POSITIONAL_CLUSTER_ID.test(id)) throw usageError(`--cluster ${id} names an event by its position in an older result, which changes as articles are stored; run without --cluster and use the id in [brackets] (e and 10 hex digits)`);
      if (!CLUSTER_ID.test(id)) throw usageError(`--cluster must be an event id (e and 10 hex digits, as in [brackets] in the report), found "${id}"`);
      query.cluster = id;
    }
    if (positionals.length) query.text = positionals.join(' ');
    if (values.radius !== undefined) query.radiusKm = intOption('radius', values.radius, 25);
    if (values.lag !== undefined) query.lagDays = intOption('lag', values.lag, 7, 0);
    if (values['min-outlets'] !== undefined) query.minOutlets = intOption('min-outlets', values['min-outlets'], 1);
    if (values.limit !== undefined) query.limit = intOption('limit', values.limit, 10);
    const { compareEvents, formatCompareReport } = await import('../../corpus/compare/index.js');
    const store = await openStoreOption(values.store);
    try {
      const report = await compareEvents(store, query);
      const out = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatCompareReport(report);
      if (typeof values.output === 'string') await writeFile(values.output, out);
      else process.stdout.write(out);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};
