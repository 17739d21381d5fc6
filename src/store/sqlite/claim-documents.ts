/**
 * The pages of the per-claim export on SQLite (`Store.claimDocuments`), found by a walk of a date index
 * or by the list of the filter's claims, as claim-page-plan.ts chooses.
 */
import type Database from 'better-sqlite3';
import type { ClaimDocument, ClaimDocumentKey, ClaimIndexFilter, Filters, SearchQuery } from '../types.js';
import { parseSearchQuery, toFts5 } from '../search-syntax.js';
import { listBound } from '../claim-page-plan.js';
import { filterSql } from './sqlite-queries.js';

type ClaimQuery = Filters & Pick<SearchQuery, 'text' | 'claims'>;

/** A page's claim filter, with its claimant's ids found once, and whether it lists the articles first. */
interface Plan {
  claims: ClaimIndexFilter;
  /** The claimants with every word of `claims.claimantWords` (none: no claim but the waiting articles'). */
  claimantIds?: number[];
  byList: boolean;
}

/**
 * The articles with a claim `q.claims` keeps (or waiting for the index), newest first after `after`, with
 * their claim counts: read from the narrow date index and claim_index, never the wide document rows.
 * Dated articles come first, then the undated ones (NULL sorts last descending), as two keyset
 * ranges so that each page is a range of an index from its key on: one condition that let undated
 * rows through after any date ("... OR published_at IS NULL") made the planner scan the index from
 * the newest article, deeper with every page (bench/claim-pages.ts).
 */
export function claimDocumentsSqlite(db: Database.Database, q: ClaimQuery, after: ClaimDocumentKey | undefined, limit: number): ClaimDocument[] {
  const n = Math.max(1, Math.min(1000, Math.floor(limit)));
  const plan = planOf(db, q.claims ?? {}, n);
  const hits = after?.publishedAt === null ? [] : claimDocumentRange(db, q, plan, after, n);
  // A date filter keeps no undated article.
  if (hits.length < n && q.from === undefined && q.to === undefined) hits.push(...claimDocumentRange(db, q, plan, after?.publishedAt === null ? after : null, n - hits.length));
  return hits;
}

function planOf(db: Database.Database, claims: ClaimIndexFilter, limit: number): Plan {
  if (!claims.claimantWords?.length) return { claims, byList: false };
  // The claimants with every word: an index seek per word in claimant_words.
  const ids = db.prepare(claims.claimantWords.map(() => 'SELECT claimant FROM claimant_words WHERE word = ?').join(' INTERSECT '))
    .pluck().all(...claims.claimantWords) as number[];
  const bound = listBound(Number(db.prepare('SELECT COALESCE(max(seq), 0) FROM documents').pluck().get()), limit);
  // Their claims (claim_index_claimant, covering) and the waiting articles, counted up to the bound.
  const listed = Number(db.prepare(`SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM claim_index WHERE claimant_id IN (${ids.map(() => '?').join(', ')}) LIMIT ?))
    + (SELECT COUNT(*) FROM (SELECT 1 FROM claim_index_pending LIMIT ?))`).pluck().get(...ids, bound, bound));
  return { claims, claimantIds: ids, byList: listed < bound };
}

/** Conditions on claim_index `c` for the plan's claim filter, and their parameters. */
function claimConds(plan: Plan): { conds: string[]; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (plan.claims.status) conds.push('instr(c.statuses, ?) > 0'), params.push(`;${plan.claims.status};`);
  if (plan.claimantIds) conds.push(`c.claimant_id IN (${plan.claimantIds.map(() => '?').join(', ')})`), params.push(...plan.claimantIds);
  if (plan.claims.eventType) conds.push('instr(c.event_types, ?) > 0'), params.push(`|${plan.claims.eventType}|`);
  return { conds, params };
}

/**
 * One keyset range of `claimDocumentsSqlite`: dated articles before `after` (all of them when
 * undefined), or with `after` null or undated, undated ones before its seq (all of them when null).
 */
function claimDocumentRange(db: Database.Database, q: ClaimQuery, plan: Plan, after: ClaimDocumentKey | null | undefined, limit: number): ClaimDocument[] {
  const { conds, params: condParams } = claimConds(plan);
  const params: unknown[] = [];
  const { claims: _claims, ...documentFilters } = q;
  const where = filterSql(documentFilters, params);
  if (plan.byList) {
    // Two lists, not one (UNION ALL): the planner can then still walk a short range of the date index (the last pages).
    where.push(`(d.seq IN (SELECT c.doc FROM claim_index c WHERE 1${and(conds)}) OR d.seq IN (SELECT doc FROM claim_index_pending))`), params.push(...condParams);
  } else {
    // Each article tested by its key as the walk reaches it (a seek of claim_index's primary key).
    where.push(`(EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = d.seq${and(conds)}) OR EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = d.seq))`), params.push(...condParams);
  }
  const parsed = q.text === undefined ? undefined : parseSearchQuery(q.text);
  if (parsed) where.push('d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'), params.push(`{title text} : (${toFts5(parsed)})`);
  const undated = after === null || after?.publishedAt === null;
  let from = 'documents d';
  if (undated) {
    // A walk: the planner otherwise skip-scans (outlet, published_at) and sorts every undated row.
    if (!plan.byList) from = `documents d INDEXED BY ${q.outlet ? 'documents_outlet_date' : 'documents_date'}`;
    where.push('d.published_at IS NULL');
    if (after) where.push('d.seq < ?'), params.push(after.seq);
  } else {
    where.push('d.published_at IS NOT NULL');
    if (after) where.push('(d.published_at, d.seq) < (?, ?)'), params.push(after.publishedAt, after.seq);
  }
  const rows = db.prepare(`SELECT d.seq AS seq, d.id AS id, d.published_at AS publishedAt,
      EXISTS (SELECT 1 FROM claim_index_pending p WHERE p.doc = d.seq) AS pending,
      (SELECT COUNT(*) FROM claim_index c WHERE c.doc = d.seq${and(conds)}) AS n
    FROM ${from} WHERE ${where.join(' AND ')} ORDER BY d.published_at DESC, d.seq DESC LIMIT ?`)
    .all(...condParams, ...params, limit) as Array<{ seq: number; id: string; publishedAt: string | null; pending: number; n: number }>;
  return rows.map((r) => {
    const hit: ClaimDocument = { seq: r.seq, id: r.id, publishedAt: r.publishedAt };
    if (!r.pending) hit.claims = Number(r.n);
    return hit;
  });
}

function and(conds: string[]): string {
  return conds.map((c) => ` AND ${c}`).join('');
}
