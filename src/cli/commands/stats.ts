/** `newslens stats [--json] [--failures]`: what the corpus holds. */
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count what the corpus holds: documents, failed inputs, quotes, entities, events.',
  usage: 'newslens stats [--store URL] [--json] [--failures [--limit N]]',
  options: {
    ...STORE_OPTION,
    json: { type: 'boolean', help: 'print one JSON object' },
    failures: { type: 'boolean', help: 'also list failed inputs with their reasons' },
    limit: { type: 'string', help: 'with --failures: at most this many (default 100)' },
  },
  async run({ values }) {
    const store = await openStoreOption(values.store);
    try {
      const stats = await store.stats();
      const failures = values.failures ? await store.failures({ limit: intOption('limit', values.limit, 100) }) : undefined;
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ store: store.location, ...stats, ...(failures ? { failures } : {}) })}\n`);
        return EXIT.OK;
      }
      const rows: Array<[string, number]> = [['documents', stats.documents], ['failed', stats.failed], ['quotes', stats.quotes], ['entities', stats.entities], ['events', stats.events]];
      const lines = [store.location, ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${v.toLocaleString('en')}`)];
      const versions = Object.entries(stats.pipelineVersions);
      if (versions.length > 1) lines.push('  by pipeline version:', ...versions.map(([v, n]) => `    ${v}  ${n}`));
      if (stats.quotesWithoutCueKind > 0) {
        lines.push(`  ${stats.quotesWithoutCueKind.toLocaleString('en')} quotes were stored before cue kinds were indexed: "speech only" leaves them out until \`newslens reanalyze --index-only\` fills them in from the stored documents (no re-analysis)`);
      }
      if (stats.documentsWithoutPersonRoles > 0) {
        const n = stats.documentsWithoutPersonRoles;
        lines.push(`  ${n.toLocaleString('en')} ${n === 1 ? 'document was' : 'documents were'} stored before person roles were indexed: a person's roles leave theirs out until \`newslens reanalyze --index-only\` fills them in from the stored documents (no re-analysis)`);
      }
      if (stats.documentsWithoutClaimIndex > 0) {
        const n = stats.documentsWithoutClaimIndex;
        lines.push(`  ${n.toLocaleString('en')} ${n === 1 ? 'document waits' : 'documents wait'} for the claim index: \`search --claims\` reads ${n === 1 ? 'its' : 'their'} claims from the stored ${n === 1 ? 'document' : 'documents'}, slowly, until \`newslens reanalyze --index-only\` indexes them (no re-analysis)`);
      }
      for (const f of failures ?? []) lines.push(`  ${f.code}  ${f.sourceKey}\n    ${f.message}`);
      process.stdout.write(`${lines.join('\n')}\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};
