-- The agenda's "Opties" tab lists options released in the last 30 days. Without an index that meant
-- reading every booking of ten years (150,000) for a handful of rows; the released options are few,
-- so this partial index holds only them, by the moment they were released.
CREATE INDEX bookings_released ON bookings(cancelled_at) WHERE status = 'geannuleerd' AND option_until IS NOT NULL;
