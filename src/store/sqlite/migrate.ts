/** Applies pending SQLite migrations, each in a transaction. */
import type Database from 'better-sqlite3';
import { loadMigrations } from '../migration-files.js';

/** Brings the schema up to date; returns the versions applied now. */
export function migrateSqlite(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: string }>).map((r) => r.version));
  const done: string[] = [];
  for (const migration of loadMigrations('sqlite')) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, new Date().toISOString());
    }).immediate();
    done.push(migration.version);
  }
  return done;
}
