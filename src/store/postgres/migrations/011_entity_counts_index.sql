-- The entity list (GET /api/entities, the people page, `newslens search --entities`) counts the
-- documents of each name: COUNT(DISTINCT doc) grouped by (type, name). With doc in the index the count
-- can read the index alone (an index-only scan) instead of every entity row. It replaces the index on
-- (type, name), its prefix.
CREATE INDEX entities_type_name_doc ON entities (type, name, doc);
DROP INDEX entities_type_name;
