-- What each feed's polls did, for `sitrep feeds` and /api/feeds: the last poll (when, its outcome and error,
-- its items, how many were new and how many failed), running totals and when the next poll is due.
-- etag / last_modified / polled_at stay the conditional-GET state, written only once a poll's items are stored.
-- Same as Postgres/Migrations/060_feed_status.sql.
ALTER TABLE feeds ADD COLUMN last_polled_at INTEGER;
ALTER TABLE feeds ADD COLUMN last_outcome TEXT;
ALTER TABLE feeds ADD COLUMN last_error TEXT;
ALTER TABLE feeds ADD COLUMN last_items INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_new INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN polls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN items_stored INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN consecutive_errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN next_poll_at INTEGER;
