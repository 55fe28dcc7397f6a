-- Watches (saved queries that notify), what each has told about which incident, its notifications and the
-- outbox their deliveries wait in. Notifications and outbox rows are written in the same transaction as the
-- document or review that causes them, so a crash can neither lose nor duplicate one. Same as
-- Postgres/Migrations/040_watches.sql.
CREATE TABLE watches (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL UNIQUE,
  country     TEXT,
  admin1      TEXT,
  lat         REAL,
  lon         REAL,
  radius_km   REAL,
  type        TEXT,
  actor       TEXT,
  min_killed  INTEGER,
  min_injured INTEGER,
  words       TEXT,
  webhook     TEXT,
  email       TEXT,
  secret      TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);

-- One row per incident a watch has notified about, with the figures it last told (a change of these is a revision).
CREATE TABLE watch_incidents (
  watch_id     INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  incident_key TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  killed_best  INTEGER,
  killed_max   INTEGER,
  injured_best INTEGER,
  injured_max  INTEGER,
  conflict     TEXT,
  updated_at   INTEGER NOT NULL,
  PRIMARY KEY (watch_id, incident_key)
);

-- Which stored events a watch has counted into which of its incidents (so a later source finds the incident).
CREATE TABLE watch_events (
  watch_id     INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  document_id  TEXT NOT NULL,
  event_id     TEXT NOT NULL,
  incident_key TEXT NOT NULL,
  PRIMARY KEY (watch_id, document_id, event_id)
);
CREATE INDEX watch_events_event ON watch_events (document_id, event_id);

CREATE TABLE notifications (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  key          TEXT NOT NULL UNIQUE,
  watch_id     INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  incident_key TEXT NOT NULL,
  kind         TEXT NOT NULL,
  summary      TEXT NOT NULL,
  payload      TEXT NOT NULL,
  created_at   INTEGER NOT NULL
);
CREATE INDEX notifications_watch ON notifications (watch_id, seq);

-- One row per notification and channel (webhook, email). attempts counts claims; a claim holds the row until
-- claimed_until, so a sender killed mid-delivery leaves it to the next one after the lease; a delivery
-- that keeps failing is given up (gave_up_at) and shown as such.
CREATE TABLE outbox (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  notification_id INTEGER NOT NULL REFERENCES notifications (seq) ON DELETE CASCADE,
  channel         TEXT NOT NULL,
  target          TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  claimed_until   INTEGER,
  delivered_at    INTEGER,
  gave_up_at      INTEGER,
  last_error      TEXT,
  created_at      INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND gave_up_at IS NULL;
