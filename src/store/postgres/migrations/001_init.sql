-- newslens store, PostgreSQL: documents with every layer, the search indexes, and failed inputs.
-- Documents are de-duplicated by URL and by the hash of their canonical text (both unique).
-- Text columns compared as ranges or sorted use COLLATE "C" so ISO dates order as dates.

CREATE TABLE documents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  raw_hash TEXT NOT NULL,
  source_key TEXT NOT NULL,
  outlet TEXT,
  published_at TEXT COLLATE "C",
  title TEXT,
  status TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  text TEXT NOT NULL,
  document BYTEA NOT NULL,            -- the whole Document as deflated JSON
  raw BYTEA,                          -- the raw input, deflated
  raw_info JSONB,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
  ) STORED
);
CREATE INDEX documents_raw_hash ON documents (raw_hash);
CREATE INDEX documents_outlet_date ON documents (outlet, published_at);
CREATE INDEX documents_date ON documents (published_at);
CREATE INDEX documents_pipeline ON documents (pipeline_version);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

CREATE TABLE quotes (
  qseq BIGSERIAL PRIMARY KEY,
  doc BIGINT NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  quote_id TEXT NOT NULL,
  speaker TEXT,
  speaker_entity TEXT,
  form TEXT NOT NULL,
  content TEXT NOT NULL,
  cue TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  speaker_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(speaker, ''))) STORED,
  content_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
);
CREATE INDEX quotes_doc ON quotes (doc);
CREATE INDEX quotes_speaker_tsv ON quotes USING GIN (speaker_tsv);
CREATE INDEX quotes_content_tsv ON quotes USING GIN (content_tsv);

CREATE TABLE entities (
  eseq BIGSERIAL PRIMARY KEY,
  doc BIGINT NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  names TEXT NOT NULL,
  names_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', names)) STORED
);
CREATE INDEX entities_doc ON entities (doc);
CREATE INDEX entities_type_name ON entities (type, name);
CREATE INDEX entities_names_tsv ON entities USING GIN (names_tsv);

CREATE TABLE events (
  evseq BIGSERIAL PRIMARY KEY,
  doc BIGINT NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
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
  doc BIGINT NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  claim_id TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX claims_status_doc ON claims (status, doc);
CREATE INDEX claims_doc ON claims (doc);

CREATE TABLE failures (
  source_key TEXT COLLATE "C" PRIMARY KEY,
  raw_hash TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  failed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
