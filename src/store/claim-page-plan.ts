/**
 * How a page of `Store.claimDocuments` finds its articles, on both stores. It walks a date index (with
 * an outlet, the outlet's) from the page's key and keeps each article the filter keeps, until the page
 * is full; what decides the cost is how each article is tested:
 *
 * - **one by one**: a seek of claim_index by the article's key (EXISTS), and of claim_index_pending.
 *   A page costs about `limit / share` seeks, `share` the fraction of articles the filter keeps: cheap
 *   for every claim, a common status or claimant, at any depth, and nothing is listed first. Statuses
 *   and event types have no index of their own, so they are always tested this way.
 * - **by a list**: the articles of the filter's claims, found by index (a claimant's, by
 *   claim_index_claimant) with the waiting ones, made once per page; a page costs the list's length.
 *   SQLite starts from the list (a primary-key seek per article, then a sort); PostgreSQL hashes it and
 *   walks (claim-documents.ts there says why).
 *
 * A walk that fills a page passes about `limit × documents / listed` articles, a list costs `listed`,
 * so the two cost about the same near `listed = √(limit × documents)` (10,000 claims at 200,000
 * articles and pages of 500): below, the list. The list is counted up to that bound (an index-only
 * count that stops there), so choosing costs at most what the list would.
 */

/** About where a list of `listed` claims (or waiting articles) costs a page what a walk does. */
export function listBound(documents: number, limit: number): number {
  return Math.ceil(Math.sqrt(Math.max(1, limit) * Math.max(1, documents)));
}
