-- A rare claim status or claimant in the per-claim export (`search --claims --claim-status denied`,
-- GET /api/claims?claimant=) read from an index of its own rows in page order, newest first, instead of
-- a walk of every article's date testing each one (src/store/claim-page-plan.ts). Each row that a
-- filter seeks carries its article's publication date (documents.published_at, NULL when undated),
-- written with the row (src/store/sqlite/sqlite-store.ts) and indexed after the filter's key:
-- - claims (one row per status an article has): claims_status_date (status, published_at, doc) replaces
--   claims_status_doc (status, doc), whose lookups it answers too;
-- - claim_index (one row per claim): claim_index_claimant_date (claimant_id, published_at, doc)
--   replaces claim_index_claimant (claimant_id, doc).
-- A page is then one range of the index from the last page's key (SQLite reads an index backwards).
-- The rows already stored take their article's date here; `replace` writes both again with the date.
ALTER TABLE claims ADD COLUMN published_at TEXT;
UPDATE claims SET published_at = (SELECT d.published_at FROM documents d WHERE d.seq = claims.doc);
DROP INDEX claims_status_doc;
CREATE INDEX claims_status_date ON claims (status, published_at, doc);
ALTER TABLE claim_index ADD COLUMN published_at TEXT;
UPDATE claim_index SET published_at = (SELECT d.published_at FROM documents d WHERE d.seq = claim_index.doc);
DROP INDEX claim_index_claimant;
CREATE INDEX claim_index_claimant_date ON claim_index (claimant_id, published_at, doc);
