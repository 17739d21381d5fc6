-- The titles and roles the articles give each person (Entity.roles: "Kremlin spokesman"), one row per
-- role span, so the person page and GET /api/person-roles read every article that mentions the person
-- from the index instead of decoding the newest 100 stored documents. `key` groups a role across
-- articles (spaces, case, a leading article); the entity row of the same (doc, entity_id) holds the
-- name and aliases a query matches. Documents stored before are listed in person_roles_pending until
-- `newslens reanalyze --index-only` (or `newslens reanalyze`) fills their rows in from the stored
-- Documents; the person-roles answer says how many of a person's articles are still pending.
CREATE TABLE person_roles (
  doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  role_key TEXT NOT NULL,
  role TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  mention_id TEXT
);
CREATE INDEX person_roles_doc_entity ON person_roles (doc, entity_id);
CREATE TABLE person_roles_pending (
  doc INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE
);
INSERT INTO person_roles_pending (doc) SELECT seq FROM documents;
