/**
 * Keyset pages of the per-claim export at scale: `Store.claimDocuments` (the store query behind every
 * page of `search --claims` and GET /api/claims) timed on its first, 100th (the last when there are
 * fewer) and first undated page, for every article and for each filter: an outlet, three
 * statuses (one in 80 articles, one in 7, nearly all), a rare and a common claimant word.
 * The store is filled by SQL, not by analysis: `articles` documents (one in 20 undated, several per
 * day from 20 outlets, tiny texts and Documents) with one or two claim-index rows each (one in 11 hedged, one in 101 denied, 50
 * claimants, a word shared by 10 of them), as the write path would index them, except one in 97 that
 * waits for the claim index (listed in claim_index_pending, no rows), and one `claims` row per status an article has
 * (the statuses of its claims; a waiting article's too). Claim rows carry their article's date (migration
 * SQLite 013 / PostgreSQL 015). Only the tables the query reads are filled.
 *
 *   nice -n 19 node .build/<you>/bench/claim-pages.js fill sqlite:/tmp/pages.db 200000
 *   nice -n 19 node .build/<you>/bench/claim-pages.js time sqlite:/tmp/pages.db
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { deflateRawSync } from 'node:zlib';
import { openStore } from '../src/store/open-store.js';
import type { ClaimDocumentKey, ClaimIndexFilter } from '../src/store/types.js';

const PAGE = 500;
const CLAIMANTS = 50;
const OUTLETS = 20;

/**
 * Article `i`'s published date (undated one in 20), about 30 a day from 20 outlets, its claim-index rows
 * (none while it waits) and the distinct statuses of its claims (the `claims` table's rows, waiting or not).
 */
function article(i: number): { publishedAt: string | null; pending: boolean; claims: Array<{ statuses: string; claimant: number }>; statuses: string[] } {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(i / 30) * 86_400_000).toISOString().slice(0, 10);
  const pending = i % 97 === 3;
  const claims = Array.from({ length: 1 + (i % 2) }, (_, k) => ({ statuses: (i + k) % 101 === 50 ? ';attributed;denied;' : (i + k) % 11 === 5 ? ';hedged;' : ';asserted;', claimant: (i * 7 + k) % CLAIMANTS }));
  const statuses = [...new Set(claims.flatMap((c) => c.statuses.split(';').filter(Boolean)))];
  return { publishedAt: i % 20 === 7 ? null : day, pending, claims: pending ? [] : claims, statuses };
}

const outletOf = (i: number): string => `outlet${i % OUTLETS}`;
const claimantKey = (c: number): string => ` person${c} family${c % 5} `;

async function fill(url: string, articles: number): Promise<void> {
  await (await openStore(url)).close(); // migrations
  const blob = deflateRawSync(Buffer.from('{}'));
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    const doc = db.prepare(`INSERT INTO documents (seq, id, text_hash, raw_hash, source_key, outlet, published_at, status, pipeline_version, text, document, ingested_at)
      VALUES (?, ?, ?, 'r', 'k', ?, ?, 'ok', 'bench', 'x', ?, '2026-01-01')`);
    const claim = db.prepare('INSERT INTO claim_index (doc, ordinal, statuses, claimant, event_types, claimant_id, published_at) VALUES (?, ?, ?, ?, \'\', ?, ?)');
    const status = db.prepare('INSERT INTO claims (doc, claim_id, status, published_at) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (let c = 0; c < CLAIMANTS; c++) {
        db.prepare('INSERT INTO claimants (id, key) VALUES (?, ?)').run(c + 1, claimantKey(c));
        for (const w of claimantKey(c).trim().split(' ')) db.prepare('INSERT INTO claimant_words (word, claimant) VALUES (?, ?)').run(w, c + 1);
      }
      for (let i = 0; i < articles; i++) {
        const a = article(i);
        doc.run(i + 1, `d${i}`, `h${i}`, outletOf(i), a.publishedAt, blob);
        a.claims.forEach((c, k) => claim.run(i + 1, k, c.statuses, claimantKey(c.claimant), c.claimant + 1, a.publishedAt));
        for (const s of a.statuses) status.run(i + 1, 'c0', s, a.publishedAt);
        if (a.pending) db.prepare('INSERT INTO claim_index_pending (doc) VALUES (?)').run(i + 1);
      }
    })();
    db.exec('ANALYZE');
    db.close();
    return;
  }
  const pool = new pg.Pool({ connectionString: url });
  await pool.query(`INSERT INTO claimants (id, key) OVERRIDING SYSTEM VALUE SELECT c + 1, ' person' || c || ' family' || (c % 5) || ' ' FROM generate_series(0, ${CLAIMANTS - 1}) c`);
  await pool.query(`INSERT INTO claimant_words (word, claimant) SELECT 'person' || c, c + 1 FROM generate_series(0, ${CLAIMANTS - 1}) c
    UNION ALL SELECT 'family' || (c % 5), c + 1 FROM generate_series(0, ${CLAIMANTS - 1}) c`);
  for (let from = 0; from < articles; from += 20_000) {
    const rows = Array.from({ length: Math.min(20_000, articles - from) }, (_, k) => from + k);
    const dates = rows.map((i) => article(i).publishedAt);
    await pool.query(`INSERT INTO documents (seq, id, text_hash, raw_hash, source_key, outlet, published_at, status, pipeline_version, text, document)
      SELECT i + 1, 'd' || i, 'h' || i, 'r', 'k', 'outlet' || (i % ${OUTLETS}), d, 'ok', 'bench', 'x', $3 FROM unnest($1::bigint[], $2::text[]) AS u(i, d)`, [rows, dates, blob]);
    const claims = rows.flatMap((i) => article(i).claims.map((c, k) => [i + 1, k, c.statuses, claimantKey(c.claimant), c.claimant + 1, dates[i - from]] as const));
    await pool.query(`INSERT INTO claim_index (doc, ordinal, statuses, claimant, event_types, claimant_id, published_at)
      SELECT doc, ordinal, st, cl, '', cid, d FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::bigint[], $6::text[]) AS u(doc, ordinal, st, cl, cid, d)`,
    [claims.map((c) => c[0]), claims.map((c) => c[1]), claims.map((c) => c[2]), claims.map((c) => c[3]), claims.map((c) => c[4]), claims.map((c) => c[5])]);
    const statuses = rows.flatMap((i) => article(i).statuses.map((s) => [i + 1, s, dates[i - from]] as const));
    await pool.query(`INSERT INTO claims (doc, claim_id, status, published_at) SELECT doc, 'c0', s, d FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(doc, s, d)`,
      [statuses.map((c) => c[0]), statuses.map((c) => c[1]), statuses.map((c) => c[2])]);
    await pool.query('INSERT INTO claim_index_pending (doc) SELECT i + 1 FROM unnest($1::bigint[]) AS u(i)', [rows.filter((i) => article(i).pending)]);
  }
  await pool.query(`SELECT setval(pg_get_serial_sequence('documents', 'seq'), ${articles})`);
  await pool.query('VACUUM ANALYZE'); // as autovacuum leaves a store: visibility map set
  await pool.end();
}

/** Milliseconds of the fastest of `n` runs of `f`. */
async function best(n: number, f: () => Promise<unknown>): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await f();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}

async function time(url: string): Promise<void> {
  const store = await openStore(url);
  try {
    const queries: Array<[string, { claims: ClaimIndexFilter; outlet?: string }]> = [
      ['every claim', { claims: {} }], ['outlet outlet3', { claims: {}, outlet: 'outlet3' }],
      ['status hedged', { claims: { status: 'hedged' } }], ['status asserted', { claims: { status: 'asserted' } }],
      ['status denied', { claims: { status: 'denied' } }],
      ['claimant "person3"', { claims: { claimantWords: ['person3'] } }], ['claimant "family3"', { claims: { claimantWords: ['family3'] } }],
    ];
    for (const [label, q] of queries) {
      // Walk every page (keys only), then time the first, the 100th (or the last) and the first of the undated articles.
      const starts: Array<ClaimDocumentKey | undefined> = [undefined];
      let pages = 0;
      for (let after: ClaimDocumentKey | undefined; ;) {
        const docs = await store.claimDocuments(q, after, PAGE);
        pages++;
        if (docs.length < PAGE) break;
        const last = docs[docs.length - 1]!;
        after = { publishedAt: last.publishedAt, seq: last.seq };
        starts.push(after);
      }
      const at = async (key: ClaimDocumentKey | undefined): Promise<string> => (await best(3, () => store.claimDocuments(q, key, PAGE))).toFixed(1);
      const undated = { publishedAt: null, seq: Number.MAX_SAFE_INTEGER };
      const deep = Math.min(100, starts.length);
      process.stdout.write(`${label}: ${pages} pages of ${PAGE} articles; ms first ${await at(undefined)}, page ${deep} ${await at(starts[deep - 1])}, first undated ${await at(undated)}\n`);
    }
  } finally {
    await store.close();
  }
}

const [command, url, count = '200000'] = process.argv.slice(2);
if (command === 'fill' && url) await fill(url, Number(count));
else if (command === 'time' && url) await time(url);
else throw new Error('usage: claim-pages.js fill|time STORE_URL [ARTICLES]');
