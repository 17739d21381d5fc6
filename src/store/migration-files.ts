/**
 * Schema migrations: numbered SQL files per backend (`src/store/<backend>/migrations/NNN_name.sql`),
 * applied in order, each in its own transaction, and recorded in `schema_migrations`. They are read
 * from the source tree at run time (like src/data), so every build folder uses the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../data/paths.js';

export interface Migration {
  /** `001_init` */
  version: string;
  sql: string;
}

const FILE = /^(\d{3}_[a-z0-9_]+)\.sql$/;

/** The migrations of a backend, in order. */
export function loadMigrations(backend: 'sqlite' | 'postgres'): Migration[] {
  const dir = join(PACKAGE_ROOT, 'src', 'store', backend, 'migrations');
  return readdirSync(dir)
    .map((name) => FILE.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: m[1]!, sql: readFileSync(join(dir, m[0]), 'utf8') }))
    .sort((a, b) => a.version.localeCompare(b.version));
}
