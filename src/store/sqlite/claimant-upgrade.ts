/**
 * Upgrade of a claim index written before claimants had ids (migration 012 listed those articles in
 * claim_index_pending again): each claim's claimant is already in claim_index.claimant, so its id comes
 * from there by set-based SQL, without reading any Document. Only the distinct names of a batch are
 * folded here (accents, as `claimantWords` does for new claims, which SQL cannot do).
 */
import type { Database } from 'better-sqlite3';
import { claimantWords } from '../../corpus/claim-rows.js';
import type { ClaimIndexBackfill } from '../types.js';

/** Articles per transaction: ingest can go on between them. */
const BATCH = 5000;

/**
 * Gives the indexed claims of the waiting articles their claimant ids (`idOf` adds a claimant and its
 * words when new) and takes those articles off the waiting list; articles with no claim-index rows stay
 * listed (their Documents must be read). Says how many articles and claims it did.
 */
export function fillClaimantIdsSqlite(db: Database, idOf: (key: string) => number): ClaimIndexBackfill {
  const result: ClaimIndexBackfill = { documents: 0, claims: 0 };
  const waiting = db.prepare(`SELECT p.doc FROM claim_index_pending p WHERE p.doc > ?
    AND EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = p.doc) ORDER BY p.doc LIMIT ?`).pluck();
  db.exec('CREATE TEMP TABLE IF NOT EXISTS claimant_upgrade (old TEXT PRIMARY KEY, key TEXT NOT NULL, id INTEGER NOT NULL)');
  const names = db.prepare('SELECT DISTINCT claimant FROM claim_index WHERE doc BETWEEN ? AND ? AND claimant_id IS NULL').pluck();
  const map = db.prepare('INSERT INTO claimant_upgrade (old, key, id) VALUES (?, ?, ?)');
  const update = db.prepare(`UPDATE claim_index SET (claimant, claimant_id) = (SELECT u.key, u.id FROM claimant_upgrade u WHERE u.old = claim_index.claimant)
    WHERE doc BETWEEN ? AND ? AND claimant_id IS NULL`);
  const done = db.prepare(`DELETE FROM claim_index_pending WHERE doc BETWEEN ? AND ?
    AND EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = claim_index_pending.doc)`);
  for (let after = 0; ;) {
    const docs = waiting.all(after, BATCH) as number[];
    if (docs.length === 0) break;
    const lo = docs[0]!, hi = docs[docs.length - 1]!;
    db.transaction(() => {
      db.exec('DELETE FROM claimant_upgrade');
      for (const old of names.all(lo, hi) as string[]) {
        const key = ` ${claimantWords(old).join(' ')} `;
        map.run(old, key, idOf(key));
      }
      result.claims += update.run(lo, hi).changes;
      result.documents += done.run(lo, hi).changes;
    }).immediate();
    after = hi;
  }
  db.exec('DROP TABLE IF EXISTS temp.claimant_upgrade');
  return result;
}
