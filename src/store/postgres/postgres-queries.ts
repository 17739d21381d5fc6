/** The read queries of the PostgreSQL store: search, entities, events (quotes: quotes-query.ts). Parameterised throughout. */
import type pg from 'pg';
import type { ClaimIndexFilter, DocumentHead, DocumentHit, EntityHit, EntityQuery, EventHit, EventQuery, Filters, PersonRoleHit, SearchQuery } from '../types.js';
import { nameToTsquery, parseSearchQuery, toTsquery, type ParsedQuery, type Term } from '../search-syntax.js';
import { nearBox, pageOf, upperBound } from '../filters.js';
import { makeSnippet } from '../snippet.js';
import { EVENT_HIT_COLUMNS, eventHitOf } from '../event-hit.js';
import { compactRow } from '../compact-row.js';
import { PERSON_ROLE_COLUMNS, personRoleHitOf } from '../person-role-hit.js';

/** Collects parameters and hands out their placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const NOTHING = 'false';

/** WHERE conditions (on documents `d`) for the filters. */
export function filterSql(f: Filters & Pick<SearchQuery, 'claims'>, p: Params, skipSpeaker = false): string[] {
  const where: string[] = [];
  if (f.outlet) where.push(`d.outlet = ${p.add(f.outlet)}`);
  if (f.from) where.push(`d.published_at >= ${p.add(f.from)}`);
  if (f.to) where.push(`d.published_at < ${p.add(upperBound(f.to))}`);
  for (const [type, name] of [['person', f.person], ['organisation', f.organisation], ['place', f.place]] as const) {
    if (name === undefined) continue;
    const query = nameToTsquery(name);
    if (!query) { where.push(NOTHING); continue; }
    where.push(`d.seq IN (SELECT e.doc FROM entities e WHERE e.type = ${p.add(type)} AND e.names_tsv @@ to_tsquery('simple', ${p.add(query)}))`);
  }
  if (f.speaker !== undefined && !skipSpeaker) {
    const query = nameToTsquery(f.speaker);
    where.push(query ? `d.seq IN (SELECT q.doc FROM quotes q WHERE q.speaker_tsv @@ to_tsquery('simple', ${p.add(query)}))` : NOTHING);
  }
  if (f.eventType) {
    const t = p.add(f.eventType);
    where.push(`d.seq IN (SELECT doc FROM events WHERE type = ${t} OR subtype = ${t})`);
  }
  if (f.claimStatus) where.push(`d.seq IN (SELECT doc FROM claims WHERE status = ${p.add(f.claimStatus)})`);
  if (f.claims) {
    const conds = claimIndexSql(f.claims, p);
    // Without a condition most articles qualify: test each one in date order, as on SQLite.
    where.push(conds.length === 0
      ? '(EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = d.seq) OR EXISTS (SELECT 1 FROM claim_index_pending x WHERE x.doc = d.seq))'
      : `(d.seq IN (SELECT c.doc FROM claim_index c WHERE ${conds.join(' AND ')}) OR d.seq IN (SELECT doc FROM claim_index_pending))`);
  }
  return where;
}

/** Conditions on claim_index `c` for a claim filter. */
export function claimIndexSql(f: ClaimIndexFilter, p: Params): string[] {
  const conds: string[] = [];
  if (f.status) conds.push(`strpos(c.statuses, ${p.add(`;${f.status};`)}) > 0`);
  if (f.claimantWords?.length) {
    // The claimants with every word (an index scan per word of claimant_words), then their claims (claim_index_claimant_date).
    conds.push(`c.claimant_id IN (${f.claimantWords.map((w) => `SELECT claimant FROM claimant_words WHERE word = ${p.add(w)}`).join(' INTERSECT ')})`);
  }
  if (f.eventType) conds.push(`strpos(c.event_types, ${p.add(`|${f.eventType}|`)}) > 0`);
  return conds;
}

function and(where: string[]): string {
  return where.length === 0 ? '' : ` AND ${where.join(' AND ')}`;
}

type Row = Record<string, unknown>;

export async function searchPostgres(db: pg.Pool, q: SearchQuery): Promise<DocumentHit[]> {
  const { limit, offset } = pageOf(q);
  const parsed = q.text === undefined ? undefined : parseSearchQuery(q.text);
  const p = new Params();
  const cols = 'd.id AS id, d.title AS title, d.outlet AS outlet, d.url AS url, d.published_at AS "publishedAt", d.status AS status, d.text AS text';
  let sql: string;
  if (parsed && q.sort === 'date') {
    const query = p.add(toTsquery(parsed));
    const where = filterSql(q, p);
    sql = `SELECT ${cols} FROM document_terms t JOIN documents d ON d.seq = t.seq WHERE t.tsv @@ to_tsquery('english', ${query})${and(where)}
      ORDER BY d.published_at DESC NULLS LAST, d.seq DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
  } else if (parsed) {
    const rows = await rankedSearch(db, q, parsed, cols, limit, offset);
    return rows.map(({ text, ...r }: Row) => compactRow<DocumentHit>({ ...r, snippet: makeSnippet(text as string, parsed, r.title as string | undefined) }));
  } else {
    const where = filterSql(q, p);
    sql = `SELECT ${cols} FROM documents d
      WHERE true${and(where)} ORDER BY d.published_at DESC NULLS LAST, d.seq DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
  }
  const { rows } = await db.query(sql, p.values);
  return rows.map(({ text, ...r }: Row) => compactRow<DocumentHit>({ ...r, snippet: makeSnippet(text as string, parsed, r.title as string | undefined) }));
}

/** Relevance is computed over at most this many of the newest matches, as on SQLite (see SearchQuery.sort). */
export const RANK_WINDOW = 5000;

/**
 * For a query with a phrase: the same query with every phrase read as its words (AND) and no
 * exclusions, which a GIN scan answers without positions; a superset of the matches. Undefined
 * when the query has no phrase (then the GIN scan is exact).
 */
export function looseTsquery(query: ParsedQuery): string | undefined {
  if (![...query.groups.flat(), ...query.exclude].some((t) => t.words.length > 1)) return undefined;
  const term = (t: Term): string => (t.words.length === 1 ? t.words[0]! : `(${t.words.join(' & ')})`);
  return query.groups.map((g) => (g.length === 1 ? term(g[0]!) : `(${g.map(term).join(' | ')})`)).join(' & ');
}

/**
 * Relevance search: the newest `window` matches (a GIN bitmap scan on the narrow document_terms,
 * sorted by seq: `seq + 0` so the planner cannot walk the primary key backwards and detoast every
 * vector it passes to test the match; with filters, the filtered documents are joined to the
 * matches' seqs), ranked on their small document_rank vectors, fetched by one index scan over the
 * candidates' seqs (a merge or hash join read the whole rank table for a few thousand rows).
 */
async function rankedSearch(db: pg.Pool, q: SearchQuery, parsed: ParsedQuery, cols: string, limit: number, offset: number): Promise<Row[]> {
  const tsquery = toTsquery(parsed);
  const p = new Params();
  const query = p.add(tsquery);
  const where = filterSql(q, p);
  const window = p.add(Math.max(RANK_WINDOW, offset + limit));
  // A phrase needs each match's positions, so the GIN scan alone would detoast every document that
  // holds the words. Instead: the documents with all the words, newest first, each tested for the
  // exact query one by one (a scalar subquery the planner keeps per row) until the window is full.
  const loose = looseTsquery(parsed);
  const superset = p.add(loose ?? tsquery);
  const newestFirst = where.length === 0
    ? `SELECT t.seq FROM document_terms t WHERE t.tsv @@ to_tsquery('english', ${superset}) ORDER BY t.seq + 0 DESC`
    : `SELECT d.seq FROM documents d WHERE d.seq IN (SELECT t.seq FROM document_terms t WHERE t.tsv @@ to_tsquery('english', ${superset}))${and(where)}
      ORDER BY d.seq + 0 DESC`;
  const candidates = loose === undefined
    ? `${newestFirst} LIMIT ${window}`
    : `SELECT s.seq FROM (${newestFirst}) s
      WHERE (SELECT x.tsv @@ to_tsquery('english', ${query}) FROM document_terms x WHERE x.seq = s.seq) LIMIT ${window}`;
  const sql = `WITH candidates AS MATERIALIZED (${candidates}),
    hits AS (
      SELECT r.seq, ts_rank(r.tsv, to_tsquery('english', ${query})) AS rank FROM document_rank r WHERE r.seq = ANY (ARRAY(SELECT seq FROM candidates))
      ORDER BY rank DESC, r.seq LIMIT ${p.add(limit)} OFFSET ${p.add(offset)})
    SELECT ${cols} FROM hits JOIN documents d ON d.seq = hits.seq ORDER BY hits.rank DESC, d.seq`;
  const client = await db.connect();
  try {
    // A cost the planner cannot see: a sequential scan of document_terms detoasts every vector.
    await client.query('BEGIN READ ONLY; SET LOCAL enable_seqscan = off');
    const { rows } = await client.query(sql, p.values);
    await client.query('COMMIT');
    return rows as Row[];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function entitiesPostgres(db: pg.Pool, q: EntityQuery): Promise<EntityHit[]> {
  const { limit, offset } = pageOf(q);
  const p = new Params();
  const where: string[] = [];
  if (q.type) where.push(`e.type = ${p.add(q.type)}`);
  if (q.name !== undefined) {
    const query = nameToTsquery(q.name);
    if (!query) return [];
    where.push(`e.names_tsv @@ to_tsquery('simple', ${p.add(query)})`);
  }
  const sql = `SELECT e.name AS name, e.type AS type, COUNT(DISTINCT e.doc)::int AS documents FROM entities e
    WHERE true${and(where)} GROUP BY e.type, e.name ORDER BY documents DESC, e.name, e.type COLLATE "C" LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
  const { rows } = await db.query(sql, p.values);
  return rows as EntityHit[];
}

/** The event rows matching `q`, in `order`, limited by what `tail` adds to the same parameters. */
async function eventRowQuery(db: pg.Pool, q: EventQuery, order: string, tail: (p: Params) => string): Promise<EventHit[]> {
  const p = new Params();
  const where: string[] = [];
  if (q.type) {
    const t = p.add(q.type);
    where.push(`(ev.type = ${t} OR ev.subtype = ${t})`);
  }
  const { place, near, placeScope, country, ...filters } = q;
  if (country) where.push(`ev.place_country = ${p.add(country.toUpperCase())}`);
  where.push(...filterSql(filters, p));
  // A place by name (events placed there, or every event of the documents that mention it) or by
  // the event's stored coordinates: either.
  const at = place === undefined ? [] : [placeScope === 'document' ? filterSql({ place }, p).join(' AND ') : eventAtPlaceSql(place, p)];
  if (near) {
    const [latMin, latMax, lonMin, lonMax] = nearBox(near);
    at.push(`(ev.lat BETWEEN ${p.add(latMin)} AND ${p.add(latMax)} AND ev.lon BETWEEN ${p.add(lonMin)} AND ${p.add(lonMax)})`);
  }
  if (at.length > 0) where.push(`(${at.join(' OR ')})`);
  const sql = `SELECT ${EVENT_HIT_COLUMNS} FROM events ev JOIN documents d ON d.seq = ev.doc
    WHERE true${and(where)} ORDER BY ${order} ${tail(p)}`;
  const { rows } = await db.query({ text: sql, values: p.values, rowMode: 'array' });
  return (rows as unknown[][]).map(eventHitOf);
}

/** Events placed at `place`, as on SQLite (sqlite-queries.ts eventAtPlaceSql). */
function eventAtPlaceSql(place: string, p: Params): string {
  const mentioned = filterSql({ place }, p)[0]!;
  if (mentioned === NOTHING) return NOTHING;
  const name = place.trim().toLowerCase();
  return `(${mentioned} AND ev.place IS NOT NULL AND (lower(ev.place) = ${p.add(name)} OR EXISTS (SELECT 1 FROM entities pe WHERE pe.doc = ev.doc AND pe.type = 'place'
    AND lower(pe.name) = lower(ev.place) AND strpos('|' || replace(lower(pe.names), ' | ', '|') || '|', ${p.add(`|${name}|`)}) > 0)))`;
}

export async function eventsPostgres(db: pg.Pool, q: EventQuery): Promise<EventHit[]> {
  const { limit, offset } = pageOf(q);
  return eventRowQuery(db, q, 'd.published_at DESC NULLS LAST, ev.doc DESC, ev.evseq', (p) => `LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`);
}

/** Upper bound on `max` for `eventRows` (as in SQLite). */
const MAX_EVENT_ROWS = 100_000;

export async function eventRowsPostgres(db: pg.Pool, q: EventQuery, max: number): Promise<EventHit[]> {
  return eventRowQuery(db, q, 'ev.evseq DESC', (p) => `LIMIT ${p.add(Math.max(0, Math.min(MAX_EVENT_ROWS, Math.floor(max))))}`);
}

/** At most this many person-role rows are read for one name (Store.personRoleRows). */
const MAX_ROLE_ROWS = 200_000;

export async function personRoleRowsPostgres(db: pg.Pool, name: string, max = MAX_ROLE_ROWS): Promise<PersonRoleHit[]> {
  const query = nameToTsquery(name);
  if (!query) return [];
  // Only the date of each article: its id, outlet and title are read for the few an answer shows (documentHeads).
  const { rows } = await db.query({
    text: `SELECT ${PERSON_ROLE_COLUMNS}, p.doc IS NOT NULL
    FROM entities e JOIN documents d ON d.seq = e.doc
    LEFT JOIN person_roles r ON r.doc = e.doc AND r.entity_id = e.entity_id
    LEFT JOIN person_roles_pending p ON p.doc = e.doc
    WHERE e.type = 'person' AND e.names_tsv @@ to_tsquery('simple', $1)
    ORDER BY d.published_at DESC NULLS LAST, e.doc DESC, r.start_offset
    LIMIT $2`,
    values: [query, Math.max(1, Math.min(MAX_ROLE_ROWS, Math.floor(max)))],
    rowMode: 'array',
  });
  return (rows as unknown[][]).map(personRoleHitOf);
}

export async function documentHeadsPostgres(db: pg.Pool, seqs: readonly number[]): Promise<DocumentHead[]> {
  if (seqs.length === 0) return [];
  const { rows } = await db.query(`SELECT seq::int AS seq, id AS "documentId", outlet, published_at AS "publishedAt", title
    FROM documents WHERE seq = ANY($1::bigint[])`, [seqs.map(Number)]);
  return rows.map((r: Row) => compactRow<DocumentHead>(r));
}
