/**
 * The pages of the per-claim export on PostgreSQL (`Store.claimDocuments`), found by a walk of a date
 * index or from the date index of the filter's own rows, as claim-page-plan.ts chooses.
 */
import type pg from 'pg';
import type { ClaimDocument, ClaimDocumentKey, ClaimIndexFilter, Filters, SearchQuery } from '../types.js';
import { parseSearchQuery, toTsquery } from '../search-syntax.js';
import { listBound } from '../claim-page-plan.js';
import { filterSql, Params } from './postgres-queries.js';

type ClaimQuery = Filters & Pick<SearchQuery, 'text' | 'claims'>;

/** A page's claim filter, with its claimant's ids found once, and how each article is found or tested. */
interface Plan {
  claims: ClaimIndexFilter;
  /** The claimants with every word of `claims.claimantWords` (none: no claim but the waiting articles'). */
  claimantIds?: number[];
  /** `walk`: the date index, each article tested; `status` / `claimant`: that filter's rows by date, with the waiting articles. */
  from: 'walk' | 'status' | 'claimant';
  /** In a walk: the filter's claims are few enough to hash their articles once (else each article is looked up). */
  hashClaims: boolean;
  /** Articles wait for the claim index, and whether they are few enough to hash (else looked up one by one). */
  waiting: boolean;
  hashWaiting: boolean;
}

/**
 * The articles with a claim `q.claims` keeps (or waiting for the index), newest first after `after`, as on
 * SQLite: dated articles, then undated ones, as two keyset ranges of documents_date_newest (with an
 * outlet, documents_outlet_newest) or of the filter's own date index, so that every page starts at its
 * key in the index ("... OR published_at IS NULL" made every page a scan from the newest). The range
 * reads an index alone (an index-only scan: seq and date); the rows of the page's articles are read for
 * their ids only.
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
 * A status or claimant with few rows (with the waiting articles, below the list bound) is read from its
 * own date index: a page reads about as many of its rows as it lists, plus a lookup of each waiting
 * article. Otherwise PostgreSQL walks the date index (claim-page-plan.ts) and what it tests each article
 * against is the choice. Hashing a list costs ~0.2 us a row and then ~0.4 us an article walked, a lookup
 * per article ~4 us (measured on bench/claim-pages.ts), so a list is hashed below 4 x the list bound,
 * and a claimant's list that can be hashed is read by index only when that costs less (`indexPays`).
 */
async function planOf(pool: pg.Pool, claims: ClaimIndexFilter, limit: number): Promise<Plan> {
  const documents = Number((await pool.query('SELECT COALESCE(max(seq), 0) AS n FROM documents')).rows[0].n);
  const bound = listBound(documents, limit);
  const hashBound = 4 * bound;
  // Each count (index only) stops at the bound: choosing costs at most what the rows would.
  const count = async (sql: string, values: unknown[], upTo: number): Promise<number> =>
    Number((await pool.query(`SELECT COUNT(*) AS n FROM (${sql} LIMIT ${upTo}) a`, values)).rows[0].n);
  // The waiting articles (none once the store is indexed).
  const waiting = await count('SELECT 1 FROM claim_index_pending', [], hashBound);
  const plan: Plan = { claims, from: 'walk', hashClaims: false, waiting: waiting > 0, hashWaiting: waiting < hashBound };
  if (claims.claimantWords?.length) {
    // The claimants with every word (an index seek per word of claimant_words), and their claims
    // (claim_index_claimant_date, index only) counted.
    const p = new Params();
    const ids = (await pool.query(claims.claimantWords.map((w) => `SELECT claimant FROM claimant_words WHERE word = ${p.add(w)}`).join(' INTERSECT '), p.values))
      .rows.map((r: { claimant: string }) => Number(r.claimant));
    const listed = await count('SELECT 1 FROM claim_index WHERE claimant_id = ANY($1::bigint[])', [ids], hashBound);
    plan.claimantIds = ids;
    plan.hashClaims = listed < hashBound;
    if (waiting + listed < bound && (!plan.hashClaims || indexPays(limit, documents, listed, waiting))) return { ...plan, from: 'claimant' };
  }
  if (claims.status && !await commonStatus(pool, claims.status, bound) && waiting + await count('SELECT 1 FROM claims WHERE status = $1', [claims.status], bound) < bound) {
    return { ...plan, from: 'status' };
  }
  return plan;
}

/**
 * Whether the planner's statistics of `claims` (ANALYZE) put at least twice `bound` rows on `status`:
 * then it walks without counting them (a common status's count, a scan of 10,000 rows, had added ~5 ms
 * to each of its pages). Without statistics, or nearer the bound, the rows are counted.
 */
async function commonStatus(pool: pg.Pool, status: string, bound: number): Promise<boolean> {
  const { rows } = await pool.query(`SELECT c.reltuples * s.most_common_freqs[array_position(s.most_common_vals::text::text[], $1)] AS n
    FROM pg_stats s JOIN pg_class c ON c.oid = to_regclass('claims') WHERE s.schemaname = current_schema() AND s.tablename = 'claims' AND s.attname = 'status'`, [status]);
  const n = rows[0]?.n;
  return n !== null && n !== undefined && Number(n) >= 2 * bound;
}

/**
 * Whether a page from the filter's date index (~0.5 us a row of the page, ~4 us a waiting article looked
 * up) costs less than hashing the `listed` claims and the waiting articles and walking the date index
 * until the page is full. With no article waiting it nearly always does; a claimant with 6,000 of 300,000 claims
 * beside 2,062 waiting articles (bench/claim-pages.ts) walks, one with a few hundred does not.
 */
function indexPays(limit: number, documents: number, listed: number, waiting: number): boolean {
  const hashed = Math.max(1, listed + waiting);
  return 0.5 * limit + 4 * waiting < 0.2 * hashed + 0.4 * limit * documents / hashed;
}

/** Conditions on claim_index `c` for the plan's claim filter. */
function claimConds(plan: Plan, p: Params): string[] {
  const conds: string[] = [];
  if (plan.claims.status) conds.push(`strpos(c.statuses, ${p.add(`;${plan.claims.status};`)}) > 0`);
  // One claimant by equality: with `= ANY` the planner sorts the claimant's rows instead of reading its date index in order.
  if (plan.claimantIds?.length === 1) conds.push(`c.claimant_id = ${p.add(plan.claimantIds[0])}`);
  else if (plan.claimantIds) conds.push(`c.claimant_id = ANY(${p.add(plan.claimantIds)}::bigint[])`);
  if (plan.claims.eventType) conds.push(`strpos(c.event_types, ${p.add(`|${plan.claims.eventType}|`)}) > 0`);
  return conds;
}

/** The document filters (on documents `d`) and the full-text query, without the claim filter. */
function documentConds(q: ClaimQuery, p: Params): string[] {
  const { claims: _claims, ...documentFilters } = q;
  const where = filterSql(documentFilters, p);
  const parsed = q.text === undefined ? undefined : parseSearchQuery(q.text);
  if (parsed) where.push(`d.seq IN (SELECT t.seq FROM document_terms t WHERE t.tsv @@ to_tsquery('english', ${p.add(toTsquery(parsed))}))`);
  return where;
}

/** The keyset range on columns `date` and `seq`: dated before `after` (all when undefined), or undated before its seq (all when null). */
function rangeConds(date: string, seq: string, after: ClaimDocumentKey | null | undefined, p: Params): string[] {
  if (after === null || after?.publishedAt === null) return after ? [`${date} IS NULL`, `${seq} < ${p.add(after.seq)}`] : [`${date} IS NULL`];
  return after ? [`${date} IS NOT NULL`, `(${date}, ${seq}) < (${p.add(after.publishedAt)}, ${p.add(after.seq)})`] : [`${date} IS NOT NULL`];
}

/** One keyset range: dated articles before `after` (all when undefined), or undated ones before its seq (all when null). */
async function claimDocumentRange(pool: pg.Pool, q: ClaimQuery, plan: Plan, after: ClaimDocumentKey | null | undefined, limit: number): Promise<ClaimDocument[]> {
  const p = new Params();
  const conds = claimConds(plan, p);
  const keys = plan.from === 'walk' ? walkSql(q, plan, conds, after, limit, p) : indexedSql(q, plan, conds, after, limit, p);
  const { rows } = await pool.query(`SELECT k.seq, d.id, k.published_at, EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = k.seq) AS pending,
      (SELECT COUNT(*) FROM claim_index c WHERE c.doc = k.seq${and(conds)}) AS n
    FROM (${keys}) k JOIN documents d ON d.seq = k.seq ORDER BY k.published_at DESC NULLS LAST, k.seq DESC`, p.values);
  return (rows as Array<{ seq: string; id: string; published_at: string | null; pending: boolean; n: string }>).map((r) => {
    const hit: ClaimDocument = { seq: Number(r.seq), id: r.id, publishedAt: r.published_at };
    if (!r.pending) hit.claims = Number(r.n);
    return hit;
  });
}

/** The page's keys by a walk of the date index, each article tested against the filter's claims and the waiting ones. */
function walkSql(q: ClaimQuery, plan: Plan, conds: string[], after: ClaimDocumentKey | null | undefined, limit: number, p: Params): string {
  const where = [...documentConds(q, p), ...rangeConds('d.published_at', 'd.seq', after, p)];
  // `OFFSET 0` keeps an EXISTS a lookup per article: without it the planner hashed every claim with
  // the status on each page, as if it would walk the whole index (LIMIT aside).
  const tests = [plan.hashClaims
    ? `d.seq IN (SELECT c.doc FROM claim_index c WHERE true${and(conds)})`
    : `EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = d.seq${and(conds)} OFFSET 0)`];
  if (plan.waiting) tests.push(plan.hashWaiting ? 'd.seq IN (SELECT doc FROM claim_index_pending)' : 'EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = d.seq OFFSET 0)');
  where.push(`(${tests.join(' OR ')})`);
  return `SELECT d.seq, d.published_at FROM documents d WHERE ${where.join(' AND ')}
    ORDER BY d.published_at DESC NULLS LAST, d.seq DESC LIMIT ${p.add(limit)}`;
}

/**
 * The page's keys from the filter's own rows, newest first from the key (claims_status_date for a
 * status, claim_index_claimant_date for claimants: migration 015), each row's article kept when the
 * document filters keep it, merged with the waiting articles (few, or the plan would walk).
 */
function indexedSql(q: ClaimQuery, plan: Plan, conds: string[], after: ClaimDocumentKey | null | undefined, limit: number, p: Params): string {
  const docs = documentConds(q, p);
  // The document row is read only when a document filter needs it.
  const join = (alias: string): string => docs.length > 0 ? ` JOIN documents d ON d.seq = ${alias}.doc` : '';
  let arm: string;
  if (plan.from === 'status') {
    // One row per status an article has; its claims are then tested as a walk would (the other parts of the filter).
    const where = [`s.status = ${p.add(plan.claims.status)}`, ...rangeConds('s.published_at', 's.doc', after, p), ...docs,
      `EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = s.doc${and(conds)})`];
    arm = `SELECT s.doc AS seq, s.published_at FROM claims s${join('s')} WHERE ${where.join(' AND ')}
      ORDER BY s.published_at DESC NULLS LAST, s.doc DESC LIMIT ${p.add(limit)}`;
  } else {
    // The claimants' claims themselves, once per article (an article holds several claims of one claimant).
    const where = [...conds, ...rangeConds('c.published_at', 'c.doc', after, p), ...docs];
    arm = `SELECT DISTINCT c.doc AS seq, c.published_at FROM claim_index c${join('c')} WHERE ${where.join(' AND ')}
      ORDER BY c.published_at DESC NULLS LAST, c.doc DESC LIMIT ${p.add(limit)}`;
  }
  if (!plan.waiting) return arm;
  // Each waiting article's row by its key (LATERAL ... OFFSET 0: the planner otherwise hashed the list
  // against a scan of every document, 170 ms at 200,000).
  const waiting = [...rangeConds('d.published_at', 'd.seq', after, p), ...documentConds(q, p)];
  return `(${arm}) UNION (SELECT w.seq, w.published_at FROM claim_index_pending x
      CROSS JOIN LATERAL (SELECT d.seq, d.published_at FROM documents d WHERE d.seq = x.doc AND ${waiting.join(' AND ')} OFFSET 0) w
    ORDER BY w.published_at DESC NULLS LAST, w.seq DESC LIMIT ${p.add(limit)}) ORDER BY published_at DESC NULLS LAST, seq DESC LIMIT ${p.add(limit)}`;
}

function and(conds: string[]): string {
  return conds.map((c) => ` AND ${c}`).join('');
}
