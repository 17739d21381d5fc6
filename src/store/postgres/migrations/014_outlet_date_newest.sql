-- An outlet's articles newest first (the per-claim export's pages with an outlet filter, search sorted
-- by date with --outlet): an index in the order of those lists, published_at DESC NULLS LAST, seq DESC,
-- after the outlet, so a page is one range of it from its key (bench/claim-pages.ts). With
-- documents_outlet_date (outlet, published_at), ascending and without seq, every page of an outlet
-- sorted all of the outlet's articles (10,000 of 200,000: 113 ms for each page of 500). It replaces
-- that index: its ranges (an outlet, and a date range within it) are this one's.
CREATE INDEX documents_outlet_newest ON documents (outlet, published_at DESC NULLS LAST, seq DESC);
DROP INDEX documents_outlet_date;
ANALYZE documents;
