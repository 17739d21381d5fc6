/**
 * Person-role index rows as PersonRoleHit, read the same way by both backends: the columns in a fixed
 * order, fetched as arrays and copied into the hit property by property (NULLs left out). A person
 * named in 15,000 articles gives 15,000 rows; making a row object and then its compacted copy cost
 * more than the query.
 */
import type { PersonRoleHit } from './types.js';

/**
 * The SELECT list (entities `e`, documents `d`, person_roles `r`, person_roles_pending `p`) in the
 * order `personRoleHitOf` reads it; the last column says whether the article is pending (each backend
 * writes its own test of `p.doc`).
 */
export const PERSON_ROLE_COLUMNS = `e.doc, d.published_at, e.entity_id, e.name, e.names, r.role, r.role_key, r.start_offset, r.end_offset, r.mention_id`;

/** A PersonRoleHit from a row of PERSON_ROLE_COLUMNS plus the pending column; absent values are omitted. */
export function personRoleHitOf(r: readonly unknown[]): PersonRoleHit {
  const hit = { doc: Number(r[0]) } as PersonRoleHit;
  if (r[1] !== null) hit.publishedAt = r[1] as string;
  hit.entity = r[2] as string;
  hit.name = r[3] as string;
  hit.names = r[4] as string;
  if (r[5] !== null) hit.role = r[5] as string;
  if (r[6] !== null) hit.roleKey = r[6] as string;
  if (r[7] !== null) hit.start = r[7] as number;
  if (r[8] !== null) hit.end = r[8] as number;
  if (r[9] !== null) hit.mentionId = r[9] as string;
  // SQLite gives 1, PostgreSQL true.
  if (r[10] === 1 || r[10] === true) hit.pending = true;
  return hit;
}
