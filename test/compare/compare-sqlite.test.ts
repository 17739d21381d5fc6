/** The comparison end to end on SQLite (a temporary file). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { defineCompareSuite } from './compare-suite.js';

defineCompareSuite('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-compare-'));
  const store = await openStore(`sqlite:${join(dir, 'corpus.db')}`);
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});
