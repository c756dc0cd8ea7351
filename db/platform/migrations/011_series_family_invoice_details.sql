-- Issue 18: a series split by "this and following" stays one family, so "all" reaches every part of it;
-- the house's KvK and btw numbers for the invoice; the set-up and clearing time billed on an invoice line.

-- The series this one was split off from, at its root (NULL for a series as it was created). Series split
-- before this migration cannot be traced back and stay on their own.
ALTER TABLE booking_series ADD COLUMN family_id INTEGER REFERENCES booking_series(id);
CREATE INDEX booking_series_family ON booking_series(family_id);

ALTER TABLE building ADD COLUMN kvk_number TEXT NOT NULL DEFAULT '';
ALTER TABLE building ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';

-- The invoice line's start and end times are the booking's own; the price counts these minutes around them.
ALTER TABLE invoice_lines ADD COLUMN setup_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoice_lines ADD COLUMN teardown_minutes INTEGER NOT NULL DEFAULT 0;
