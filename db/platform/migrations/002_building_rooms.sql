-- The building: profile, weekly hours, closures, rooms with their layouts.
-- Times are local wall-clock strings in Europe/Amsterdam ('HH:MM', 'YYYY-MM-DD').

-- Exactly one row: the house this database belongs to.
CREATE TABLE building (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  name              TEXT NOT NULL,
  street            TEXT NOT NULL DEFAULT '',
  postcode          TEXT NOT NULL DEFAULT '',
  city              TEXT NOT NULL DEFAULT 'Rotterdam',
  gebied            TEXT,
  wijken            TEXT NOT NULL DEFAULT '[]',
  management_form   TEXT NOT NULL DEFAULT 'sociaal_beheer'
                    CHECK (management_form IN ('sociaal_beheer', 'zelfbeheer')),
  phone             TEXT NOT NULL DEFAULT '',
  email             TEXT NOT NULL DEFAULT '',
  accessibility     TEXT NOT NULL DEFAULT '',
  closed_on_holidays INTEGER NOT NULL DEFAULT 1 CHECK (closed_on_holidays IN (0, 1))
) STRICT;

-- kind 'open': the building's opening hours; 'beheerder': when the sociaal beheerder is present.
CREATE TABLE weekly_hours (
  id      INTEGER PRIMARY KEY,
  kind    TEXT NOT NULL CHECK (kind IN ('open', 'beheerder')),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start   TEXT NOT NULL,
  end     TEXT NOT NULL,
  CHECK (start < end)
) STRICT;
CREATE INDEX weekly_hours_kind_day ON weekly_hours(kind, weekday);

CREATE TABLE closures (
  id         INTEGER PRIMARY KEY,
  start_date TEXT NOT NULL,
  end_date   TEXT NOT NULL,
  reason     TEXT NOT NULL,
  CHECK (start_date <= end_date)
) STRICT;
CREATE INDEX closures_range ON closures(end_date, start_date);

CREATE TABLE rooms (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description        TEXT NOT NULL DEFAULT '',
  floor              TEXT NOT NULL DEFAULT '',
  area_m2            INTEGER,
  facilities         TEXT NOT NULL DEFAULT '[]',
  wheelchair_accessible INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair_accessible IN (0, 1)),
  changeover_minutes INTEGER NOT NULL DEFAULT 0 CHECK (changeover_minutes BETWEEN 0 AND 240),
  color              TEXT NOT NULL DEFAULT '#1c7ed6',
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order         INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE room_layouts (
  room_id  INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  layout   TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  PRIMARY KEY (room_id, layout)
) STRICT;
