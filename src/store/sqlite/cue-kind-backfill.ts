/**
 * The upgrade of quote rows indexed before the cue_kind column existed (migration 004): each gets the
 * kind read off its article's stored Document (cue-kind.ts); a row whose kind cannot be told gets
 * KIND_NOT_KNOWN, so that none stays pending.
 */
import type { Database } from 'better-sqlite3';
import { unpackDocument } from '../codec.js';
import { KIND_NOT_KNOWN, storedCueKind } from '../cue-kind.js';
import type { CueKindBackfill } from '../types.js';

/** Fills the cue kind of every quote row that has none; says how many documents and quotes it did. */
export function backfillCueKindsSqlite(db: Database): CueKindBackfill {
  const docs = db.prepare('SELECT DISTINCT doc FROM quotes WHERE cue_kind IS NULL ORDER BY doc').pluck().all() as number[];
  const read = db.prepare('SELECT document FROM documents WHERE seq = ?').pluck();
  const update = db.prepare('UPDATE quotes SET cue_kind = ? WHERE doc = ? AND quote_id = ? AND cue_kind IS NULL');
  const done: CueKindBackfill = { documents: 0, quotes: 0, filled: 0 };
  // A few hundred documents per transaction: ingest can go on between them.
  for (let i = 0; i < docs.length; i += 200) {
    db.transaction(() => {
      for (const seq of docs.slice(i, i + 200)) {
        const packed = read.get(seq) as Buffer | undefined;
        done.documents++;
        for (const q of packed ? unpackDocument(packed).layers.quotes ?? [] : []) {
          const kind = storedCueKind(q);
          const changes = update.run(kind ?? KIND_NOT_KNOWN, seq, q.id).changes;
          done.quotes += changes;
          if (kind) done.filled += changes;
        }
        // A row whose quote the document does not hold (none expected): kind not known, never pending again.
        done.quotes += db.prepare('UPDATE quotes SET cue_kind = ? WHERE doc = ? AND cue_kind IS NULL').run(KIND_NOT_KNOWN, seq).changes;
      }
    }).immediate();
  }
  return done;
}
