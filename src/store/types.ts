/**
 * The store: one small interface over SQLite (embedded default) and PostgreSQL (teams, large corpora).
 * Both adapters pass the same contract suite (test/store/contract.ts). Every method is async so the
 * two are interchangeable; every query is parameterised, and full-text queries from users are parsed
 * by `parseSearchQuery` (see search-syntax.ts) before they reach either engine.
 */
import type { Document } from '../model/document.js';
import type { CueKindBackfill, ClaimIndexBackfill, OutletCount, PersonRoleBackfill, StoreStats } from './store-stats.js';
import type { EntityHit, EntityQuery, DocumentHit, Page, QuoteHit, QuoteQuery, SearchQuery, ClaimDocument, ClaimDocumentKey, Filters } from './query-filters.js';
import type { EventHit, EventQuery } from './event-query.js';
import type { DocumentHead, PersonRoleHit } from './person-role-query.js';
import type { FailureRecord, PutOutcome, StaleDocument, StorableDocument, StoredDocument } from './stored-document.js';

export type { FailureRecord, PutOutcome, RawInfo, StaleDocument, StorableDocument, StoredDocument } from './stored-document.js';
export type { ClaimDocument, ClaimDocumentKey, ClaimIndexFilter, DocumentHit, EntityHit, EntityQuery, Filters, Page, QuoteHit, QuoteQuery, SearchQuery } from './query-filters.js';
export type { CrowdHit, EventHit, EventQuery } from './event-query.js';
export type { ClaimIndexBackfill, CueKindBackfill, OutletCount, PersonRoleBackfill, StoreStats } from './store-stats.js';
export type { DocumentHead, PersonRoleHit } from './person-role-query.js';

/** The one store interface. Open one with `openStore(url)`. */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** A printable location without credentials. */
  readonly location: string;
  /**
   * Stores documents in one transaction. A document whose URL or text hash is already stored is a
   * `duplicate` and is not stored again. A stored input's failure record (same source key) is removed.
   */
  put(items: readonly StorableDocument[]): Promise<PutOutcome[]>;
  /** Records failures (upsert by source key: a re-run replaces, never doubles). */
  putFailures(failures: readonly FailureRecord[]): Promise<void>;
  /** Of the given URLs and raw hashes, those already stored: lets ingest skip work before analysis. */
  seen(keys: { urls: readonly string[]; rawHashes: readonly string[] }): Promise<{ urls: Set<string>; rawHashes: Set<string> }>;
  /** One document with every layer, or undefined. */
  get(id: string): Promise<StoredDocument | undefined>;
  /** Full-text search with filters; ranked by relevance when `text` is given, else newest first. */
  search(query: SearchQuery): Promise<DocumentHit[]>;
  quotes(query: QuoteQuery): Promise<QuoteHit[]>;
  entities(query: EntityQuery): Promise<EntityHit[]>;
  events(query: EventQuery): Promise<EventHit[]>;
  /**
   * Every event matching the filters (`page` is ignored), at most `max` (≤ 100,000), the most recently
   * stored first: for cross-document work that reads them all (`newslens compare`), one query without
   * the sorting and paging of `events`.
   */
  eventRows(query: EventQuery, max: number): Promise<EventHit[]>;
  /** Failed inputs with their reasons, oldest first. */
  failures(page?: Page): Promise<FailureRecord[]>;
  stats(): Promise<StoreStats>;
  /**
   * The outlets of the stored documents, the most prolific first (ties by name), at most `limit`
   * (default 500): the outlet filters match a name exactly, so forms offer the stored spellings.
   */
  outlets(limit?: number): Promise<OutletCount[]>;
  /** Documents not analysed by `pipelineVersion`, in storage order after `afterSeq`. */
  stale(pipelineVersion: string, afterSeq: number, limit: number): Promise<StaleDocument[]>;
  /**
   * Replaces the analysis of the document stored at `seq` (text, id and metadata too, when a newer
   * reader changed them) and its index rows, in one transaction.
   */
  replace(seq: number, item: StorableDocument): Promise<void>;
  /**
   * Fills in the cue kind of quote rows indexed before the store recorded it, from each stored
   * Document (no re-analysis): the quote's own kind, else its cue's lexicon kind. Afterwards
   * `stats().quotesWithoutCueKind` is 0; running it again reads nothing.
   */
  backfillCueKinds(): Promise<CueKindBackfill>;
  /**
   * The person entities whose name or aliases hold every word of `name` (as the `person` filter
   * matches), in every article, each with its roles there (one hit per role, or one without a role),
   * newest article first; at most `max` hits (default and ceiling 200,000).
   */
  personRoleRows(name: string, max?: number): Promise<PersonRoleHit[]>;
  /** The id, outlet, date and title of the stored documents at these sequence numbers (any order; unknown ones left out). */
  documentHeads(seqs: readonly number[]): Promise<DocumentHead[]>;
  /**
   * Indexes the person roles of documents stored before they were indexed, from each stored Document
   * (no re-analysis). Afterwards `stats().documentsWithoutPersonRoles` is 0.
   */
  backfillPersonRoles(): Promise<PersonRoleBackfill>;
  /**
   * Fills in the claim index of documents stored before it (migration: SQLite 011, PostgreSQL 012)
   * from their stored Documents, a few hundred per transaction; resumable.
   */
  backfillClaimIndex(): Promise<ClaimIndexBackfill>;
  /**
   * The articles that `query`'s filters keep and that have a claim its `claims` filter keeps (or wait for
   * the claim index), newest first (publication date, then storage order), after `after`, at most
   * `limit` (≤ 1000): ids, dates and claim counts only, never texts or Documents, so the per-claim export
   * skips a deep offset by counts and resumes from a cursor without reading what it skips.
   */
  claimDocuments(query: Filters & Pick<SearchQuery, 'text' | 'claims'>, after: ClaimDocumentKey | undefined, limit: number): Promise<ClaimDocument[]>;
  /** Every stored document, in storage order, a page at a time (for export). */
  scan(afterSeq: number, limit: number): Promise<Array<{ seq: number; doc: Document }>>;
  close(): Promise<void>;
}

/** Thrown when a store cannot be opened or used: a resource error, not a problem in a text. */
export class StoreError extends Error {
  override name = 'StoreError';
}
