-- Sitrep corpus schema, version 1 (SQLite). Keep column names in step with Postgres/Migrations/001_initial.sql:
-- the store's SQL is shared between the two dialects; only types and full-text search differ.
CREATE TABLE documents (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  id            TEXT NOT NULL UNIQUE,
  source        TEXT NOT NULL,
  url           TEXT,
  title         TEXT,
  byline        TEXT,
  published     TEXT,
  text          TEXT NOT NULL,
  raw_html      TEXT,
  raw_hash      TEXT,
  status        TEXT NOT NULL,
  claimed_by    TEXT,
  claimed_until INTEGER,
  attempts      INTEGER NOT NULL DEFAULT 0,
  error         TEXT,
  report        TEXT,
  ingested_at   INTEGER NOT NULL
);
CREATE INDEX documents_queue ON documents (status, seq) WHERE status IN ('queued', 'claimed');
CREATE INDEX documents_published ON documents (published);

CREATE TABLE entities (
  document_id TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  role        TEXT,
  affiliation TEXT,
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE places (
  document_id TEXT NOT NULL,
  place_id    TEXT NOT NULL,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  country     TEXT,
  admin1      TEXT,
  lat         REAL,
  lon         REAL,
  geonames_id INTEGER,
  PRIMARY KEY (document_id, place_id)
);

CREATE TABLE quotes (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id  TEXT NOT NULL,
  quote_id     TEXT NOT NULL,
  kind         TEXT NOT NULL,
  text         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  cue          TEXT,
  speaker_id   TEXT,
  speaker      TEXT,
  confidence   REAL NOT NULL,
  UNIQUE (document_id, quote_id)
);

CREATE TABLE events (
  seq            INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id    TEXT NOT NULL,
  event_id       TEXT NOT NULL,
  category       TEXT NOT NULL,
  scope          TEXT NOT NULL,
  event_type     TEXT,
  sub_event_type TEXT,
  plover         TEXT,
  actors         TEXT,
  targets        TEXT,
  target_type    TEXT,
  weapon         TEXT,
  launched       INTEGER,
  intercepted    INTEGER,
  place_name     TEXT,
  place_kind     TEXT,
  country        TEXT,
  admin1         TEXT,
  lat            REAL,
  lon            REAL,
  geonames_id    INTEGER,
  date           TEXT,
  date_precision TEXT,
  killed_min     INTEGER,
  killed_best    INTEGER,
  killed_max     INTEGER,
  injured_min    INTEGER,
  injured_best   INTEGER,
  injured_max    INTEGER,
  confidence     REAL NOT NULL,
  evidence       TEXT NOT NULL,
  incident_id    TEXT,
  UNIQUE (document_id, event_id)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_link ON events (sub_event_type, date);
CREATE INDEX events_incident ON events (incident_id);

CREATE TABLE incidents (
  id             TEXT PRIMARY KEY,
  sub_event_type TEXT NOT NULL,
  date           TEXT NOT NULL,
  place_name     TEXT,
  country        TEXT,
  admin1         TEXT,
  lat            REAL,
  lon            REAL,
  killed_best    INTEGER,
  killed_max     INTEGER,
  injured_best   INTEGER,
  injured_max    INTEGER,
  conflict       TEXT,
  sources        INTEGER NOT NULL,
  figures        TEXT NOT NULL
);

CREATE TABLE feeds (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  polled_at     INTEGER
);

-- Full text: external-content FTS5 tables kept in step by triggers (rows are never updated in text).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='seq',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.seq, new.text, coalesce(new.speaker, ''));
END;
