-- A counter bumped inside every transaction that changes documents, events or reviews, so a reader can
-- cache what it built from them and learn cheaply (one row) when that went stale, whichever process made
-- the change. Statement triggers: one bump per statement, not per row. Same as Sqlite/Migrations/030_store_version.sql.
CREATE TABLE store_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
INSERT INTO store_version (id, version) VALUES (1, 0);
CREATE FUNCTION bump_store_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE store_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
CREATE TRIGGER documents_version AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version();
CREATE TRIGGER events_version AFTER INSERT OR UPDATE OR DELETE ON events FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version();
CREATE TRIGGER event_reviews_version AFTER INSERT OR UPDATE OR DELETE ON event_reviews FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version();
