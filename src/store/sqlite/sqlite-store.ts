/**
 * The embedded store: one SQLite file in WAL mode (readers never block the writer), FTS5 over
 * article text, quotes and entity names. better-sqlite3 is synchronous; the async methods keep the
 * interface the same as PostgreSQL's.
 */
import Database from 'better-sqlite3';
import type { Document } from '../../model/document.js';
import { packDocument, packRaw, unpackDocument, unpackRaw } from '../codec.js';
import { KIND_NOT_KNOWN } from '../cue-kind.js';
import { normalizeDate, pageOf } from '../filters.js';
import { facetTokens } from '../facets.js';
import { indexRows, personRoleRows, type ClaimIndexRow, type IndexRows } from '../index-rows.js';
import { listedTitle } from '../listed-title.js';
import { StoreError, type FailureRecord, type OutletCount, type PutOutcome, type StaleDocument, type StorableDocument, type Store, type StoreStats, type StoredDocument, type PersonRoleBackfill, type ClaimIndexBackfill } from '../types.js';
import { migrateSqlite } from './migrate.js';
import { fillClaimantIdsSqlite } from './claimant-upgrade.js';
import { claimIndexOf } from '../../corpus/claim-rows.js';
import { documentHeadsSqlite, entitiesSqlite, eventRowsSqlite, eventsSqlite, personRoleRowsSqlite, quotesSqlite, searchSqlite } from './sqlite-queries.js';
import { claimDocumentsSqlite } from './claim-documents.js';
import { backfillCueKindsSqlite } from './cue-kind-backfill.js';

/** Opens (creating when needed) a SQLite store at `path` and migrates its schema. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    db.pragma('cache_size = -65536');
    migrateSqlite(db);
  } catch (error) {
    throw new StoreError(`cannot open the SQLite store ${path}: ${(error as Error).message}`);
  }
  return new SqliteStore(db, path);
}

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly insertDoc;
  private readonly insertQuote;
  private readonly insertEntity;
  private readonly insertEvent;
  private readonly insertClaim;
  private readonly insertRole;
  private readonly insertClaimIndex;
  private readonly claimantId;
  private readonly insertClaimant;
  private readonly insertClaimantWord;
  private readonly deleteFailure;
  private readonly lastSeqs;
  private readonly indexNewText;

  constructor(private readonly db: Database.Database, readonly location: string) {
    this.insertDoc = db.prepare(`INSERT INTO documents (id, url, text_hash, raw_hash, source_key, outlet, published_at, title, status,
      pipeline_version, text, document, raw, raw_info, ingested_at, facets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
    this.insertQuote = db.prepare('INSERT INTO quotes (doc, quote_id, speaker, speaker_entity, form, content, cue, start_offset, end_offset, cue_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertEntity = db.prepare('INSERT INTO entities (doc, entity_id, type, name, names) VALUES (?, ?, ?, ?, ?)');
    this.insertEvent = db.prepare(`INSERT INTO events (doc, event_id, type, subtype, place, date, trigger, attribution, lat, lon, place_precision, place_country, recurring, crowd)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertClaim = db.prepare('INSERT INTO claims (doc, claim_id, status, published_at) VALUES (?, ?, ?, ?)');
    this.insertClaimIndex = db.prepare('INSERT INTO claim_index (doc, ordinal, statuses, claimant, event_types, claimant_id, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.claimantId = db.prepare('SELECT id FROM claimants WHERE key = ?').pluck();
    this.insertClaimant = db.prepare('INSERT INTO claimants (key) VALUES (?)');
    this.insertClaimantWord = db.prepare('INSERT OR IGNORE INTO claimant_words (word, claimant) VALUES (?, ?)');
    this.insertRole = db.prepare('INSERT INTO person_roles (doc, entity_id, role_key, role, start_offset, end_offset, mention_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.deleteFailure = db.prepare('DELETE FROM failures WHERE source_key = ?');
    this.lastSeqs = db.prepare('SELECT (SELECT COALESCE(MAX(seq), 0) FROM documents) AS documents, (SELECT COALESCE(MAX(qseq), 0) FROM quotes) AS quotes, (SELECT COALESCE(MAX(eseq), 0) FROM entities) AS entities');
    // Rows inserted in a transaction get rowids above the largest one before it (no explicit rowids).
    this.indexNewText = [
      db.prepare('INSERT INTO documents_fts (rowid, title, text, facets) SELECT seq, title, text, facets FROM documents WHERE seq > ?'),
      db.prepare('INSERT INTO quotes_fts (rowid, speaker, content) SELECT qseq, speaker, content FROM quotes WHERE qseq > ?'),
      db.prepare('INSERT INTO entities_fts (rowid, names) SELECT eseq, names FROM entities WHERE eseq > ?'),
    ] as const;
  }

  async put(items: readonly StorableDocument[]): Promise<PutOutcome[]> {
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      const before = this.lastSeqs.get() as { documents: number; quotes: number; entities: number };
      const outcomes = items.map((item) => this.putOne(item, now));
      // The full-text indexes in one statement each (migration 002 dropped the per-row triggers).
      this.indexNewText[0].run(before.documents);
      this.indexNewText[1].run(before.quotes);
      this.indexNewText[2].run(before.entities);
      return outcomes;
    }).immediate();
  }

  private putOne(item: StorableDocument, now: string): PutOutcome {
    const { doc } = item;
    const rows = item.index ?? indexRows(doc);
    const publishedAt = normalizeDate(doc.meta.publishedAt);
    const result = this.insertDoc.run(doc.id, doc.meta.url ?? null, item.textHash, item.rawHash, item.sourceKey, doc.meta.outlet ?? null,
      publishedAt ?? null, listedTitle(doc) ?? null, doc.status, doc.pipeline?.version ?? 'none', doc.text,
      item.packed?.document ?? packDocument(doc), item.packed?.raw ?? (item.raw ? packRaw(item.raw) : null),
      item.rawInfo ? JSON.stringify(item.rawInfo) : null, now, facetTokens(doc.meta.outlet, publishedAt, rows));
    if (result.changes === 0) return 'duplicate';
    this.insertIndex(Number(result.lastInsertRowid), rows, doc, publishedAt ?? null);
    this.deleteFailure.run(item.sourceKey);
    return 'stored';
  }

  /** The rows that index a document; `publishedAt` is its date as stored, which claim rows repeat for the claim pages (migration 013). */
  private insertIndex(seq: number, rows: IndexRows, doc: Document, publishedAt: string | null): void {
    for (const c of rows.claimIndex ?? claimIndexOf(doc)) this.writeClaimIndexRow(seq, c, publishedAt);
    for (const q of rows.quotes) this.insertQuote.run(seq, q.id, q.speaker ?? null, q.speakerEntity ?? null, q.form, q.content, q.cue ?? null, q.start, q.end, q.cueKind ?? KIND_NOT_KNOWN);
    for (const e of rows.entities) this.insertEntity.run(seq, e.id, e.type, e.name, e.names);
    for (const e of rows.events) {
      this.insertEvent.run(seq, e.id, e.type, e.subtype ?? null, e.place ?? null, e.date ?? null, e.trigger, e.attribution ?? null,
        e.lat ?? null, e.lon ?? null, e.placePrecision ?? null, e.placeCountry ?? null, e.recurring ? 1 : null, e.crowd ?? null);
    }
    for (const c of rows.claims) this.insertClaim.run(seq, c.id, c.status, publishedAt);
    for (const r of rows.personRoles) this.insertRole.run(seq, r.entity, r.key, r.role, r.start, r.end, r.mentionId ?? null);
  }

  /** One claim-index row, with its claimant's id (the claimant and its words added when new). */
  private writeClaimIndexRow(seq: number, c: ClaimIndexRow, publishedAt: string | null): void {
    this.insertClaimIndex.run(seq, c.ordinal, c.statuses, c.claimant, c.eventTypes, this.claimantIdOf(c.claimant), publishedAt);
  }

  /** The id of the claimant keyed `key` (" w1 w2 "), added with its words when new. */
  private claimantIdOf(key: string): number {
    let id = this.claimantId.get(key) as number | undefined;
    if (id === undefined) {
      id = Number(this.insertClaimant.run(key).lastInsertRowid);
      for (const word of new Set(key.split(' '))) if (word) this.insertClaimantWord.run(word, id);
    }
    return id;
  }

  async putFailures(failures: readonly FailureRecord[]): Promise<void> {
    const upsert = this.db.prepare(`INSERT INTO failures (source_key, raw_hash, code, message, failed_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (source_key) DO UPDATE SET raw_hash = excluded.raw_hash, code = excluded.code, message = excluded.message, failed_at = excluded.failed_at`);
    const now = new Date().toISOString();
    this.db.transaction(() => { for (const f of failures) upsert.run(f.sourceKey, f.rawHash, f.code, f.message, now); }).immediate();
  }

  async seen(keys: { urls: readonly string[]; rawHashes: readonly string[] }): Promise<{ urls: Set<string>; rawHashes: Set<string> }> {
    const urls = new Set<string>();
    const rawHashes = new Set<string>();
    const byUrl = this.db.prepare('SELECT 1 FROM documents WHERE url = ?').pluck();
    const byRaw = this.db.prepare('SELECT 1 FROM documents WHERE raw_hash = ? LIMIT 1').pluck();
    for (const url of keys.urls) if (byUrl.get(url) !== undefined) urls.add(url);
    for (const hash of keys.rawHashes) if (byRaw.get(hash) !== undefined) rawHashes.add(hash);
    return { urls, rawHashes };
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const row = this.db.prepare('SELECT document, pipeline_version, source_key, ingested_at FROM documents WHERE id = ?').get(id) as
      { document: Buffer; pipeline_version: string; source_key: string; ingested_at: string } | undefined;
    if (!row) return undefined;
    return { doc: unpackDocument(row.document), pipelineVersion: row.pipeline_version, sourceKey: row.source_key, ingestedAt: row.ingested_at };
  }

  search = async (q: Parameters<Store['search']>[0]) => searchSqlite(this.db, q);
  quotes = async (q: Parameters<Store['quotes']>[0]) => quotesSqlite(this.db, q);
  entities = async (q: Parameters<Store['entities']>[0]) => entitiesSqlite(this.db, q);
  events = async (q: Parameters<Store['events']>[0]) => eventsSqlite(this.db, q);
  eventRows = async (q: Parameters<Store['eventRows']>[0], max: number) => eventRowsSqlite(this.db, q, max);

  async failures(page: { limit?: number; offset?: number } = {}): Promise<FailureRecord[]> {
    const { limit, offset } = pageOf(page);
    return this.db.prepare('SELECT source_key AS sourceKey, raw_hash AS rawHash, code, message FROM failures ORDER BY failed_at, source_key LIMIT ? OFFSET ?').all(limit, offset) as FailureRecord[];
  }

  async outlets(limit = 500): Promise<OutletCount[]> {
    return this.db.prepare('SELECT outlet, COUNT(*) AS documents FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY documents DESC, outlet LIMIT ?')
      .all(Math.max(1, Math.min(limit, 10_000))) as OutletCount[];
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => Number(this.db.prepare(sql).pluck().get());
    const versions = this.db.prepare('SELECT pipeline_version AS v, COUNT(*) AS n FROM documents GROUP BY pipeline_version ORDER BY v').all() as Array<{ v: string; n: number }>;
    return {
      documents: count('SELECT COUNT(*) FROM documents'),
      failed: count('SELECT COUNT(*) FROM failures'),
      quotes: count('SELECT COUNT(*) FROM quotes'),
      entities: count('SELECT COUNT(*) FROM entities'),
      events: count('SELECT COUNT(*) FROM events'),
      pipelineVersions: Object.fromEntries(versions.map((r) => [r.v, r.n])),
      quotesWithoutCueKind: count('SELECT COUNT(*) FROM quotes WHERE cue_kind IS NULL'),
      documentsWithoutPersonRoles: count('SELECT COUNT(*) FROM person_roles_pending'),
      documentsWithoutClaimIndex: count('SELECT COUNT(*) FROM claim_index_pending'),
    };
  }

  personRoleRows = async (name: string, max?: number) => personRoleRowsSqlite(this.db, name, max);
  documentHeads = async (seqs: readonly number[]) => documentHeadsSqlite(this.db, seqs);

  async backfillPersonRoles(): Promise<PersonRoleBackfill> {
    const read = this.db.prepare('SELECT p.doc AS seq, d.document AS document FROM person_roles_pending p JOIN documents d ON d.seq = p.doc ORDER BY p.doc LIMIT 200');
    const done = this.db.prepare('DELETE FROM person_roles_pending WHERE doc = ?');
    const result: PersonRoleBackfill = { documents: 0, roles: 0 };
    // 200 documents per transaction: ingest can go on between them.
    for (;;) {
      const rows = read.all() as Array<{ seq: number; document: Buffer }>;
      if (rows.length === 0) break;
      this.db.transaction(() => {
        for (const { seq, document } of rows) {
          this.db.prepare('DELETE FROM person_roles WHERE doc = ?').run(seq);
          for (const r of personRoleRows(unpackDocument(document))) {
            this.insertRole.run(seq, r.entity, r.key, r.role, r.start, r.end, r.mentionId ?? null);
            result.roles++;
          }
          done.run(seq);
          result.documents++;
        }
      }).immediate();
    }
    return result;
  }

  async backfillClaimIndex(): Promise<ClaimIndexBackfill> {
    const read = this.db.prepare('SELECT p.doc AS seq, d.published_at AS publishedAt, d.document AS document FROM claim_index_pending p JOIN documents d ON d.seq = p.doc ORDER BY p.doc LIMIT 200');
    const done = this.db.prepare('DELETE FROM claim_index_pending WHERE doc = ?');
    const clear = this.db.prepare('DELETE FROM claim_index WHERE doc = ?');
    // Claims indexed before claimants had ids get them from their claimant column; only articles with no index rows are read.
    const result = fillClaimantIdsSqlite(this.db, (key) => this.claimantIdOf(key));
    // 200 documents per transaction: ingest can go on between them.
    for (;;) {
      const rows = read.all() as Array<{ seq: number; publishedAt: string | null; document: Buffer }>;
      if (rows.length === 0) break;
      this.db.transaction(() => {
        for (const { seq, publishedAt, document } of rows) {
          clear.run(seq);
          for (const c of claimIndexOf(unpackDocument(document))) {
            this.writeClaimIndexRow(seq, c, publishedAt);
            result.claims++;
          }
          done.run(seq);
          result.documents++;
        }
      }).immediate();
    }
    return result;
  }

  claimDocuments = async (...a: Parameters<Store['claimDocuments']>) => claimDocumentsSqlite(this.db, ...a);

  backfillCueKinds = async () => backfillCueKindsSqlite(this.db);

  async stale(pipelineVersion: string, afterSeq: number, limit: number): Promise<StaleDocument[]> {
    const rows = this.db.prepare('SELECT seq, id, source_key, raw, raw_info, document FROM documents WHERE pipeline_version <> ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(pipelineVersion, afterSeq, limit) as Array<{ seq: number; id: string; source_key: string; raw: Buffer | null; raw_info: string | null; document: Buffer }>;
    return rows.map((r) => {
      const stale: StaleDocument = { seq: r.seq, id: r.id, sourceKey: r.source_key, doc: unpackDocument(r.document) };
      if (r.raw) stale.raw = unpackRaw(r.raw);
      if (r.raw_info) stale.rawInfo = JSON.parse(r.raw_info);
      return stale;
    });
  }

  async replace(seq: number, item: StorableDocument): Promise<void> {
    const { doc } = item;
    this.db.transaction(() => {
      for (const table of ['quotes', 'entities', 'events', 'claims', 'person_roles', 'person_roles_pending', 'claim_index', 'claim_index_pending']) this.db.prepare(`DELETE FROM ${table} WHERE doc = ?`).run(seq);
      const rows = item.index ?? indexRows(doc);
      const publishedAt = normalizeDate(doc.meta.publishedAt);
      const result = this.db.prepare(`UPDATE documents SET id = ?, url = ?, text_hash = ?, text = ?, status = ?, pipeline_version = ?, document = ?, outlet = ?,
        published_at = ?, title = ?, facets = ? WHERE seq = ?`).run(doc.id, doc.meta.url ?? null, item.textHash, doc.text, doc.status, doc.pipeline?.version ?? 'none',
        item.packed?.document ?? packDocument(doc), doc.meta.outlet ?? null, publishedAt ?? null, listedTitle(doc) ?? null,
        facetTokens(doc.meta.outlet, publishedAt, rows), seq);
      if (result.changes === 0) throw new StoreError(`expected a stored document at ${seq} to replace, found none`);
      this.insertIndex(seq, rows, doc, publishedAt ?? null);
      this.db.prepare('INSERT INTO quotes_fts (rowid, speaker, content) SELECT qseq, speaker, content FROM quotes WHERE doc = ?').run(seq);
      this.db.prepare('INSERT INTO entities_fts (rowid, names) SELECT eseq, names FROM entities WHERE doc = ?').run(seq);
    }).immediate();
  }

  async scan(afterSeq: number, limit: number): Promise<Array<{ seq: number; doc: Document }>> {
    const rows = this.db.prepare('SELECT seq, document FROM documents WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Array<{ seq: number; document: Buffer }>;
    return rows.map((r) => ({ seq: r.seq, doc: unpackDocument(r.document) }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
