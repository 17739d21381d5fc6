/**
 * Claimants of the claim index in PostgreSQL: adding new ones with their words, and the upgrade of claims
 * indexed before claimants had ids (migration 013 listed those articles in claim_index_pending again).
 * Each claim's claimant is already in claim_index.claimant, so its id comes from there by set-based
 * SQL, a batch of articles per transaction, without reading any Document. Only the distinct names of a
 * batch are folded here (accents, as `claimantWords` does for new claims).
 */
import type pg from 'pg';
import { claimantWords } from '../../corpus/claim-rows.js';
import type { ClaimIndexBackfill } from '../types.js';

/** Articles per transaction: ingest can go on between them. */
const BATCH = 2000;

/** Adds the claimants keyed `keys` (" w1 w2 ") that the store lacks, with their words (a concurrent insert of the same claimant waits on ON CONFLICT). */
export async function addClaimants(client: pg.PoolClient, keys: readonly string[]): Promise<void> {
  await client.query(`WITH added AS (INSERT INTO claimants (key) SELECT DISTINCT unnest($1::text[]) ON CONFLICT (key) DO NOTHING RETURNING id, key)
    INSERT INTO claimant_words (word, claimant) SELECT DISTINCT w, a.id FROM added a, unnest(string_to_array(btrim(a.key), ' ')) AS w WHERE w <> ''`, [keys]);
}

/**
 * Gives the indexed claims of the waiting articles their claimant ids and takes those articles off the
 * waiting list; articles with no claim-index rows stay listed (their Documents must be read).
 * `transaction` runs one batch in a transaction. Says how many articles and claims it did.
 */
export async function fillClaimantIdsPostgres(transaction: <T>(fn: (client: pg.PoolClient) => Promise<T>) => Promise<T>): Promise<ClaimIndexBackfill> {
  const result: ClaimIndexBackfill = { documents: 0, claims: 0 };
  for (;;) {
    const n = await transaction(async (client) => {
      const docs = (await client.query(`SELECT p.doc FROM claim_index_pending p WHERE EXISTS (SELECT 1 FROM claim_index c WHERE c.doc = p.doc)
        ORDER BY p.doc LIMIT $1 FOR UPDATE OF p SKIP LOCKED`, [BATCH])).rows.map((r: { doc: string }) => r.doc);
      if (docs.length === 0) return 0;
      const names = (await client.query('SELECT DISTINCT claimant FROM claim_index WHERE doc = ANY($1::bigint[]) AND claimant_id IS NULL', [docs]))
        .rows.map((r: { claimant: string }) => r.claimant);
      const keys = names.map((old) => ` ${claimantWords(old).join(' ')} `);
      if (names.length > 0) {
        await addClaimants(client, keys);
        const updated = await client.query(`UPDATE claim_index c SET claimant = m.key, claimant_id = k.id
          FROM unnest($1::text[], $2::text[]) AS m (old, key) JOIN claimants k ON k.key = m.key
          WHERE c.doc = ANY($3::bigint[]) AND c.claimant_id IS NULL AND c.claimant = m.old`, [names, keys, docs]);
        result.claims += updated.rowCount ?? 0;
      }
      await client.query('DELETE FROM claim_index_pending WHERE doc = ANY($1::bigint[])', [docs]);
      result.documents += docs.length;
      return docs.length;
    });
    if (n === 0) return result;
  }
}
