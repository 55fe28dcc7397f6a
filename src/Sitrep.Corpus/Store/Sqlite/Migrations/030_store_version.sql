-- A counter bumped inside every transaction that changes documents, events or reviews, so a reader can
-- cache what it built from them and learn cheaply (one row) when that went stale, whichever process made
-- the change. Same as Postgres/Migrations/030_store_version.sql (SQLite has only row triggers).
CREATE TABLE store_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL);
INSERT INTO store_version (id, version) VALUES (1, 0);
CREATE TRIGGER documents_insert_version AFTER INSERT ON documents BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER documents_update_version AFTER UPDATE ON documents BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER documents_delete_version AFTER DELETE ON documents BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER events_insert_version AFTER INSERT ON events BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER events_update_version AFTER UPDATE ON events BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER events_delete_version AFTER DELETE ON events BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER event_reviews_insert_version AFTER INSERT ON event_reviews BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER event_reviews_update_version AFTER UPDATE ON event_reviews BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER event_reviews_delete_version AFTER DELETE ON event_reviews BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
