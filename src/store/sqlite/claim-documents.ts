/**
 * The pages of the per-claim export on SQLite (`Store.claimDocuments`), found by a walk of a date index
 * or from the date index of the filter's own rows, as claim-page-plan.ts chooses.
 */
import type Database from 'better-sqlite3';
import type { ClaimDocument, ClaimDocumentKey, ClaimIndexFilter, Filters, SearchQuery } from '../types.js';
import { parseSearchQuery, toFts5 } from '../search-syntax.js';
import { listBound } from '../claim-page-plan.js';
import { filterSql } from './sqlite-queries.js';

type ClaimQuery = Filters & Pick<SearchQuery, 'text' | 'claims'>;

/** A page's claim filter, with its claimant's ids found once, and where its articles come from. */
interface Plan {
  claims: ClaimIndexFilter;
  /** The claimants with every word of `claims.claimantWords` (none: no claim but the waiting articles'). */
  claimantIds?: number[];
  /** `walk`: the date index, each article tested; `status` / `claimant`: that filter's rows by date, with the waiting articles. */
  from: 'walk' | 'status' | 'claimant';
  /** Articles wait for the claim index (fewer than the bound unless the plan walks). */
  waiting: boolean;
}

/** A piece of SQL with its parameters, in the order of its `?`. */
interface Sql { sql: string; params: unknown[] }

/**
 * The articles with a claim `q.claims` keeps (or waiting for the index), newest first after `after`, with
 * their claim counts: read from the narrow date indexes and claim_index, never the wide document rows.
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
  if (!claims.claimantWords?.length && !claims.status) return { claims, from: 'walk', waiting: true };
  const bound = listBound(Number(db.prepare('SELECT COALESCE(max(seq), 0) FROM documents').pluck().get()), limit);
  // Whether a query has fewer than `n` rows: a probe of row n (index only) that reads at most n rows,
  // half the time of counting them (a common status reads the bound's 10,000 on every page).
  const fewer = (n: number, sql: string, ...params: unknown[]): boolean => n > 0 && db.prepare(`${sql} LIMIT 1 OFFSET ?`).get(...params, n - 1) === undefined;
  const waiting = Number(db.prepare('SELECT COUNT(*) FROM (SELECT 1 FROM claim_index_pending LIMIT ?)').pluck().get(bound));
  let claimantIds: number[] | undefined;
  if (claims.claimantWords?.length) {
    // The claimants with every word: an index seek per word in claimant_words.
    claimantIds = db.prepare(claims.claimantWords.map(() => 'SELECT claimant FROM claimant_words WHERE word = ?').join(' INTERSECT '))
      .pluck().all(...claims.claimantWords) as number[];
    if (fewer(bound - waiting, `SELECT 1 FROM claim_index WHERE claimant_id IN (${claimantIds.map(() => '?').join(', ')})`, ...claimantIds)) {
      return { claims, claimantIds, from: 'claimant', waiting: waiting > 0 };
    }
  }
  const rare = claims.status !== undefined && fewer(bound - waiting, 'SELECT 1 FROM claims WHERE status = ?', claims.status);
  return { claims, ...(claimantIds ? { claimantIds } : {}), from: rare ? 'status' : 'walk', waiting: waiting > 0 };
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

/** The document filters (on documents `d`) and the full-text query, without the claim filter. */
function documentConds(q: ClaimQuery): Sql {
  const params: unknown[] = [];
  const { claims: _claims, ...documentFilters } = q;
  const where = filterSql(documentFilters, params);
  const parsed = q.text === undefined ? undefined : parseSearchQuery(q.text);
  if (parsed) where.push('d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'), params.push(`{title text} : (${toFts5(parsed)})`);
  return { sql: and(where), params };
}

/** The keyset range on columns `date` and `seq`: dated before `after` (all when undefined), or undated before its seq (all when null). */
function rangeConds(date: string, seq: string, after: ClaimDocumentKey | null | undefined): Sql {
  if (after === null || after?.publishedAt === null) return after ? { sql: ` AND ${date} IS NULL AND ${seq} < ?`, params: [after.seq] } : { sql: ` AND ${date} IS NULL`, params: [] };
  return after ? { sql: ` AND ${date} IS NOT NULL AND (${date}, ${seq}) < (?, ?)`, params: [after.publishedAt, after.seq] } : { sql: ` AND ${date} IS NOT NULL`, params: [] };
}

/**
 * One keyset range of `claimDocumentsSqlite`: dated articles before `after` (all of them when
 * undefined), or with `after` null or undated, undated ones before its seq (all of them when null).
 */
function claimDocumentRange(db: Database.Database, q: ClaimQuery, plan: Plan, after: ClaimDocumentKey | null | undefined, limit: number): ClaimDocument[] {
  const { conds, params: condParams } = claimConds(plan);
  const columns = (d: string): string => `${d}.seq AS seq, d.id AS id, ${d}.published_at AS publishedAt,
      EXISTS (SELECT 1 FROM claim_index_pending p WHERE p.doc = ${d}.seq) AS pending,
      (SELECT COUNT(*) FROM claim_index c WHERE c.doc = ${d}.seq${and(conds)}) AS n`;
  let query: Sql;
  if (plan.from === 'walk') {
    const walk = walkSql(q, plan, after, limit);
    query = { sql: `SELECT ${columns('d')} FROM ${walk.sql}`, params: [...condParams, ...walk.params] };
  } else {
    // The page's keys first, then the rows of those articles only.
    const keys = indexedSql(q, plan, after, limit);
    query = { sql: `SELECT ${columns('k')} FROM (${keys.sql}) k CROSS JOIN documents d ON d.seq = k.seq ORDER BY k.published_at DESC, k.seq DESC`, params: [...condParams, ...keys.params] };
  }
  const rows = db.prepare(query.sql).all(...query.params) as Array<{ seq: number; id: string; publishedAt: string | null; pending: number; n: number }>;
  return rows.map((r) => {
    const hit: ClaimDocument = { seq: r.seq, id: r.id, publishedAt: r.publishedAt };
    if (!r.pending) hit.claims = Number(r.n);
    return hit;
  });
}

/** The page's articles by a walk of the date index (with an outlet, the outlet's), each tested by its key: the FROM clause on. */
function walkSql(q: ClaimQuery, plan: Plan, after: ClaimDocumentKey | null | undefined, limit: number): Sql {
  const { conds, params: condParams } = claimConds(plan);
  const docs = documentConds(q);
  const range = rangeConds('d.published_at', 'd.seq', after);
  const undated = after === null || after?.publishedAt === null;
  // A walk: the planner otherwise skip-scans (outlet, published_at) and sorts every undated row.
  const from = undated ? `documents d INDEXED BY ${q.outlet ? 'documents_outlet_date' : 'documents_date'}` : 'documents d';
  // Each article tested by its key as the walk reaches it (a seek of claim_index's primary key).
  return {
    sql: `${from}
      WHERE (EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = d.seq${and(conds)}) OR EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = d.seq))${docs.sql}${range.sql}
      ORDER BY d.published_at DESC, d.seq DESC LIMIT ?`,
    params: [...condParams, ...docs.params, ...range.params, limit],
  };
}

/**
 * The page's keys from the filter's own rows, newest first from the key (claims_status_date for a
 * status, claim_index_claimant_date for claimants: migration 013), each row's article kept when the
 * document filters keep it, merged with the waiting articles (few, or the plan would walk).
 */
function indexedSql(q: ClaimQuery, plan: Plan, after: ClaimDocumentKey | null | undefined, limit: number): Sql {
  const { conds, params: condParams } = claimConds(plan);
  const docs = documentConds(q);
  // The document row is read only when a document filter needs it (CROSS JOIN: the filter's rows lead).
  const join = (alias: string): string => docs.sql ? ` CROSS JOIN documents d ON d.seq = ${alias}.doc` : '';
  let arm: Sql;
  if (plan.from === 'status') {
    // One row per status an article has; its claims are then tested as a walk would (the other parts of the filter).
    const range = rangeConds('s.published_at', 's.doc', after);
    arm = {
      sql: `SELECT s.doc AS seq, s.published_at AS published_at FROM claims s${join('s')}
        WHERE s.status = ?${range.sql}${docs.sql} AND EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = s.doc${and(conds)})
        ORDER BY s.published_at DESC, s.doc DESC LIMIT ?`,
      params: [plan.claims.status, ...range.params, ...docs.params, ...condParams, limit],
    };
  } else {
    // The claimants' claims themselves, once per article (an article holds several claims of one claimant).
    const range = rangeConds('c.published_at', 'c.doc', after);
    arm = {
      sql: `SELECT DISTINCT c.doc AS seq, c.published_at AS published_at FROM claim_index c${join('c')}
        WHERE 1${and(conds)}${range.sql}${docs.sql} ORDER BY c.published_at DESC, c.doc DESC LIMIT ?`,
      params: [...condParams, ...range.params, ...docs.params, limit],
    };
  }
  if (!plan.waiting) return arm;
  const range = rangeConds('d.published_at', 'd.seq', after);
  const waiting = documentConds(q);
  return {
    sql: `SELECT * FROM (${arm.sql}) UNION SELECT * FROM (SELECT d.seq AS seq, d.published_at AS published_at FROM claim_index_pending x CROSS JOIN documents d ON d.seq = x.doc
      WHERE 1${range.sql}${waiting.sql} ORDER BY d.published_at DESC, d.seq DESC LIMIT ?) ORDER BY published_at DESC, seq DESC LIMIT ?`,
    params: [...arm.params, ...range.params, ...waiting.params, limit, limit],
  };
}

function and(conds: string[]): string {
  return conds.map((c) => ` AND ${c}`).join('');
}
