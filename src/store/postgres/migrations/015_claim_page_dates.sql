-- A rare claim status or claimant in the per-claim export (`search --claims --claim-status denied`,
-- GET /api/claims?claimant=) read from an index of its own rows in page order, newest first, instead of
-- a walk of every article's date testing each one (src/store/claim-page-plan.ts). Each row that a
-- filter seeks carries its article's publication date (documents.published_at, NULL when undated),
-- written with the row (src/store/postgres/postgres-store.ts) and indexed after the filter's key in the
-- order of the pages (published_at DESC NULLS LAST, doc DESC, as documents_date_newest):
-- - claims (one row per status an article has): claims_status_date replaces claims_status_doc
--   (status, doc), whose lookups it answers too;
-- - claim_index (one row per claim): claim_index_claimant_date replaces claim_index_claimant
--   (claimant_id, doc).
-- A page is then one range of the index from the last page's key. The rows already stored take their
-- article's date here (one transaction with the rest); `replace` writes both again with the date.
ALTER TABLE claims ADD COLUMN published_at TEXT COLLATE "C";
UPDATE claims c SET published_at = d.published_at FROM documents d WHERE d.seq = c.doc AND d.published_at IS NOT NULL;
DROP INDEX claims_status_doc;
CREATE INDEX claims_status_date ON claims (status, published_at DESC NULLS LAST, doc DESC);
ALTER TABLE claim_index ADD COLUMN published_at TEXT COLLATE "C";
UPDATE claim_index c SET published_at = d.published_at FROM documents d WHERE d.seq = c.doc AND d.published_at IS NOT NULL;
DROP INDEX claim_index_claimant;
CREATE INDEX claim_index_claimant_date ON claim_index (claimant_id, published_at DESC NULLS LAST, doc DESC);
ANALYZE claims;
ANALYZE claim_index;
