-- Quote rows indexed before migration 004 have cue_kind NULL; rows indexed since hold a kind, or ''
-- when it is not known. A partial index on the pending rows (few, and none once
-- `newslens reanalyze --index-only` has filled them in) keeps `stats` counting them and the backfill
-- finding them without a scan of every quote.
CREATE INDEX quotes_kind_pending ON quotes (doc) WHERE cue_kind IS NULL;
