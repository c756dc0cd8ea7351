-- Room bookings: tariff categories and tariffs, renters, series, bookings with their rooms, invoices.
-- Money in integer cents. Times are local wall-clock strings in Europe/Amsterdam ('YYYY-MM-DDTHH:MM').

-- For the invoice's letterhead.
ALTER TABLE building ADD COLUMN iban TEXT NOT NULL DEFAULT '';
ALTER TABLE building ADD COLUMN invoice_note TEXT NOT NULL DEFAULT '';

CREATE TABLE tariff_categories (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  free        INTEGER NOT NULL DEFAULT 0 CHECK (free IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- room_id NULL: the rate for every room without a rate of its own. A new valid_from adds a rate;
-- bookings keep the price computed when they were saved.
CREATE TABLE tariffs (
  id            INTEGER PRIMARY KEY,
  category_id   INTEGER NOT NULL REFERENCES tariff_categories(id),
  room_id       INTEGER REFERENCES rooms(id),
  valid_from    TEXT NOT NULL,
  hourly_cents  INTEGER NOT NULL CHECK (hourly_cents >= 0),
  daypart_cents INTEGER CHECK (daypart_cents >= 0),
  vat_percent   INTEGER NOT NULL DEFAULT 0 CHECK (vat_percent IN (0, 9, 21))
) STRICT;
CREATE INDEX tariffs_lookup ON tariffs(category_id, room_id, valid_from);

CREATE TABLE renters (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  type               TEXT NOT NULL CHECK (type IN ('bewoner', 'bewonersgroep', 'organisatie', 'sociaal_ondernemer', 'commercieel', 'welzijnsaanbieder')),
  contact_person     TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  invoice_address    TEXT NOT NULL DEFAULT '',
  tariff_category_id INTEGER NOT NULL REFERENCES tariff_categories(id),
  key_rights         INTEGER NOT NULL DEFAULT 0 CHECK (key_rights IN (0, 1)),
  notes              TEXT NOT NULL DEFAULT '',
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at         TEXT NOT NULL
) STRICT;
CREATE INDEX renters_name ON renters(name COLLATE NOCASE);

-- The rule of a recurring booking (JSON: kind weekly|biweekly|monthly, until or count), counted from
-- first_date in wall-clock time so 19:00 stays 19:00 across summer time. Occurrences are rows in bookings.
CREATE TABLE booking_series (
  id         INTEGER PRIMARY KEY,
  rule       TEXT NOT NULL,
  first_date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time   TEXT NOT NULL,
  skip_dates TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE invoices (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,
  renter_id     INTEGER NOT NULL REFERENCES renters(id),
  period_from   TEXT NOT NULL,
  period_to     TEXT NOT NULL,
  issued_on     TEXT NOT NULL,
  due_on        TEXT NOT NULL,
  subtotal_cents INTEGER NOT NULL,
  vat_cents     INTEGER NOT NULL,
  total_cents   INTEGER NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'betaald', 'vervallen')),
  paid_on       TEXT,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX invoices_renter ON invoices(renter_id, issued_on);

-- One row per occurrence. occurrence_date is the date the rule gave it; detached rows were edited on
-- their own and are left alone by later edits of the whole series.
CREATE TABLE bookings (
  id               INTEGER PRIMARY KEY,
  series_id        INTEGER REFERENCES booking_series(id),
  occurrence_date  TEXT,
  detached         INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
  renter_id        INTEGER NOT NULL REFERENCES renters(id),
  title            TEXT NOT NULL,
  activity         TEXT NOT NULL DEFAULT '',
  expected_people  INTEGER CHECK (expected_people > 0),
  layout           TEXT NOT NULL DEFAULT '',
  start            TEXT NOT NULL,
  end              TEXT NOT NULL,
  setup_minutes    INTEGER NOT NULL DEFAULT 0 CHECK (setup_minutes BETWEEN 0 AND 240),
  teardown_minutes INTEGER NOT NULL DEFAULT 0 CHECK (teardown_minutes BETWEEN 0 AND 240),
  status           TEXT NOT NULL CHECK (status IN ('optie', 'aanvraag', 'bevestigd', 'geannuleerd')),
  option_until     TEXT,
  cancel_reason    TEXT NOT NULL DEFAULT '',
  cancelled_at     TEXT,
  key_holder       TEXT NOT NULL DEFAULT '',
  exemption        TEXT NOT NULL DEFAULT '',
  discount_cents   INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
  discount_reason  TEXT NOT NULL DEFAULT '',
  price_cents      INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
  vat_percent      INTEGER NOT NULL DEFAULT 0,
  price_note       TEXT NOT NULL DEFAULT '',
  payment_status   TEXT NOT NULL DEFAULT 'open' CHECK (payment_status IN ('open', 'gefactureerd', 'betaald', 'kwijtgescholden')),
  invoice_id       INTEGER REFERENCES invoices(id),
  notes            TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (start < end)
) STRICT;
CREATE INDEX bookings_start ON bookings(start);
CREATE INDEX bookings_series ON bookings(series_id, occurrence_date);
CREATE INDEX bookings_renter ON bookings(renter_id, start);
CREATE INDEX bookings_options ON bookings(option_until) WHERE status = 'optie';
CREATE INDEX bookings_invoice ON bookings(invoice_id);

-- The rooms a booking occupies, with the occupied span (setup to teardown) copied for the
-- conflict check's index; `active` is 0 for cancelled bookings so they never block a room.
CREATE TABLE booking_rooms (
  booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
  room_id    INTEGER NOT NULL REFERENCES rooms(id),
  busy_from  TEXT NOT NULL,
  busy_to    TEXT NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  PRIMARY KEY (booking_id, room_id)
) STRICT;
CREATE INDEX booking_rooms_busy ON booking_rooms(room_id, busy_from) WHERE active = 1;
