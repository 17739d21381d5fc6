-- Event rows say when the event is a recurring pattern ("shelled almost daily"), not one event: it has
-- no date of its own, so compare would otherwise date it by its article and join it to the specific
-- event of that day, and an events export would count it as one. TRUE for a pattern, NULL otherwise;
-- existing rows keep NULL until `newslens reanalyze` rewrites them. A nullable column without a
-- default: added in place, no rewrite.
ALTER TABLE events ADD COLUMN recurring BOOLEAN;
