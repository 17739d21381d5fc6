-- Newest-first lists (quotes, search sorted by date, events, filters only) order by
-- published_at DESC NULLS LAST, seq DESC: an index in exactly that order lets a query walk the
-- documents newest first and stop after a page, where the plain date index (ascending, nulls last)
-- cannot give that order and the whole table was sorted for every page. The quotes query uses the
-- walk only when matches are dense (src/store/postgres/quotes-query.ts).
CREATE INDEX documents_date_newest ON documents (published_at DESC NULLS LAST, seq DESC);
ANALYZE documents;
