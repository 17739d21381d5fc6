/**
 * The PostgreSQL store, for teams and large corpora: the same tables as SQLite, with tsvector
 * columns and GIN indexes for full-text search. Selected by a `postgres://` URL; `?schema=NAME`
 * keeps a corpus in its own schema (the contract tests use one per run).
 */
import pg from 'pg';
import type { Document } from '../../model/document.js';
import { packDocument, packRaw, unpackDocument, unpackRaw } from '../codec.js';
import { normalizeDate, pageOf } from '../filters.js';
import { personRoleRows } from '../index-rows.js';
import { claimIndexOf } from '../../corpus/claim-rows.js';
import { loadMigrations } from '../migration-files.js';
import { listedTitle } from '../listed-title.js';
import { redactStoreUrl } from '../open-store.js';
import { StoreError, type ClaimIndexBackfill, type PersonRoleBackfill, type FailureRecord, type OutletCount, type PutOutcome, type StaleDocument, type StorableDocument, type Store, type StoreStats, type StoredDocument } from '../types.js';
import { documentHeadsPostgres, entitiesPostgres, eventRowsPostgres, eventsPostgres, personRoleRowsPostgres, searchPostgres } from './postgres-queries.js';
import { quotesPostgres } from './quotes-query.js';
import { claimDocumentsPostgres } from './claim-documents.js';
import { fillClaimantIdsPostgres } from './claimant-upgrade.js';
import { backfillCueKindsPostgres } from './cue-kind-backfill.js';
import { insertClaimIndex, insertIndexRows, insertRoles, pgColumn, pgText } from './index-inserts.js';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens a PostgreSQL store and brings its schema up to date. */
export async function openPostgresStore(url: string): Promise<Store> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !IDENT.test(schema)) throw new StoreError(`expected a schema name of lower-case letters, digits and _, found "${schema}"`);
  // The schema as a connection option: every connection starts in it, before any query (a SET on
  // 'connect' raced the pool's first query on a new connection, and pg warns about that).
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 4, connectionTimeoutMillis: 10_000, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => { /* an idle client lost its connection; the next query reconnects */ });
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(7158321)');
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: string }) => r.version));
      for (const m of loadMigrations('postgres')) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`cannot open the PostgreSQL store ${redactStoreUrl(url)}: ${(error as Error).message}`);
  }
  return new PostgresStore(pool, redactStoreUrl(url));
}

class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  constructor(private readonly pool: pg.Pool, readonly location: string) {}

  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async put(items: readonly StorableDocument[]): Promise<PutOutcome[]> {
    return this.transaction(async (client) => {
      const outcomes: PutOutcome[] = [];
      for (const item of items) {
        const { doc } = item;
        const result = await client.query(`INSERT INTO documents (id, url, text_hash, raw_hash, source_key, outlet, published_at, title, status,
            pipeline_version, text, document, raw, raw_info) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            ON CONFLICT DO NOTHING RETURNING seq`, [
          doc.id, pgText(doc.meta.url), item.textHash, item.rawHash, pgText(item.sourceKey), pgText(doc.meta.outlet),
          normalizeDate(doc.meta.publishedAt) ?? null, pgText(listedTitle(doc)), doc.status, doc.pipeline?.version ?? 'none', pgText(doc.text),
          Buffer.from(item.packed?.document ?? packDocument(doc)), item.packed?.raw ? Buffer.from(item.packed.raw) : item.raw ? Buffer.from(packRaw(item.raw)) : null,
          item.rawInfo ? JSON.stringify(item.rawInfo) : null,
        ]);
        if (result.rowCount === 0) { outcomes.push('duplicate'); continue; }
        await insertIndexRows(client, Number(result.rows[0].seq), item);
        await client.query('DELETE FROM failures WHERE source_key = $1', [pgText(item.sourceKey)]);
        outcomes.push('stored');
      }
      return outcomes;
    });
  }


  async putFailures(failures: readonly FailureRecord[]): Promise<void> {
    if (failures.length === 0) return;
    await this.transaction(async (client) => {
      for (const f of failures) {
        await client.query(`INSERT INTO failures (source_key, raw_hash, code, message) VALUES ($1, $2, $3, $4)
          ON CONFLICT (source_key) DO UPDATE SET raw_hash = excluded.raw_hash, code = excluded.code, message = excluded.message, failed_at = now()`,
          [pgText(f.sourceKey), f.rawHash, f.code, pgText(f.message)]);
      }
    });
  }

  async seen(keys: { urls: readonly string[]; rawHashes: readonly string[] }): Promise<{ urls: Set<string>; rawHashes: Set<string> }> {
    const urls = keys.urls.length === 0 ? [] : (await this.pool.query('SELECT url FROM documents WHERE url = ANY($1::text[])', [keys.urls.map(pgText)])).rows.map((r: { url: string }) => r.url);
    const hashes = keys.rawHashes.length === 0 ? [] : (await this.pool.query('SELECT DISTINCT raw_hash FROM documents WHERE raw_hash = ANY($1::text[])', [keys.rawHashes])).rows.map((r: { raw_hash: string }) => r.raw_hash);
    return { urls: new Set(urls), rawHashes: new Set(hashes) };
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const { rows } = await this.pool.query('SELECT document, pipeline_version, source_key, ingested_at FROM documents WHERE id = $1', [id]);
    const row = rows[0] as { document: Buffer; pipeline_version: string; source_key: string; ingested_at: Date } | undefined;
    if (!row) return undefined;
    return { doc: unpackDocument(row.document), pipelineVersion: row.pipeline_version, sourceKey: row.source_key, ingestedAt: row.ingested_at.toISOString() };
  }

  search = (q: Parameters<Store['search']>[0]) => searchPostgres(this.pool, q);
  quotes = (q: Parameters<Store['quotes']>[0]) => quotesPostgres(this.pool, q);
  entities = (q: Parameters<Store['entities']>[0]) => entitiesPostgres(this.pool, q);
  events = (q: Parameters<Store['events']>[0]) => eventsPostgres(this.pool, q);
  eventRows = (q: Parameters<Store['eventRows']>[0], max: number) => eventRowsPostgres(this.pool, q, max);

  async failures(page: { limit?: number; offset?: number } = {}): Promise<FailureRecord[]> {
    const { limit, offset } = pageOf(page);
    const { rows } = await this.pool.query('SELECT source_key AS "sourceKey", raw_hash AS "rawHash", code, message FROM failures ORDER BY failed_at, source_key LIMIT $1 OFFSET $2', [limit, offset]);
    return rows as FailureRecord[];
  }

  async outlets(limit = 500): Promise<OutletCount[]> {
    const { rows } = await this.pool.query(`SELECT outlet, COUNT(*)::int AS documents FROM documents WHERE outlet IS NOT NULL
      GROUP BY outlet ORDER BY documents DESC, outlet COLLATE "C" LIMIT $1`, [Math.max(1, Math.min(limit, 10_000))]);
    return rows as OutletCount[];
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query(`SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM failures) AS failed,
      (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM events) AS events,
      (SELECT COUNT(*) FROM quotes WHERE cue_kind IS NULL) AS pending, (SELECT COUNT(*) FROM person_roles_pending) AS roles_pending,
      (SELECT COUNT(*) FROM claim_index_pending) AS claims_pending`);
    const versions = (await this.pool.query('SELECT pipeline_version AS v, COUNT(*)::int AS n FROM documents GROUP BY pipeline_version ORDER BY pipeline_version COLLATE "C"')).rows as Array<{ v: string; n: number }>;
    const r = rows[0] as Record<string, string>;
    return {
      documents: Number(r.documents), failed: Number(r.failed), quotes: Number(r.quotes), entities: Number(r.entities), events: Number(r.events),
      pipelineVersions: Object.fromEntries(versions.map((v) => [v.v, v.n])),
      quotesWithoutCueKind: Number(r.pending),
      documentsWithoutPersonRoles: Number(r.roles_pending),
      documentsWithoutClaimIndex: Number(r.claims_pending),
    };
  }

  personRoleRows = (name: string, max?: number) => personRoleRowsPostgres(this.pool, name, max);
  documentHeads = (seqs: readonly number[]) => documentHeadsPostgres(this.pool, seqs);

  async backfillPersonRoles(): Promise<PersonRoleBackfill> {
    const roles = await this.backfillPending('person_roles_pending', 'person_roles', async (client, seq, doc, col) => {
      const rows = personRoleRows(doc);
      await insertRoles(client, seq, rows, col);
      return rows.length;
    });
    return { documents: roles.documents, roles: roles.rows };
  }

  async backfillClaimIndex(): Promise<ClaimIndexBackfill> {
    // Claims indexed before claimants had ids get them from their claimant column; only articles with no index rows are read.
    const filled = await fillClaimantIdsPostgres((fn) => this.transaction(fn));
    const claims = await this.backfillPending('claim_index_pending', 'claim_index', async (client, seq, doc, col) => {
      const rows = claimIndexOf(doc);
      await insertClaimIndex(client, seq, rows, col);
      return rows.length;
    });
    return { documents: filled.documents + claims.documents, claims: filled.claims + claims.rows };
  }

  /**
   * Fills an index table for the documents listed in its pending table, 200 documents per transaction
   * (ingest can go on between them); `write` inserts one document's rows and says how many.
   * Table names are constants of this class, never input.
   */
  private async backfillPending(
    pending: 'person_roles_pending' | 'claim_index_pending',
    index: 'person_roles' | 'claim_index',
    write: (client: pg.PoolClient, seq: number, doc: Document, col: <T>(list: T[], f: (x: T) => unknown) => unknown[]) => Promise<number>,
  ): Promise<{ documents: number; rows: number }> {
    const result = { documents: 0, rows: 0 };
    const col = pgColumn;
    for (;;) {
      const n = await this.transaction(async (client) => {
        const { rows } = await client.query(`SELECT p.doc AS seq, d.document AS document FROM ${pending} p JOIN documents d ON d.seq = p.doc
          ORDER BY p.doc LIMIT 200 FOR UPDATE OF p SKIP LOCKED`);
        for (const { seq, document } of rows as Array<{ seq: string; document: Buffer }>) {
          await client.query(`DELETE FROM ${index} WHERE doc = $1`, [seq]);
          result.rows += await write(client, Number(seq), unpackDocument(document), col);
          await client.query(`DELETE FROM ${pending} WHERE doc = $1`, [seq]);
          result.documents++;
        }
        return rows.length;
      });
      if (n === 0) break;
    }
    return result;
  }

  claimDocuments = (...a: Parameters<Store['claimDocuments']>) => claimDocumentsPostgres(this.pool, ...a);

  backfillCueKinds = async () => backfillCueKindsPostgres(this.pool, (fn) => this.transaction(fn));

  async stale(pipelineVersion: string, afterSeq: number, limit: number): Promise<StaleDocument[]> {
    const { rows } = await this.pool.query('SELECT seq, id, source_key, raw, raw_info, document FROM documents WHERE pipeline_version <> $1 AND seq > $2 ORDER BY seq LIMIT $3', [pipelineVersion, afterSeq, limit]);
    return rows.map((r: { seq: string; id: string; source_key: string; raw: Buffer | null; raw_info: StaleDocument['rawInfo'] | null; document: Buffer }) => {
      const stale: StaleDocument = { seq: Number(r.seq), id: r.id, sourceKey: r.source_key, doc: unpackDocument(r.document) };
      if (r.raw) stale.raw = unpackRaw(r.raw);
      if (r.raw_info) stale.rawInfo = r.raw_info;
      return stale;
    });
  }

  async replace(seq: number, item: StorableDocument): Promise<void> {
    const { doc } = item;
    await this.transaction(async (client) => {
      for (const table of ['quotes', 'entities', 'events', 'claims', 'person_roles', 'person_roles_pending', 'claim_index', 'claim_index_pending']) await client.query(`DELETE FROM ${table} WHERE doc = $1`, [seq]);
      const result = await client.query(`UPDATE documents SET id = $1, url = $2, text_hash = $3, text = $4, status = $5, pipeline_version = $6, document = $7,
        outlet = $8, published_at = $9, title = $10 WHERE seq = $11`, [doc.id, pgText(doc.meta.url), item.textHash, pgText(doc.text), doc.status,
        doc.pipeline?.version ?? 'none', Buffer.from(item.packed?.document ?? packDocument(doc)), pgText(doc.meta.outlet), normalizeDate(doc.meta.publishedAt) ?? null,
        pgText(listedTitle(doc)), seq]);
      if (result.rowCount === 0) throw new StoreError(`expected a stored document at ${seq} to replace, found none`);
      await insertIndexRows(client, seq, item);
    });
  }

  async scan(afterSeq: number, limit: number): Promise<Array<{ seq: number; doc: Document }>> {
    const { rows } = await this.pool.query('SELECT seq, document FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit]);
    return rows.map((r: { seq: string; document: Buffer }) => ({ seq: Number(r.seq), doc: unpackDocument(r.document) }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
