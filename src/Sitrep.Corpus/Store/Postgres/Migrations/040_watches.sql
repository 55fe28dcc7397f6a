-- Watches (saved queries that notify), what each has told about which incident, its notifications and the
-- outbox their deliveries wait in. Notifications and outbox rows are written in the same transaction as the
-- document or review that causes them, so a crash can neither lose nor duplicate one. Same as
-- Sqlite/Migrations/040_watches.sql.
CREATE TABLE watches (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  country     text,
  admin1      text,
  lat         double precision,
  lon         double precision,
  radius_km   double precision,
  type        text,
  actor       text,
  min_killed  integer,
  min_injured integer,
  words       text,
  webhook     text,
  email       text,
  secret      text NOT NULL,
  created_at  bigint NOT NULL
);

-- One row per incident a watch has notified about, with the figures it last told (a change of these is a revision).
CREATE TABLE watch_incidents (
  watch_id     bigint NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  incident_key text NOT NULL,
  revision     integer NOT NULL,
  killed_best  integer,
  killed_max   integer,
  injured_best integer,
  injured_max  integer,
  conflict     text,
  updated_at   bigint NOT NULL,
  PRIMARY KEY (watch_id, incident_key)
);

-- Which stored events a watch has counted into which of its incidents (so a later source finds the incident).
CREATE TABLE watch_events (
  watch_id     bigint NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  document_id  text NOT NULL,
  event_id     text NOT NULL,
  incident_key text NOT NULL,
  PRIMARY KEY (watch_id, document_id, event_id)
);
CREATE INDEX watch_events_event ON watch_events (document_id, event_id);

CREATE TABLE notifications (
  seq          bigserial PRIMARY KEY,
  key          text NOT NULL UNIQUE,
  watch_id     bigint NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  incident_key text NOT NULL,
  kind         text NOT NULL,
  summary      text NOT NULL,
  payload      text NOT NULL,
  created_at   bigint NOT NULL
);
CREATE INDEX notifications_watch ON notifications (watch_id, seq);

-- One row per notification and channel (webhook, email). attempts counts claims; a claim holds the row until
-- claimed_until, so a sender killed mid-delivery leaves it to the next one after the lease; a delivery
-- that keeps failing is given up (gave_up_at) and shown as such.
CREATE TABLE outbox (
  seq             bigserial PRIMARY KEY,
  notification_id bigint NOT NULL REFERENCES notifications (seq) ON DELETE CASCADE,
  channel         text NOT NULL,
  target          text NOT NULL,
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  claimed_until   bigint,
  delivered_at    bigint,
  gave_up_at      bigint,
  last_error      text,
  created_at      bigint NOT NULL
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND gave_up_at IS NULL;
