-- Analyst review of events (audit trail): one row per action, never updated or deleted. Kept apart from
-- the report tables so re-ingesting or re-analysing a document never touches it. Same columns as
-- Sqlite/Migrations/010_review.sql.
CREATE TABLE event_reviews (
  seq         bigserial PRIMARY KEY,
  document_id text NOT NULL,
  event_id    text NOT NULL,
  action      text NOT NULL,
  field       text,
  old_value   text,
  new_value   text,
  reviewer    text NOT NULL,
  note        text,
  at          bigint NOT NULL
);
CREATE INDEX event_reviews_event ON event_reviews (document_id, event_id, seq);
