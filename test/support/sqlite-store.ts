/**
 * A SQLite store in a fresh temporary folder: the SQLite side of the suites that run on both stores
 * (`definePostgresSuite` gives the PostgreSQL side), and of the tests that need a store file on disk,
 * e.g. to hand its URL to the CLI. Thirty-odd test files each made the folder and the URL and removed it
 * themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

export interface FreshSqlite {
  store: Store;
  /** The `sqlite:` URL of the store, for the CLI or for opening it again. */
  url: string;
  /** The temporary folder holding the store file, for other files a test writes. */
  dir: string;
  /** Removes the folder. Closing the store first is the test's part, as with `definePostgresSuite`. */
  cleanup: () => Promise<void>;
}

/** Where a fresh SQLite store would live: a new temporary folder named after `prefix`, and its URL. */
export function freshSqliteUrl(prefix: string, file = 'c.db'): { url: string; dir: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), `newslens-${prefix}-`));
  return { url: `sqlite:${join(dir, file)}`, dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new, empty SQLite store in a new temporary folder named after `prefix`. */
export async function openFreshSqlite(prefix: string, file = 'c.db'): Promise<FreshSqlite> {
  const place = freshSqliteUrl(prefix, file);
  return { ...place, store: await openStore(place.url) };
}
