/** The store contract on SQLite (a fresh file per test). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { defineStoreContract } from './contract.js';

defineStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-store-'));
  const store = await openStore(`sqlite:${join(dir, 'corpus.db')}`);
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
