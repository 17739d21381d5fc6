-- Event rows carry the coordinates the places stage resolved for the event's place in its article
-- (with the precision and country), so comparing events measures distances between the places the
-- articles meant, not between the most likely readings of their names (a suburb, a namesake).
-- Existing rows keep NULL until `newslens reanalyze` rewrites them; compare then falls back to the name.
ALTER TABLE events ADD COLUMN lat REAL;
ALTER TABLE events ADD COLUMN lon REAL;
ALTER TABLE events ADD COLUMN place_precision TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
