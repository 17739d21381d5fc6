/** What `newslens stats` counts, the outlets, and what each index backfill did. */

/** An outlet of the stored documents and how many it has. */
export interface OutletCount {
  outlet: string;
  documents: number;
}

/** Counts for `newslens stats`. */
export interface StoreStats {
  documents: number;
  failed: number;
  quotes: number;
  entities: number;
  events: number;
  /** Documents analysed by each pipeline version. */
  pipelineVersions: Record<string, number>;
  /**
   * Quote rows indexed before their cue kind was (SQLite migration 004, PostgreSQL 005): a "speech
   * only" query leaves them out until `Store.backfillCueKinds` (`newslens reanalyze --index-only`)
   * fills them in from the stored documents.
   */
  quotesWithoutCueKind: number;
  /**
   * Documents stored before person roles were indexed (SQLite migration 009, PostgreSQL 010): their
   * roles are missing from `personRoleRows` until `Store.backfillPersonRoles` (`newslens reanalyze
   * --index-only`) fills them in from the stored documents.
   */
  documentsWithoutPersonRoles: number;
  /**
   * Documents with claims that wait for the claim index (stored before it, SQLite migration 011 /
   * PostgreSQL 012, or indexed before claimants were, 012 / 013): the per-claim export reads their
   * Documents, slowly, until `Store.backfillClaimIndex` (`newslens reanalyze --index-only`) indexes them.
   */
  documentsWithoutClaimIndex: number;
}

/** What `Store.backfillClaimIndex` did. */
export interface ClaimIndexBackfill {
  /** Documents whose claims were indexed now. */
  documents: number;
  /** Claim rows written. */
  claims: number;
}

/** What `Store.backfillPersonRoles` did. */
export interface PersonRoleBackfill {
  /** Documents read. */
  documents: number;
  /** Role rows written. */
  roles: number;
}

/** What `Store.backfillCueKinds` did. */
export interface CueKindBackfill {
  /** Documents read. */
  documents: number;
  /** Quote rows that had no cue kind recorded. */
  quotes: number;
  /** Of those, the rows that now have a kind (the others have a cue no lexicon knows: kind not known). */
  filled: number;
}
