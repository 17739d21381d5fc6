/** The read queries of the SQLite store: search, quotes, entities, events. Parameterised throughout. */
import type Database from 'better-sqlite3';
import type { ClaimIndexFilter, DocumentHead, DocumentHit, EntityHit, EntityQuery, EventHit, EventQuery, Filters, PersonRoleHit, QuoteHit, QuoteQuery, SearchQuery } from '../types.js';
import { nameToFts5, parseSearchQuery, toFts5 } from '../search-syntax.js';
import { nearBox, pageOf, upperBound } from '../filters.js';
import { makeSnippet } from '../snippet.js';
import { EVENT_HIT_COLUMNS, eventHitOf } from '../event-hit.js';
import { compactRow } from '../compact-row.js';
import { PERSON_ROLE_COLUMNS, personRoleHitOf } from '../person-role-hit.js';
import { facetMatch } from '../facets.js';

const NOTHING = '0';

/** WHERE conditions (on documents `d`) for the filters, pushing their parameters. */
export function filterSql(f: Filters & Pick<SearchQuery, 'claims'>, params: unknown[], skipSpeaker = false): string[] {
  const where: string[] = [];
  if (f.outlet) where.push('d.outlet = ?'), params.push(f.outlet);
  if (f.from) where.push('d.published_at >= ?'), params.push(f.from);
  if (f.to) where.push('d.published_at < ?'), params.push(upperBound(f.to));
  for (const [type, name] of [['person', f.person], ['organisation', f.organisation], ['place', f.place]] as const) {
    if (name === undefined) continue;
    const match = nameToFts5(name);
    if (!match) { where.push(NOTHING); continue; }
    // `+e.type`: drive the lookup from the few name matches, not from every entity of the type.
    where.push('d.seq IN (SELECT e.doc FROM entities e WHERE +e.type = ? AND e.eseq IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?))');
    params.push(type, match);
  }
  if (f.speaker !== undefined && !skipSpeaker) {
    const match = nameToFts5(f.speaker);
    if (!match) where.push(NOTHING);
    else where.push('d.seq IN (SELECT q.doc FROM quotes q WHERE q.qseq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))'), params.push(`speaker : (${match})`);
  }
  if (f.eventType) where.push('d.seq IN (SELECT doc FROM events WHERE type = ? OR subtype = ?)'), params.push(f.eventType, f.eventType);
  if (f.claimStatus) where.push('d.seq IN (SELECT doc FROM claims WHERE status = ?)'), params.push(f.claimStatus);
  if (f.claims) {
    const conds = claimIndexSql(f.claims, params);
    // Without a claimant many articles qualify: test each one in date order (EXISTS, a primary-key seek)
    // rather than list every qualifying claim's article first, a scan of claim_index on every page
    // (1.2M claims: 508 -> 19 ms for a page of 500 articles; a status, 300k claims: 225 -> 9 ms).
    // A claimant's claims are found by index (claim_index_claimant_date): list their articles.
    where.push(!f.claims.claimantWords?.length
      ? `(EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = d.seq${conds.map((c) => ` AND ${c}`).join('')}) OR EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = d.seq))`
      : `(d.seq IN (SELECT c.doc FROM claim_index c WHERE ${conds.join(' AND ')}) OR d.seq IN (SELECT doc FROM claim_index_pending))`);
  }
  return where;
}

/** Conditions on claim_index `c` for a claim filter, pushing their parameters. */
export function claimIndexSql(f: ClaimIndexFilter, params: unknown[]): string[] {
  const conds: string[] = [];
  if (f.status) conds.push('instr(c.statuses, ?) > 0'), params.push(`;${f.status};`);
  if (f.claimantWords?.length) {
    // The claimants with every word (an index seek per word in claimant_words), then their claims (claim_index_claimant_date).
    conds.push(`c.claimant_id IN (${f.claimantWords.map(() => 'SELECT claimant FROM claimant_words WHERE word = ?').join(' INTERSECT ')})`);
    params.push(...f.claimantWords);
  }
  if (f.eventType) conds.push('instr(c.event_types, ?) > 0'), params.push(`|${f.eventType}|`);
  return conds;
}

function and(where: string[]): string {
  return where.length === 0 ? '' : ` AND ${where.join(' AND ')}`;
}

type Row = Record<string, unknown>;

/** Relevance is computed over at most this many of the newest matches (see SearchQuery.sort). */
export const RANK_WINDOW = 5000;

export function searchSqlite(db: Database.Database, q: SearchQuery): DocumentHit[] {
  const { limit, offset } = pageOf(q);
  const parsed = q.text === undefined ? undefined : parseSearchQuery(q.text);
  const cols = 'd.id AS id, d.title AS title, d.outlet AS outlet, d.url AS url, d.published_at AS publishedAt, d.status AS status, d.text AS text';
  const filterParams: unknown[] = [];
  const where = filterSql(q, filterParams);
  let rows: Row[];
  if (parsed && q.sort !== 'date') {
    // 1. The oldest match inside the ranking window, walking matches newest first (no ranking yet).
    // 2. Rank only the matches from there on, on the FTS index (documents joined only for filters).
    // Filters narrow inside the index through facet words (a necessary condition); the exact
    // filters then run on the few matches left.
    const facets = facetMatch(q);
    const match = facets ? `{title text} : (${toFts5(parsed)}) AND facets : (${facets})` : `{title text} : (${toFts5(parsed)})`;
    const from = where.length === 0 ? 'documents_fts' : 'documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid';
    const window = Math.max(RANK_WINDOW, offset + limit);
    const cutoff = (db.prepare(`SELECT documents_fts.rowid FROM ${from} WHERE documents_fts MATCH ?${and(where)} ORDER BY documents_fts.rowid DESC LIMIT 1 OFFSET ?`)
      .pluck().get(match, ...filterParams, window - 1) as number | undefined) ?? 0;
    rows = db.prepare(`WITH hits AS (
        SELECT documents_fts.rowid AS seq, bm25(documents_fts, 4.0, 1.0, 0.0) AS score FROM ${from}
        WHERE documents_fts MATCH ? AND documents_fts.rowid >= ?${and(where)} ORDER BY score, seq LIMIT ? OFFSET ?)
      SELECT ${cols} FROM hits JOIN documents d ON d.seq = hits.seq ORDER BY hits.score, hits.seq`).all(match, cutoff, ...filterParams, limit, offset) as Row[];
  } else if (parsed) {
    const facets = facetMatch(q);
    const match = facets ? `{title text} : (${toFts5(parsed)}) AND facets : (${facets})` : `{title text} : (${toFts5(parsed)})`;
    rows = db.prepare(`SELECT ${cols} FROM documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ?${and(where)} ORDER BY d.published_at DESC, d.seq DESC LIMIT ? OFFSET ?`).all(match, ...filterParams, limit, offset) as Row[];
  } else {
    rows = db.prepare(`SELECT ${cols} FROM documents d WHERE 1${and(where)} ORDER BY d.published_at DESC, d.seq DESC LIMIT ? OFFSET ?`).all(...filterParams, limit, offset) as Row[];
  }
  return rows.map(({ text, ...r }) => compactRow<DocumentHit>({ ...r, snippet: makeSnippet(text as string, parsed, r.title as string | undefined) }));
}

export function quotesSqlite(db: Database.Database, q: QuoteQuery): QuoteHit[] {
  const { limit, offset } = pageOf(q);
  const params: unknown[] = [];
  const match: string[] = [];
  if (q.speaker !== undefined) {
    const m = nameToFts5(q.speaker);
    if (!m) return [];
    match.push(`speaker : (${m})`);
  }
  if (q.about !== undefined) {
    const parsed = parseSearchQuery(q.about);
    if (parsed) match.push(`content : (${toFts5(parsed)})`);
  }
  const where: string[] = [];
  if (match.length > 0) where.push('q.qseq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'), params.push(match.join(' AND '));
  if (q.kind !== undefined) where.push('q.cue_kind = ?'), params.push(q.kind);
  where.push(...filterSql(q, params, true));
  params.push(limit, offset);
  // Order the matches using the compact filter index only, then read the wide rows of one page.
  const sql = `WITH page AS (
      SELECT q.qseq AS qseq, q.doc AS doc, d.published_at AS published, q.start_offset AS startOffset
      FROM quotes q JOIN documents d INDEXED BY documents_seq_filters ON d.seq = q.doc
      WHERE 1${and(where)} ORDER BY d.published_at DESC, q.doc DESC, q.start_offset LIMIT ? OFFSET ?)
    SELECT d.id AS documentId, q.quote_id AS quoteId, q.speaker AS speaker, q.form AS form, q.content AS content, q.cue AS cue, NULLIF(q.cue_kind, '') AS cueKind,
      q.start_offset AS start, q.end_offset AS "end", d.outlet AS outlet, d.published_at AS publishedAt, d.title AS title, d.url AS url
    FROM page JOIN quotes q ON q.qseq = page.qseq JOIN documents d ON d.seq = page.doc
    ORDER BY page.published DESC, page.doc DESC, page.startOffset`;
  return (db.prepare(sql).all(...params) as Row[]).map((r) => compactRow<QuoteHit>(r));
}

export function entitiesSqlite(db: Database.Database, q: EntityQuery): EntityHit[] {
  const { limit, offset } = pageOf(q);
  const params: unknown[] = [];
  const where: string[] = [];
  if (q.type) where.push(q.name !== undefined ? '+e.type = ?' : 'e.type = ?'), params.push(q.type);
  if (q.name !== undefined) {
    const m = nameToFts5(q.name);
    if (!m) return [];
    where.push('e.eseq IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)'), params.push(m);
  }
  params.push(limit, offset);
  const sql = `SELECT e.name AS name, e.type AS type, COUNT(DISTINCT e.doc) AS documents FROM entities e
    WHERE 1${and(where)} GROUP BY e.type, e.name ORDER BY documents DESC, e.name, e.type LIMIT ? OFFSET ?`;
  return db.prepare(sql).all(...params) as EntityHit[];
}

/** The event rows matching `q`, in `order`, with `tail` (LIMIT ...) and its parameters after the filters'. */
function eventRowQuery(db: Database.Database, q: EventQuery, order: string, tail: string, tailParams: unknown[]): EventHit[] {
  const params: unknown[] = [];
  const where: string[] = [];
  if (q.type) where.push('(ev.type = ? OR ev.subtype = ?)'), params.push(q.type, q.type);
  const { place, near, placeScope, country, ...filters } = q;
  if (country) where.push('ev.place_country = ?'), params.push(country.toUpperCase());
  where.push(...filterSql(filters, params));
  // A place by name (events placed there, or every event of the documents that mention it) or by
  // the event's stored coordinates: either.
  const at = place === undefined ? [] : [placeScope === 'document' ? filterSql({ place }, params).join(' AND ') : eventAtPlaceSql(place, params)];
  if (near) at.push('(ev.lat BETWEEN ? AND ? AND ev.lon BETWEEN ? AND ?)'), params.push(...nearBox(near));
  if (at.length > 0) where.push(`(${at.join(' OR ')})`);
  params.push(...tailParams);
  const sql = `SELECT ${EVENT_HIT_COLUMNS} FROM events ev JOIN documents d ON d.seq = ev.doc
    WHERE 1${and(where)} ORDER BY ${order} ${tail}`;
  return (db.prepare(sql).raw(true).all(...params) as unknown[][]).map(eventHitOf);
}

/**
 * Events placed at `place` (EventQuery.placeScope `event`): in a document that mentions it (the name
 * index narrows first), at a place whose name is the one asked, or that the document indexed under
 * that name too (another spelling, an alias); whole names, case-insensitive.
 */
function eventAtPlaceSql(place: string, params: unknown[]): string {
  const mentioned = filterSql({ place }, params)[0]!;
  if (mentioned === NOTHING) return NOTHING;
  const name = place.trim().toLowerCase();
  params.push(name, `|${name}|`);
  return `(${mentioned} AND ev.place IS NOT NULL AND (lower(ev.place) = ? OR EXISTS (SELECT 1 FROM entities pe WHERE pe.doc = ev.doc AND +pe.type = 'place'
    AND lower(pe.name) = lower(ev.place) AND instr('|' || replace(lower(pe.names), ' | ', '|') || '|', ?) > 0)))`;
}

export function eventsSqlite(db: Database.Database, q: EventQuery): EventHit[] {
  const { limit, offset } = pageOf(q);
  // `d.seq`, not the equal `ev.doc`: ordered by documents' columns alone, the sort keeps only the page (0.26 s -> a few ms for the newest 20 of 134,615 events).
  return eventRowQuery(db, q, 'd.published_at DESC, d.seq DESC, ev.rowid', 'LIMIT ? OFFSET ?', [limit, offset]);
}

/** Upper bound on `max` for `eventRows`, so one call cannot hold an unbounded result in memory. */
export const MAX_EVENT_ROWS = 100_000;

export function eventRowsSqlite(db: Database.Database, q: EventQuery, max: number): EventHit[] {
  return eventRowQuery(db, q, 'ev.rowid DESC', 'LIMIT ?', [Math.max(0, Math.min(MAX_EVENT_ROWS, Math.floor(max)))]);
}

/** At most this many person-role rows are read for one name (Store.personRoleRows). */
export const MAX_ROLE_ROWS = 200_000;

export function personRoleRowsSqlite(db: Database.Database, name: string, max = MAX_ROLE_ROWS): PersonRoleHit[] {
  const match = nameToFts5(name);
  if (!match) return [];
  // `+e.type`: drive the lookup from the few name matches (as the person filter does). The date comes
  // from the narrow index documents_seq_filters, not from the documents rows (each one spans pages of
  // text): a person in 15,000 of 100,000 articles read 15,000 wide rows for a page that shows a few.
  return (db.prepare(`SELECT ${PERSON_ROLE_COLUMNS}, p.doc IS NOT NULL
    FROM entities e JOIN documents d INDEXED BY documents_seq_filters ON d.seq = e.doc
    LEFT JOIN person_roles r ON r.doc = e.doc AND r.entity_id = e.entity_id
    LEFT JOIN person_roles_pending p ON p.doc = e.doc
    WHERE +e.type = 'person' AND e.eseq IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)
    ORDER BY d.published_at IS NULL, d.published_at DESC, e.doc DESC, r.start_offset
    LIMIT ?`).raw(true).all(match, Math.max(1, Math.min(MAX_ROLE_ROWS, Math.floor(max)))) as unknown[][]).map(personRoleHitOf);
}

export function documentHeadsSqlite(db: Database.Database, seqs: readonly number[]): DocumentHead[] {
  if (seqs.length === 0) return [];
  return (db.prepare(`SELECT d.seq AS seq, d.id AS documentId, d.outlet AS outlet, d.published_at AS publishedAt, d.title AS title
    FROM documents d WHERE d.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs.map(Number))) as Row[]).map((r) => compactRow<DocumentHead>(r));
}
