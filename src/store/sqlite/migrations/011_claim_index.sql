-- One row per claim, so the per-claim export (GET /api/claims, `newslens search --claims`) finds the
-- articles whose claims a status, claimant or event-type filter keeps, and counts their rows to skip a
-- deep offset, without decoding stored Documents (src/corpus/claim-rows.ts `claimIndexOf` makes the
-- rows: statuses ";a;b;", claimant words " w1 w2 ", event types "|t|s|"). An article without claims has
-- no row. Documents stored before are listed in claim_index_pending (only those with a claim) until
-- `newslens reanalyze --index-only` (or `newslens reanalyze`) fills their rows in; until then the export
-- reads them from their Documents.
CREATE TABLE claim_index (
  doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  statuses TEXT NOT NULL,
  claimant TEXT NOT NULL,
  event_types TEXT NOT NULL,
  PRIMARY KEY (doc, ordinal)
);
CREATE TABLE claim_index_pending (
  doc INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE
);
INSERT INTO claim_index_pending (doc) SELECT DISTINCT doc FROM claims;
