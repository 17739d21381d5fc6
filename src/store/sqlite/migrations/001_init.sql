-- newslens store, SQLite: documents with every layer, the search indexes, and failed inputs.
-- Documents are de-duplicated by URL and by the hash of their canonical text (both unique).

CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,            -- storage order; the rowid of the FTS tables
  id TEXT NOT NULL UNIQUE,            -- Document.id
  url TEXT UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  raw_hash TEXT NOT NULL,
  source_key TEXT NOT NULL,
  outlet TEXT,
  published_at TEXT,                  -- normalised ISO date or timestamp
  title TEXT,
  status TEXT NOT NULL,               -- ok | partial
  pipeline_version TEXT NOT NULL,
  text TEXT NOT NULL,                 -- the canonical text (also inside `document`), for FTS and snippets
  document BLOB NOT NULL,             -- the whole Document as deflated JSON: meta, layers, messages
  raw BLOB,                           -- the raw input, deflated, for re-analysis
  raw_info TEXT,                      -- JSON: how to read `raw` again
  ingested_at TEXT NOT NULL,
  facets TEXT NOT NULL DEFAULT ''     -- filterable facts as index words (src/store/facets.ts)
);
CREATE INDEX documents_raw_hash ON documents (raw_hash);
CREATE INDEX documents_outlet_date ON documents (outlet, published_at);
CREATE INDEX documents_date ON documents (published_at);
CREATE INDEX documents_pipeline ON documents (pipeline_version);

CREATE INDEX documents_seq_filters ON documents (seq, outlet, published_at);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, facets, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text, facets) VALUES ('delete', old.seq, old.title, old.text, old.facets);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text, facets ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text, facets) VALUES ('delete', old.seq, old.title, old.text, old.facets);
  INSERT INTO documents_fts (rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
END;

CREATE TABLE quotes (
  qseq INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  quote_id TEXT NOT NULL,
  speaker TEXT,
  speaker_entity TEXT,
  form TEXT NOT NULL,
  content TEXT NOT NULL,
  cue TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  speaker, content, content='quotes', content_rowid='qseq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, speaker, content) VALUES (new.qseq, new.speaker, new.content);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, speaker, content) VALUES ('delete', old.qseq, old.speaker, old.content);
END;

CREATE TABLE entities (
  eseq INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  names TEXT NOT NULL                 -- name and aliases, for name matching
);
CREATE INDEX entities_doc ON entities (doc);
CREATE INDEX entities_type_name ON entities (type, name);
CREATE VIRTUAL TABLE entities_fts USING fts5(
  names, content='entities', content_rowid='eseq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER entities_ai AFTER INSERT ON entities BEGIN
  INSERT INTO entities_fts (rowid, names) VALUES (new.eseq, new.names);
END;
CREATE TRIGGER entities_ad AFTER DELETE ON entities BEGIN
  INSERT INTO entities_fts (entities_fts, rowid, names) VALUES ('delete', old.eseq, old.names);
END;

CREATE TABLE events (
  doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  subtype TEXT,
  place TEXT,
  date TEXT,
  trigger TEXT NOT NULL,
  attribution TEXT
);
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_subtype ON events (subtype);

CREATE TABLE claims (
  doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  claim_id TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX claims_status_doc ON claims (status, doc);
CREATE INDEX claims_doc ON claims (doc);

CREATE TABLE failures (
  source_key TEXT PRIMARY KEY,
  raw_hash TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
