-- The entity list (GET /api/entities, the people page, `newslens search --entities`) counts the
-- documents of each name: COUNT(DISTINCT doc) grouped by (type, name). With doc in the index the count
-- reads the index alone instead of every entity row: at 100,000 articles (769,231 entity rows) the
-- people page's 300 persons 0.22 -> 0.02 s CPU, every entity 1.2 -> 0.08 s. It replaces the index on
-- (type, name), its prefix.
CREATE INDEX entities_type_name_doc ON entities (type, name, doc);
DROP INDEX entities_type_name;
