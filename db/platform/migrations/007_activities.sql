-- Activities and attendance: categories, age bands (configurable), activities linked to bookings,
-- sessions (from bookings, or per day-part for the open walk-in), counts per session and age band.

CREATE TABLE activity_categories (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
INSERT INTO activity_categories (name) VALUES
  ('ontmoeting'), ('taal'), ('bewegen en valpreventie'), ('financieel spreekuur'), ('kinderwerk'), ('tienerwerk'),
  ('jongerenwerk'), ('ouderen'), ('dagbesteding'), ('cursus'), ('open inloop');

-- Age bands as the welfare provider reports them; max_age NULL is open-ended (75+).
CREATE TABLE age_bands (
  id         INTEGER PRIMARY KEY,
  label      TEXT NOT NULL UNIQUE,
  min_age    INTEGER NOT NULL CHECK (min_age >= 0),
  max_age    INTEGER CHECK (max_age IS NULL OR max_age >= min_age),
  sort_order INTEGER NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
INSERT INTO age_bands (label, min_age, max_age, sort_order) VALUES
  ('0–3', 0, 3, 1), ('4–11', 4, 11, 2), ('12–17', 12, 17, 3), ('18–23', 18, 23, 4), ('24–64', 24, 64, 5), ('65–74', 65, 74, 6), ('75+', 75, NULL, 7);

CREATE TABLE activities (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  organiser_kind  TEXT NOT NULL CHECK (organiser_kind IN ('welzijnsaanbieder', 'huurder', 'vrijwilligers', 'initiatief', 'anders')),
  organiser_name  TEXT NOT NULL DEFAULT '',
  renter_id       INTEGER REFERENCES renters(id),
  category_id     INTEGER NOT NULL REFERENCES activity_categories(id),
  priority_groups TEXT NOT NULL DEFAULT '[]',
  wijk            TEXT NOT NULL DEFAULT '',
  public          INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
  target_group    TEXT NOT NULL DEFAULT '',
  walk_in         INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      TEXT NOT NULL
) STRICT;

-- A linked booking series (or single booking) generates the activity's sessions.
CREATE TABLE activity_links (
  activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  series_id   INTEGER REFERENCES booking_series(id),
  booking_id  INTEGER REFERENCES bookings(id),
  CHECK ((series_id IS NULL) <> (booking_id IS NULL))
) STRICT;
CREATE INDEX activity_links_activity ON activity_links(activity_id);

CREATE TABLE sessions (
  id          INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  booking_id  INTEGER REFERENCES bookings(id),
  date        TEXT NOT NULL,
  daypart     TEXT CHECK (daypart IS NULL OR daypart IN ('ochtend', 'middag', 'avond')),
  start       TEXT NOT NULL,
  end         TEXT NOT NULL,
  cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
) STRICT;
CREATE INDEX sessions_date ON sessions(date);
CREATE INDEX sessions_activity ON sessions(activity_id, date);
CREATE UNIQUE INDEX sessions_booking ON sessions(activity_id, booking_id) WHERE booking_id IS NOT NULL;
CREATE UNIQUE INDEX sessions_walk_in ON sessions(activity_id, date, daypart) WHERE daypart IS NOT NULL;

-- The breakdown by band may be smaller than the total: the rest is "onbekend".
CREATE TABLE session_counts (
  session_id         INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  total              INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
  new_visitors       INTEGER NOT NULL DEFAULT 0 CHECK (new_visitors >= 0),
  volunteers_present INTEGER NOT NULL DEFAULT 0 CHECK (volunteers_present >= 0),
  women              INTEGER CHECK (women IS NULL OR women >= 0),
  men                INTEGER CHECK (men IS NULL OR men >= 0),
  note               TEXT NOT NULL DEFAULT '',
  updated_at         TEXT NOT NULL,
  updated_by         TEXT NOT NULL
) STRICT;

CREATE TABLE session_band_counts (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  band_id    INTEGER NOT NULL REFERENCES age_bands(id),
  count      INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (session_id, band_id)
) STRICT;
