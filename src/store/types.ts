/**
 * The store: one small interface over SQLite (embedded default) and PostgreSQL (teams, large corpora).
 * Both adapters pass the same contract suite (test/store/contract.ts). Every method is async so the
 * two are interchangeable; every query is parameterised, and full-text queries from users are parsed
 * by `parseSearchQuery` (see search-syntax.ts) before they reach either engine.
 */
import type { Document, DocumentMeta } from '../model/document.js';
import type { IndexRows } from './index-rows.js';
import type { CueKind } from '../model/layers/quotes.js';

/** A document ready to store: the analysed Document plus what dedup, resume and re-analysis need. */
export interface StorableDocument {
  doc: Document;
  /** SHA-256 of the canonical text: the content key for de-duplication. */
  textHash: string;
  /** SHA-256 of the raw input, so a re-run can skip it before reading or analysing it again. */
  rawHash: string;
  /** Where the input came from (`path`, `path#L12`, `file.warc.gz#<urn:uuid:...>`). */
  sourceKey: string;
  /** The raw input as read (HTML, a JSONL line, the HTTP payload), kept for re-analysis. */
  raw?: Uint8Array;
  /** How to read `raw` again: the reader options and metadata defaults that were used. */
  rawInfo?: RawInfo;
  /** Rows for the search indexes; computed from `doc` by `indexRows` when absent. */
  index?: IndexRows;
  /**
   * `doc` and `raw` already packed (codec.ts), done in ingest workers. When present, `packed.document`
   * is what is stored, and `doc` need only carry id, text, meta, status and pipeline.
   */
  packed?: { document: Uint8Array; raw?: Uint8Array };
}

/** How a raw input is read again for re-analysis. */
export interface RawInfo {
  kind: 'bytes' | 'record';
  name?: string;
  contentType?: string;
  /** Metadata used where the reader finds none (a WARC capture date, a feed's outlet). */
  defaults?: DocumentMeta;
  /** Metadata that overrides the reader's (`--outlet`). */
  overrides?: DocumentMeta;
}

/** An input that could not be read or analysed: kept with its reason, never dropped. */
export interface FailureRecord {
  sourceKey: string;
  rawHash: string;
  /** A message code (`E_INPUT_MALFORMED`, `E_WARC_RECORD`...) and a sentence for a person. */
  code: string;
  message: string;
}

/** What happened to one item given to `put`. */
export type PutOutcome = 'stored' | 'duplicate';

/** A document as stored: the Document plus its store-side facts. */
export interface StoredDocument {
  doc: Document;
  pipelineVersion: string;
  sourceKey: string;
  ingestedAt: string;
}

/** Filters shared by document, quote and event queries; each one narrows the result. */
export interface Filters {
  outlet?: string;
  /** Inclusive lower bound on the publication date (ISO, compared as text: `2024-01-01`). */
  from?: string;
  /** Inclusive upper bound; a bare date includes that whole day. */
  to?: string;
  /** Documents that mention a person, organisation or place with this name (words of the name, any order). */
  person?: string;
  organisation?: string;
  place?: string;
  /** Documents quoting this speaker. */
  speaker?: string;
  /** Documents reporting an event of this type or sub-type (ACLED labels). */
  eventType?: string;
  /** Documents with at least one claim of this status (`asserted`, `attributed`, `hedged`...). */
  claimStatus?: string;
}

export interface Page {
  /** At most this many results (default 20, at most 1000). */
  limit?: number;
  offset?: number;
}

export interface SearchQuery extends Filters, Page {
  /** Full-text query in the syntax of search-syntax.ts: words, "phrases", OR, -exclusions. */
  text?: string;
  /**
   * `relevance` (the default with `text`): best first. A query matching more than 5,000
   * documents is ranked among its 5,000 most recently stored matches (more when paging past them),
   * which keeps latency flat as the corpus grows. `date`: newest first over every match, with
   * stable pages (for exports).
   */
  sort?: 'relevance' | 'date';
  /**
   * Only documents with at least one claim that this keeps (`{}`: any claim), from the claim index
   * (one row per claim); documents stored before that index, until `Store.backfillClaimIndex`, are kept
   * whatever their claims. The per-claim export (src/corpus/claim-rows.ts) sets it so it never decodes
   * an article without such a claim. Not an API filter.
   */
  claims?: ClaimIndexFilter;
}

/** What the claim index matches (src/corpus/claim-rows.ts `claimIndexOf`); every part must hold. */
export interface ClaimIndexFilter {
  /** A claim status among the claim's. */
  status?: string;
  /** Lower-case words (letters and digits), each one a word of the claimant's name. */
  claimantWords?: string[];
  /** A lower-case ACLED type or sub-type of an event the claim is evidence for; no "|". */
  eventType?: string;
}

/** What `Store.backfillClaimIndex` did. */
export interface ClaimIndexBackfill {
  /** Documents whose claims were indexed now. */
  documents: number;
  /** Claim rows written. */
  claims: number;
}

export interface DocumentHit {
  id: string;
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  status: string;
  /** A short extract around the match, plain text (the caller escapes it for HTML). */
  snippet: string;
}

export interface QuoteQuery extends Filters, Page {
  /** The quote's speaker: words of the name ("Peskov", "Dmitry Peskov"). */
  speaker?: string;
  /** What the quote is about: a full-text query on its content. "What did X say about Y" = speaker X, about Y. */
  about?: string;
  /** Only quotes whose cue reports this (Quote.cueKind): `speech` keeps what was said or written. Quotes of unknown kind never match. */
  kind?: CueKind;
}

export interface QuoteHit {
  documentId: string;
  quoteId: string;
  speaker?: string;
  form: string;
  /** The quoted content (split quotes joined with " … "). */
  content: string;
  cue?: string;
  /** What the cue reports (speech, cognition…); absent when not known (or stored before kinds were indexed: see StoreStats.quotesWithoutCueKind). */
  cueKind?: CueKind;
  start: number;
  end: number;
  outlet?: string;
  publishedAt?: string;
  title?: string;
  url?: string;
}

export interface EntityQuery extends Page {
  /** Words of the name or an alias. */
  name?: string;
  type?: string;
}

export interface EntityHit {
  name: string;
  type: string;
  /** Documents that mention it. */
  documents: number;
}

export interface EventQuery extends Filters, Page {
  type?: string;
  /**
   * Events whose stored coordinates lie within about `km` of this point (a box of ±km). With `place`,
   * an event matches either way: it is at the place (see `placeScope`), or its coordinates are near it
   * (a suburb named alone). Rows without coordinates never match `near` alone.
   */
  near?: { lat: number; lon: number; km: number };
  /**
   * What `place` selects. `event` (the default): the events the article places there, i.e. whose place
   * is the place of that name (the place's canonical name or, in its article, one of the names it was
   * indexed under: "Gorlovka" finds events at Horlivka in an article that wrote Gorlovka), compared
   * whole and case-insensitively ("Donetsk" is not "Donetsk Oblast"). `document`: every event of the
   * documents that mention the place, placed anywhere or nowhere, as the document filter reads it
   * (compare reads these and places them itself).
   */
  placeScope?: 'event' | 'document';
  /**
   * Events placed in this country (ISO 3166-1 alpha-2 code, as the places stage resolved the event's
   * place: a town in it, or the country itself). Rows stored before their country was indexed (SQLite
   * migration 003, PostgreSQL 004) have none until `newslens reanalyze`.
   */
  country?: string;
}

export interface EventHit {
  documentId: string;
  eventId: string;
  type: string;
  subtype?: string;
  place?: string;
  /**
   * Coordinates of the place as the places stage resolved it in the article, with its precision and
   * country; absent for rows stored before they were indexed (until `newslens reanalyze`).
   */
  lat?: number;
  lon?: number;
  placePrecision?: string;
  placeCountry?: string;
  date?: string;
  trigger: string;
  attribution?: string;
  /** A recurring pattern ("shelled almost daily"), not one event: compare leaves it out of its clusters. */
  recurring?: true;
  /** Crowd sizes of a protest or riot, one per claimant; absent when the text gives none. */
  crowd?: CrowdHit[];
  outlet?: string;
  publishedAt?: string;
  /** The article's title and address, so that an exported event leads back to its source. */
  title?: string;
  url?: string;
}

/** One crowd size in an event row: the figure as written, qualifier, bounds, `outlet` or the claimant's name. */
export interface CrowdHit {
  figure: string;
  qualifier: string;
  low?: number;
  best?: number;
  high?: number;
  peak?: true;
  claimant: string;
}

/** An outlet of the stored documents and how many it has. */
export interface OutletCount {
  outlet: string;
  documents: number;
}

/** Counts for `newslens stats`. */
export interface StoreStats {
  documents: number;
  failed: number;
  quotes: number;
  entities: number;
  events: number;
  /** Documents analysed by each pipeline version. */
  pipelineVersions: Record<string, number>;
  /**
   * Quote rows indexed before their cue kind was (SQLite migration 004, PostgreSQL 005): a "speech
   * only" query leaves them out until `Store.backfillCueKinds` (`newslens reanalyze --index-only`)
   * fills them in from the stored documents.
   */
  quotesWithoutCueKind: number;
  /**
   * Documents stored before person roles were indexed (SQLite migration 009, PostgreSQL 010): their
   * roles are missing from `personRoleRows` until `Store.backfillPersonRoles` (`newslens reanalyze
   * --index-only`) fills them in from the stored documents.
   */
  documentsWithoutPersonRoles: number;
}

/**
 * A person entity of one article whose names match a query, with one of the roles the article gives
 * it (none: `role` absent). Newest article first (publication date, then storage order). Only what
 * grouping needs: the article is its storage number `doc` (its id, outlet and title come from
 * `Store.documentHeads`, read for the few articles an answer shows, not for every one that counts).
 */
export interface PersonRoleHit {
  /** The article's storage sequence number. */
  doc: number;
  publishedAt?: string;
  /** The entity in that article, its name and its name with aliases ("Dmitry Peskov | Peskov"). */
  entity: string;
  name: string;
  names: string;
  /** The role as written, its grouping key, offsets, and the mention that carries it. */
  role?: string;
  roleKey?: string;
  start?: number;
  end?: number;
  mentionId?: string;
  /** The article was stored before roles were indexed and has not been filled in yet. */
  pending?: true;
}

/** What lists an article: its id, outlet, date and title, by its storage sequence number. */
export interface DocumentHead {
  seq: number;
  documentId: string;
  outlet?: string;
  publishedAt?: string;
  title?: string;
}

/** What `Store.backfillPersonRoles` did. */
export interface PersonRoleBackfill {
  /** Documents read. */
  documents: number;
  /** Role rows written. */
  roles: number;
}

/** What `Store.backfillCueKinds` did. */
export interface CueKindBackfill {
  /** Documents read. */
  documents: number;
  /** Quote rows that had no cue kind recorded. */
  quotes: number;
  /** Of those, the rows that now have a kind (the others have a cue no lexicon knows: kind not known). */
  filled: number;
}

/** A stored document whose pipeline version is not the current one, with what re-analysis needs. */
export interface StaleDocument {
  seq: number;
  id: string;
  sourceKey: string;
  raw?: Uint8Array;
  rawInfo?: RawInfo;
  /** The stored Document, for inputs without a raw copy (re-analysed from its text and metadata). */
  doc: Document;
}

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
   * For each of these document ids whose claims are indexed, how many of its claims `filter` keeps;
   * a document still waiting for the backfill is left out (its claims are read from the Document).
   */
  claimCounts(ids: readonly string[], filter: ClaimIndexFilter): Promise<Map<string, number>>;
  /** Every stored document, in storage order, a page at a time (for export). */
  scan(afterSeq: number, limit: number): Promise<Array<{ seq: number; doc: Document }>>;
  close(): Promise<void>;
}

/** Thrown when a store cannot be opened or used: a resource error, not a problem in a text. */
export class StoreError extends Error {
  override name = 'StoreError';
}
