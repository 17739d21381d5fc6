/**
 * Writing a document's index rows (quotes, entities, events, claims, person roles, claim index) to the
 * PostgreSQL store, each table in one statement of unnest()ed columns; used by put, replace and the
 * backfills of postgres-store.ts.
 */
import pg from 'pg';
import { KIND_NOT_KNOWN } from '../cue-kind.js';
import { indexRows, type ClaimIndexRow, type PersonRoleRow } from '../index-rows.js';
import { claimIndexOf } from '../../corpus/claim-rows.js';
import type { StorableDocument } from '../types.js';
import { addClaimants } from './claimant-upgrade.js';

/** PostgreSQL text cannot hold U+0000. */
export function pgText(value: string | undefined): string | null {
  return value === undefined ? null : value.includes('\u0000') ? value.replaceAll('\u0000', ' ') : value;
}

/** One column of rows for unnest(): strings made safe for PostgreSQL text, undefined as NULL. */
export function pgColumn<T>(list: T[], f: (x: T) => unknown): unknown[] {
  return list.map((x) => { const v = f(x); return typeof v === 'string' ? pgText(v) : v ?? null; });
}

/** Inserts the index rows of a stored document (`item.index`, or worked out from its document). */
export async function insertIndexRows(client: pg.PoolClient, seq: number, item: StorableDocument): Promise<void> {
  const rows = item.index ?? indexRows(item.doc);
  const col = pgColumn;
  if (rows.quotes.length > 0) {
    const q = rows.quotes;
    await client.query(`INSERT INTO quotes (doc, quote_id, speaker, speaker_entity, form, content, cue, start_offset, end_offset, cue_kind)
      SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[])`,
      [seq, col(q, (x) => x.id), col(q, (x) => x.speaker), col(q, (x) => x.speakerEntity), col(q, (x) => x.form), col(q, (x) => x.content), col(q, (x) => x.cue), col(q, (x) => x.start), col(q, (x) => x.end), col(q, (x) => x.cueKind ?? KIND_NOT_KNOWN)]);
  }
  if (rows.entities.length > 0) {
    const e = rows.entities;
    await client.query('INSERT INTO entities (doc, entity_id, type, name, names) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])',
      [seq, col(e, (x) => x.id), col(e, (x) => x.type), col(e, (x) => x.name), col(e, (x) => x.names)]);
  }
  if (rows.events.length > 0) {
    const e = rows.events;
    await client.query(`INSERT INTO events (doc, event_id, type, subtype, place, date, trigger, attribution, lat, lon, place_precision, place_country, recurring, crowd)
      SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::float8[], $11::text[], $12::text[], $13::boolean[], $14::text[])`,
      [seq, col(e, (x) => x.id), col(e, (x) => x.type), col(e, (x) => x.subtype), col(e, (x) => x.place), col(e, (x) => x.date), col(e, (x) => x.trigger), col(e, (x) => x.attribution),
        col(e, (x) => x.lat), col(e, (x) => x.lon), col(e, (x) => x.placePrecision), col(e, (x) => x.placeCountry), col(e, (x) => x.recurring), col(e, (x) => x.crowd)]);
  }
  if (rows.claims.length > 0) {
    const c = rows.claims;
    await client.query('INSERT INTO claims (doc, claim_id, status, published_at) SELECT $1, u.*, (SELECT published_at FROM documents WHERE seq = $1) FROM unnest($2::text[], $3::text[]) AS u', [seq, col(c, (x) => x.id), col(c, (x) => x.status)]);
  }
  await insertRoles(client, seq, rows.personRoles, col);
  await insertClaimIndex(client, seq, rows.claimIndex ?? claimIndexOf(item.doc), col);
}

/** Inserts a document's person-role rows in one statement. */
export async function insertRoles(client: pg.PoolClient, seq: number, roles: PersonRoleRow[], col: <T>(list: T[], f: (x: T) => unknown) => unknown[]): Promise<void> {
  if (roles.length === 0) return;
  await client.query(`INSERT INTO person_roles (doc, entity_id, role_key, role, start_offset, end_offset, mention_id)
    SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])`,
  [seq, col(roles, (x) => x.entity), col(roles, (x) => x.key), col(roles, (x) => x.role), col(roles, (x) => x.start), col(roles, (x) => x.end), col(roles, (x) => x.mentionId)]);
}

/**
 * Inserts a document's claim-index rows in one statement, each with its claimant's id and its article's date (migration 015): claimants new to
 * the store are added first with their words (a concurrent insert of the same claimant waits on ON CONFLICT).
 */
export async function insertClaimIndex(client: pg.PoolClient, seq: number, claims: ClaimIndexRow[], col: <T>(list: T[], f: (x: T) => unknown) => unknown[]): Promise<void> {
  if (claims.length === 0) return;
  await addClaimants(client, [...new Set(claims.map((x) => x.claimant))]);
  await client.query(`INSERT INTO claim_index (doc, ordinal, statuses, claimant, event_types, claimant_id, published_at)
    SELECT $1, u.ordinal, u.statuses, u.claimant, u.event_types, k.id, (SELECT published_at FROM documents WHERE seq = $1) FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS u (ordinal, statuses, claimant, event_types)
    JOIN claimants k ON k.key = u.claimant`,
  [seq, col(claims, (x) => x.ordinal), col(claims, (x) => x.statuses), col(claims, (x) => x.claimant), col(claims, (x) => x.eventTypes)]);
}
