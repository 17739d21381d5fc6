-- Event rows say when the event is a recurring pattern ("shelled almost daily"), not one event: it has
-- no date of its own, so compare would otherwise date it by its article and join it to the specific
-- event of that day, and an events export would count it as one. 1 for a pattern, NULL otherwise;
-- existing rows keep NULL until `newslens reanalyze` rewrites them.
ALTER TABLE events ADD COLUMN recurring INTEGER;
