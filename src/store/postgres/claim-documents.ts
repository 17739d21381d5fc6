/**
 * The pages of the per-claim export on PostgreSQL (`Store.claimDocuments`), found by a walk of a date
 * index or by the list of the filter's claims, as claim-page-plan.ts chooses.
 */
import type pg from 'pg';
import type { ClaimDocument, ClaimDocumentKey, ClaimIndexFilter, Filters, SearchQuery } from '../types.js';
import { parseSearchQuery, toTsquery } from '../search-syntax.js';
import { listBound } from '../claim-page-plan.js';
import { filterSql, Params } from './postgres-queries.js';

type ClaimQuery = Filters & Pick<SearchQuery, 'text' | 'claims'>;

/** A page's claim filter, with its claimant's ids found once, and how each article is tested. */
interface Plan {
  claims: ClaimIndexFilter;
  /** The claimants with every word of `claims.claimantWords` (none: no claim but the waiting articles'). */
  claimantIds?: number[];
  /** The filter's claims are few enough to hash their articles once (else each article is looked up). */
  hashClaims: boolean;
  /** Articles wait for the claim index, and whether they are few enough to hash (else looked up one by one). */
  waiting: boolean;
  hashWaiting: boolean;
}

/**
 * The articles with a claim `q.claims` keeps (or waiting for the index), newest first after `after`, as on
 * SQLite: dated articles, then undated ones, as two keyset ranges of documents_date_newest (with an
 * outlet, documents_outlet_newest) so that every page starts at its key in the index ("... OR
 * published_at IS NULL" made every page a scan from the newest). The range reads the index alone (an
 * index-only scan: seq and date); the rows of the page's articles are read for their ids only.
 */
export async function claimDocumentsPostgres(pool: pg.Pool, q: ClaimQuery, after: ClaimDocumentKey | undefined, limit: number): Promise<ClaimDocument[]> {
  const n = Math.max(1, Math.min(1000, Math.floor(limit)));
  const plan = await planOf(pool, q.claims ?? {}, n);
  const hits = after?.publishedAt === null ? [] : await claimDocumentRange(pool, q, plan, after, n);
  // A date filter keeps no undated article.
  if (hits.length < n && q.from === undefined && q.to === undefined) hits.push(...await claimDocumentRange(pool, q, plan, after?.publishedAt === null ? after : null, n - hits.length));
  return hits;
}

/**
 * PostgreSQL walks the index either way (claim-page-plan.ts); what it tests each article against is
 * the choice. Hashing a list costs ~0.2 us a row and then ~0.4 us an article walked, a lookup per
 * article ~4 us (measured on bench/claim-pages.ts), so a list is hashed below 4 x the list bound.
 * Starting from the list would cost ~8 us a row (a primary-key lookup each): only for lists far shorter.
 */
async function planOf(pool: pg.Pool, claims: ClaimIndexFilter, limit: number): Promise<Plan> {
  const documents = Number((await pool.query('SELECT COALESCE(max(seq), 0) AS n FROM documents')).rows[0].n);
  const bound = 4 * listBound(documents, limit);
  // The waiting articles (none once the store is indexed), counted up to the bound.
  const waiting = Number((await pool.query('SELECT COUNT(*) AS n FROM (SELECT 1 FROM claim_index_pending LIMIT $1) w', [bound])).rows[0].n);
  const plan: Plan = { claims, hashClaims: false, waiting: waiting > 0, hashWaiting: waiting < bound };
  if (!claims.claimantWords?.length) return plan;
  // The claimants with every word (an index seek per word of claimant_words), and their claims
  // (claim_index_claimant, index only) counted up to the bound.
  const p = new Params();
  const ids = (await pool.query(claims.claimantWords.map((w) => `SELECT claimant FROM claimant_words WHERE word = ${p.add(w)}`).join(' INTERSECT '), p.values))
    .rows.map((r: { claimant: string }) => Number(r.claimant));
  const listed = Number((await pool.query('SELECT COUNT(*) AS n FROM (SELECT 1 FROM claim_index WHERE claimant_id = ANY($1::bigint[]) LIMIT $2) a', [ids, bound])).rows[0].n);
  return { ...plan, claimantIds: ids, hashClaims: listed < bound };
}

/** Conditions on claim_index `c` for the plan's claim filter. */
function claimConds(plan: Plan, p: Params): string[] {
  const conds: string[] = [];
  if (plan.claims.status) conds.push(`strpos(c.statuses, ${p.add(`;${plan.claims.status};`)}) > 0`);
  if (plan.claimantIds) conds.push(`c.claimant_id = ANY(${p.add(plan.claimantIds)}::bigint[])`);
  if (plan.claims.eventType) conds.push(`strpos(c.event_types, ${p.add(`|${plan.claims.eventType}|`)}) > 0`);
  return conds;
}

/** One keyset range: dated articles before `after` (all when undefined), or undated ones before its seq (all when null). */
async function claimDocumentRange(pool: pg.Pool, q: ClaimQuery, plan: Plan, after: ClaimDocumentKey | null | undefined, limit: number): Promise<ClaimDocument[]> {
  const p = new Params();
  const { claims: _claims, ...documentFilters } = q;
  const where = filterSql(documentFilters, p);
  const parsed = q.text === undefined ? undefined : parseSearchQuery(q.text);
  if (parsed) where.push(`d.seq IN (SELECT t.seq FROM document_terms t WHERE t.tsv @@ to_tsquery('english', ${p.add(toTsquery(parsed))}))`);
  if (after === null || after?.publishedAt === null) {
    where.push('d.published_at IS NULL');
    if (after) where.push(`d.seq < ${p.add(after.seq)}`);
  } else {
    where.push('d.published_at IS NOT NULL');
    if (after) where.push(`(d.published_at, d.seq) < (${p.add(after.publishedAt)}, ${p.add(after.seq)})`);
  }
  const conds = claimConds(plan, p);
  // `OFFSET 0` keeps an EXISTS a lookup per article: without it the planner hashed every claim with
  // the status on each page, as if it would walk the whole index (LIMIT aside).
  const tests = [plan.hashClaims
    ? `d.seq IN (SELECT c.doc FROM claim_index c WHERE true${and(conds)})`
    : `EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = d.seq${and(conds)} OFFSET 0)`];
  if (plan.waiting) tests.push(plan.hashWaiting ? 'd.seq IN (SELECT doc FROM claim_index_pending)' : 'EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = d.seq OFFSET 0)');
  where.push(`(${tests.join(' OR ')})`);
  const { rows } = await pool.query(`SELECT k.seq, d.id, k.published_at, EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = k.seq) AS pending,
      (SELECT COUNT(*) FROM claim_index c WHERE c.doc = k.seq${and(conds)}) AS n
    FROM (SELECT d.seq, d.published_at FROM documents d WHERE ${where.join(' AND ')}
      ORDER BY d.published_at DESC NULLS LAST, d.seq DESC LIMIT ${p.add(limit)}) k
    JOIN documents d ON d.seq = k.seq ORDER BY k.published_at DESC NULLS LAST, k.seq DESC`, p.values);
  return (rows as Array<{ seq: string; id: string; published_at: string | null; pending: boolean; n: string }>).map((r) => {
    const hit: ClaimDocument = { seq: Number(r.seq), id: r.id, publishedAt: r.published_at };
    if (!r.pending) hit.claims = Number(r.n);
    return hit;
  });
}

function and(conds: string[]): string {
  return conds.map((c) => ` AND ${c}`).join('');
}
