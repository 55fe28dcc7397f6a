-- Sitrep corpus schema, version 1 (PostgreSQL). Keep column names in step with Sqlite/Migrations/001_initial.sql:
-- the store's SQL is shared between the two dialects; only types and full-text search differ.
CREATE TABLE documents (
  seq           bigserial PRIMARY KEY,
  id            text NOT NULL UNIQUE,
  source        text NOT NULL,
  url           text,
  title         text,
  byline        text,
  published     text,
  text          text NOT NULL,
  raw_html      text,
  raw_hash      text,
  status        text NOT NULL,
  claimed_by    text,
  claimed_until bigint,
  attempts      integer NOT NULL DEFAULT 0,
  error         text,
  report        text,
  ingested_at   bigint NOT NULL,
  tsv           tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX documents_queue ON documents (status, seq) WHERE status IN ('queued', 'claimed');
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE entities (
  document_id text NOT NULL,
  entity_id   text NOT NULL,
  type        text NOT NULL,
  name        text NOT NULL,
  role        text,
  affiliation text,
  mentions    integer NOT NULL,
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE places (
  document_id text NOT NULL,
  place_id    text NOT NULL,
  name        text NOT NULL,
  kind        text NOT NULL,
  country     text,
  admin1      text,
  lat         double precision,
  lon         double precision,
  geonames_id bigint,
  PRIMARY KEY (document_id, place_id)
);

CREATE TABLE quotes (
  seq          bigserial PRIMARY KEY,
  document_id  text NOT NULL,
  quote_id     text NOT NULL,
  kind         text NOT NULL,
  text         text NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  cue          text,
  speaker_id   text,
  speaker      text,
  confidence   double precision NOT NULL,
  tsv          tsvector GENERATED ALWAYS AS (to_tsvector('english', text || ' ' || coalesce(speaker, ''))) STORED,
  UNIQUE (document_id, quote_id)
);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

CREATE TABLE events (
  seq            bigserial PRIMARY KEY,
  document_id    text NOT NULL,
  event_id       text NOT NULL,
  category       text NOT NULL,
  scope          text NOT NULL,
  event_type     text,
  sub_event_type text,
  plover         text,
  actors         text,
  targets        text,
  target_type    text,
  weapon         text,
  launched       integer,
  intercepted    integer,
  place_name     text,
  place_kind     text,
  country        text,
  admin1         text,
  lat            double precision,
  lon            double precision,
  geonames_id    bigint,
  date           text,
  date_precision text,
  killed_min     integer,
  killed_best    integer,
  killed_max     integer,
  injured_min    integer,
  injured_best   integer,
  injured_max    integer,
  confidence     double precision NOT NULL,
  evidence       text NOT NULL,
  incident_id    text,
  UNIQUE (document_id, event_id)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_link ON events (sub_event_type, date);
CREATE INDEX events_incident ON events (incident_id);

CREATE TABLE incidents (
  id             text PRIMARY KEY,
  sub_event_type text NOT NULL,
  date           text NOT NULL,
  place_name     text,
  country        text,
  admin1         text,
  lat            double precision,
  lon            double precision,
  killed_best    integer,
  killed_max     integer,
  injured_best   integer,
  injured_max    integer,
  conflict       text,
  sources        integer NOT NULL,
  figures        text NOT NULL
);

CREATE TABLE feeds (
  url           text PRIMARY KEY,
  etag          text,
  last_modified text,
  polled_at     bigint
);
