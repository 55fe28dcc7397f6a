-- What each feed's polls did, for `sitrep feeds` and /api/feeds: the last poll (when, its outcome and error,
-- its items, how many were new and how many failed), running totals and when the next poll is due.
-- etag / last_modified / polled_at stay the conditional-GET state, written only once a poll's items are stored.
-- Same as Sqlite/Migrations/060_feed_status.sql.
ALTER TABLE feeds ADD COLUMN last_polled_at bigint;
ALTER TABLE feeds ADD COLUMN last_outcome text;
ALTER TABLE feeds ADD COLUMN last_error text;
ALTER TABLE feeds ADD COLUMN last_items bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_new bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_failed bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN polls bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN items_stored bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN errors bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN consecutive_errors bigint NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN next_poll_at bigint;
