-- Event queries filter by admin-1, country or sub-event type (case-insensitively, as lower(column) = value)
-- and page in (date, document_id, seq) order. These indexes match both, so a filtered page reads only the
-- rows it returns, and the unfiltered list (the map) needs no sort. Same as Sqlite/Migrations/020_event_filter_indexes.sql.
DROP INDEX events_date;
CREATE INDEX events_date ON events (date, document_id, seq);
CREATE INDEX events_admin1 ON events (lower(admin1), date, document_id, seq);
CREATE INDEX events_country ON events (lower(country), date, document_id, seq);
CREATE INDEX events_sub_event_type ON events (lower(sub_event_type), date, document_id, seq);
