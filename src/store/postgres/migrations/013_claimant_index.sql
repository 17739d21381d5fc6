-- The claimant filter of the per-claim export (`search --claims --claimant`, GET /api/claims?claimant=)
-- by index instead of a substring scan of every claim. What each part holds and indexes:
-- - claimants: one row per distinct claimant key, the claimant's name as lower-case, accent-folded words
--   between spaces (" jose pena nunez ", src/corpus/claim-rows.ts `claimantWords`); `key` is unique.
-- - claimant_words: one row per (word, claimant) pair, each distinct word of each key once; its primary
--   key (word, claimant) is the index a filter seeks, once per word of the filter.
-- - claim_index.claimant_id: the claimant of each claim, and the index claim_index_claimant on
--   (claimant_id, doc): a claimant's claims with their articles, which the filter reads once it has
--   kept the claimants that have every word. claim_index.claimant keeps the key as text beside it.
-- This migration fills none of them: rows indexed before it keep claimant_id NULL and their claimant
-- column as it was written (lower-case words, accents kept), and every article with claim_index rows
-- is listed in claim_index_pending (again, or beside those already waiting), so the export reads those
-- articles from their Documents until they are upgraded. The upgrade (`newslens reanalyze --index-only`,
-- src/store/*/claimant-upgrade.ts) folds each distinct old claimant column into its key, adds missing
-- claimants with their words and sets claimant_id, without reading any Document; only articles with
-- no claim_index rows (stored before the claim index) are read.
CREATE TABLE claimants (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key TEXT NOT NULL UNIQUE
);
CREATE TABLE claimant_words (
  word TEXT NOT NULL,
  claimant BIGINT NOT NULL REFERENCES claimants (id),
  PRIMARY KEY (word, claimant)
);
ALTER TABLE claim_index ADD COLUMN claimant_id BIGINT REFERENCES claimants (id);
CREATE INDEX claim_index_claimant ON claim_index (claimant_id, doc);
INSERT INTO claim_index_pending (doc) SELECT DISTINCT doc FROM claim_index ON CONFLICT DO NOTHING;
