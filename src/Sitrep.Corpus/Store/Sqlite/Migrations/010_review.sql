-- Analyst review of events (audit trail): one row per action, never updated or deleted. Kept apart from
-- the report tables so re-ingesting or re-analysing a document never touches it. Same columns as
-- Postgres/Migrations/010_review.sql.
CREATE TABLE event_reviews (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  action      TEXT NOT NULL,
  field       TEXT,
  old_value   TEXT,
  new_value   TEXT,
  reviewer    TEXT NOT NULL,
  note        TEXT,
  at          INTEGER NOT NULL
);
CREATE INDEX event_reviews_event ON event_reviews (document_id, event_id, seq);
