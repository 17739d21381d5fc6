/**
 * The comparison end to end on PostgreSQL, in a fresh schema (see test/support/postgres-schema.ts for
 * where the server comes from, and when the suite is skipped or fails without one).
 */
import { definePostgresSuite } from '../support/postgres-schema.js';
import { defineCompareSuite } from './compare-suite.js';

definePostgresSuite('compare: postgres', 'compare', (label, open) => defineCompareSuite(label, async () => {
  const { store, cleanup } = await open();
  return { store, cleanup: async () => { await store.close(); await cleanup(); } };
}));
