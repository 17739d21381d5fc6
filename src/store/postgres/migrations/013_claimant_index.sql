-- The claimant filter of the per-claim export (`search --claims --claimant`, GET /api/claims?claimant=)
-- by index instead of a substring scan of every claim: each distinct claimant once in claimants (key: its
-- lower-case, accent-folded words as " w1 w2 ", src/corpus/claim-rows.ts `claimantWords`), each of its
-- words once in claimant_words, and claim_index.claimant_id pointing at it, indexed with the document.
-- A filter looks each of its words up in claimant_words (an index seek per word), keeps the claimants
-- that have them all, then reads those claimants' claims by the index. Claims indexed before have no
-- claimant_id: their articles are listed in claim_index_pending again (read from their Documents
-- meanwhile, as before) until `newslens reanalyze --index-only` indexes them anew.
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
