/**
 * How a page of `Store.claimDocuments` finds its articles, on both stores. Either it walks a date index
 * (with an outlet, the outlet's) from the page's key and keeps each article the filter keeps, until the
 * page is full, or it reads the filter's own rows in page order:
 *
 * - **a walk, one by one**: a seek of claim_index by the article's key (EXISTS), and of
 *   claim_index_pending. A page costs about `limit / share` seeks, `share` the fraction of articles the
 *   filter keeps: cheap for every claim, a common status or claimant, at any depth, and nothing is
 *   listed first. Event types have no index of their own, so alone they are always tested this way.
 * - **a walk against a list** (PostgreSQL): the filter's claims hashed once per page, then probed per
 *   article walked (claim-documents.ts there says when).
 * - **the filter's date index**: a status's rows in `claims` (one per status an article has) or a
 *   claimant's in claim_index carry their article's date (SQLite migration 013, PostgreSQL 015) and are
 *   indexed by (status or claimant, date, article); a page reads that range from its key, about `limit`
 *   rows (each article's claims then tested for the rest of the filter), merged with the waiting
 *   articles (claim_index_pending), each looked up by its key and sorted.
 *
 * A walk that fills a page passes about `limit × documents / listed` articles, the filter's rows cost
 * at most `listed` (usually a page of them) plus the waiting articles, so below `listed = √(limit ×
 * documents)` (10,000 claims at 200,000 articles and pages of 500) the filter's index is read. The
 * rows are counted up to that bound (an index-only count, or on SQLite a probe of the bound-th row), so choosing costs at most
 * what reading them would.
 */

/** About where a list of `listed` claims (or waiting articles) costs a page what a walk does. */
export function listBound(documents: number, limit: number): number {
  return Math.ceil(Math.sqrt(Math.max(1, limit) * Math.max(1, documents)));
}
