/**
 * The upgrade of quote rows indexed before the cue_kind column existed (migration 005): each gets the
 * kind read off its article's stored Document (cue-kind.ts); a row whose kind cannot be told gets
 * KIND_NOT_KNOWN, so that none stays pending.
 */
import type pg from 'pg';
import { unpackDocument } from '../codec.js';
import { KIND_NOT_KNOWN, storedCueKind } from '../cue-kind.js';
import type { CueKindBackfill } from '../types.js';

/**
 * Fills the cue kind of every quote row that has none, `transaction` running each batch in one; says
 * how many documents and quotes it did.
 */
export async function backfillCueKindsPostgres(pool: pg.Pool, transaction: <T>(fn: (client: pg.PoolClient) => Promise<T>) => Promise<T>): Promise<CueKindBackfill> {
  const docs = (await pool.query('SELECT DISTINCT doc FROM quotes WHERE cue_kind IS NULL ORDER BY doc')).rows.map((r: { doc: string }) => Number(r.doc));
  const done: CueKindBackfill = { documents: 0, quotes: 0, filled: 0 };
  // A few hundred documents per transaction: ingest can go on between them.
  for (let i = 0; i < docs.length; i += 200) {
    await transaction(async (client) => {
      for (const seq of docs.slice(i, i + 200)) {
        const { rows } = await client.query('SELECT document FROM documents WHERE seq = $1', [seq]);
        done.documents++;
        const quotes = rows[0] ? unpackDocument((rows[0] as { document: Buffer }).document).layers.quotes ?? [] : [];
        const kinds = quotes.map((q) => storedCueKind(q));
        const result = await client.query(`UPDATE quotes SET cue_kind = k.kind FROM unnest($2::text[], $3::text[]) AS k(id, kind)
          WHERE quotes.doc = $1 AND quotes.quote_id = k.id AND quotes.cue_kind IS NULL RETURNING quotes.cue_kind`,
        [seq, quotes.map((q) => q.id), kinds.map((k) => k ?? KIND_NOT_KNOWN)]);
        done.quotes += result.rowCount ?? 0;
        done.filled += (result.rows as Array<{ cue_kind: string }>).filter((r) => r.cue_kind !== KIND_NOT_KNOWN).length;
        // A row whose quote the document does not hold (none expected): kind not known, never pending again.
        done.quotes += (await client.query('UPDATE quotes SET cue_kind = $1 WHERE doc = $2 AND cue_kind IS NULL', [KIND_NOT_KNOWN, seq])).rowCount ?? 0;
      }
    });
  }
  return done;
}
