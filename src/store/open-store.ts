/**
 * Opens a store from a URL: `sqlite:PATH` (the default, `sqlite:newslens.db` in the current folder)
 * or `postgres://user:pass@host:port/db` (also `postgresql://`; `?schema=NAME` selects a schema).
 * Drivers load only when their backend is used.
 */
import { StoreError, type Store } from './types.js';

/** The store used when no `--store` is given. */
export const DEFAULT_STORE_URL = 'sqlite:newslens.db';

/** Opens the store at `url` and brings its schema up to date. Throws StoreError when it cannot. */
export async function openStore(url: string = DEFAULT_STORE_URL): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(url);
  }
  const path = sqlitePath(url);
  if (path === undefined) {
    throw new StoreError(`expected a store URL "sqlite:PATH" or "postgres://...", found "${url}"`);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(path);
}

function sqlitePath(url: string): string | undefined {
  const m = /^sqlite:(?:\/\/)?(.+)$/i.exec(url);
  if (m) return m[1];
  if (/\.(db|sqlite3?)$/i.test(url)) return url;
  return undefined;
}

/** The URL with any password hidden, for messages and logs. */
export function redactStoreUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
