/** `newslens reanalyze`: bring stored documents up to the current pipeline, from their raw input. */
import { availableParallelism } from 'node:os';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: 'Re-analyse stored documents made by an older pipeline version (from their raw input).',
  usage: 'newslens reanalyze [--store URL] [--workers N] [--index-only] [--json]',
  options: {
    ...STORE_OPTION,
    'index-only': { type: 'boolean', help: 'only fill in what the index lacks from the stored documents (cue kinds of quotes and person roles of documents stored before they were indexed), without re-analysis' },
    workers: { type: 'string', help: `analysis threads (default ${availableParallelism()})` },
    json: { type: 'boolean', help: 'print the summary as one JSON object' },
  },
  async run({ values }) {
    const store = await openStoreOption(values.store);
    try {
      // First what the stored documents already say: quote rows indexed before their cue kind was.
      const cueKinds = await store.backfillCueKinds();
      // And the person roles of documents stored before roles were indexed.
      const personRoles = await store.backfillPersonRoles();
      // And the claim index of documents with claims stored before it.
      const claimIndex = await store.backfillClaimIndex();
      const roles = (personRoles.documents === 0 ? '' : `person roles: ${personRoles.roles} roles indexed from ${personRoles.documents} document${personRoles.documents === 1 ? '' : 's'} stored before roles were indexed\n`)
        + (claimIndex.documents === 0 ? '' : `claims: ${claimIndex.claims} claims of ${claimIndex.documents} document${claimIndex.documents === 1 ? '' : 's'} brought up to the current claim index (stored before it, or before its claimant index)\n`);
      const filled = roles + (cueKinds.quotes === 0 ? '' : `cue kinds: ${cueKinds.filled} of ${cueKinds.quotes} quotes stored before kinds were indexed filled in from ${cueKinds.documents} stored document${cueKinds.documents === 1 ? '' : 's'}${cueKinds.quotes > cueKinds.filled ? ` (${cueKinds.quotes - cueKinds.filled} have a cue no lexicon knows: kind not known)` : ''}\n`);
      if (values['index-only']) {
        process.stdout.write(values.json ? `${JSON.stringify({ cueKinds, personRoles, claimIndex })}\n` : filled || 'cue kinds, person roles and claims: every row is indexed; nothing to fill in\n');
        return EXIT.OK;
      }
      const { reanalyze } = await import('../../corpus/reanalyze.js');
      const tty = process.stderr.isTTY && !values.json;
      const summary = await reanalyze({
        store, workers: intOption('workers', values.workers, availableParallelism(), 0),
        ...(tty ? { onProgress: (n: number) => process.stderr.write(`\r${n.toLocaleString('en')} re-analysed\x1b[K`) } : {}),
      });
      if (tty) process.stderr.write('\n');
      if (values.json) process.stdout.write(`${JSON.stringify({ ...summary, cueKinds, personRoles, claimIndex })}\n`);
      else process.stdout.write(`${filled}pipeline ${summary.version}: ${summary.replaced} re-analysed, ${summary.failed} failed (kept as they were)\n${summary.failures.slice(0, 5).map((f) => `  ${f.code} ${f.message}\n`).join('')}`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};
