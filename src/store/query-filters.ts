/** The document filters and pages every query shares, and the document, quote and entity queries with their hits. */
import type { CueKind } from '../model/layers/quotes.js';

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
  /**
   * Lower-case, accent-folded words (letters and digits, claim-rows.ts `claimantWords`), each one a
   * word of the claimant's name: looked up in the claimant word index, never by scanning claims.
   */
  claimantWords?: string[];
  /** A lower-case ACLED type or sub-type of an event the claim is evidence for; no "|". */
  eventType?: string;
}

/** Where a walk through the articles with claims stands: after this article (newest first). */
export interface ClaimDocumentKey {
  /** The article's publication date as stored (`null`: none; those come last). */
  publishedAt: string | null;
  seq: number;
}

/** An article `Store.claimDocuments` lists: its keys, and how many of its claims the filter keeps. */
export interface ClaimDocument extends ClaimDocumentKey {
  id: string;
  /** Claims the filter keeps, by the claim index; absent while the article waits for the index (read its Document). */
  claims?: number;
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
