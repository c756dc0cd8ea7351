-- Ten years of a busy house hold a million age-band counts. The quarterly report reads tens of
-- thousands of them per quarter; these layouts let it read them from the index alone.

-- The counts stored in their key's order (no separate rowid table and key index): a session's
-- counts sit together, and the table is smaller.
CREATE TABLE session_band_counts_new (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  band_id    INTEGER NOT NULL REFERENCES age_bands(id),
  count      INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (session_id, band_id)
) STRICT, WITHOUT ROWID;
INSERT INTO session_band_counts_new (session_id, band_id, count) SELECT session_id, band_id, count FROM session_band_counts;
DROP TABLE session_band_counts;
ALTER TABLE session_band_counts_new RENAME TO session_band_counts;

-- Sessions in a date range with what the reports filter and group on.
DROP INDEX sessions_date;
CREATE INDEX sessions_date ON sessions(date, cancelled, activity_id);

-- Bookings in a time range with their status and end (occupancy, coverage, the calendar's filter).
DROP INDEX bookings_start;
CREATE INDEX bookings_start ON bookings(start, status, end);
