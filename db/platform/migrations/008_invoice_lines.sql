-- An invoice keeps its own lines: what was sent stays as it was, even when a booking changes later
-- or the invoice is voided.
CREATE TABLE invoice_lines (
  id           INTEGER PRIMARY KEY,
  invoice_id   INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
  booking_id   INTEGER REFERENCES bookings(id),
  date         TEXT NOT NULL,
  start_time   TEXT NOT NULL,
  end_time     TEXT NOT NULL,
  rooms        TEXT NOT NULL,
  title        TEXT NOT NULL,
  price_note   TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  vat_percent  INTEGER NOT NULL,
  vat_cents    INTEGER NOT NULL
) STRICT;
CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id);
