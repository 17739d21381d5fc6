/** The comparison end to end on SQLite (a temporary file). */
import { defineCompareSuite } from './compare-suite.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

defineCompareSuite('sqlite', async () => {
  const { store, cleanup } = await openFreshSqlite('compare', 'corpus.db');
  return { store, cleanup: async () => { await store.close(); await cleanup(); } };
});
