-- Volunteers and rosters: register, roles, availability, certificates (a VOG is recorded as seen,
-- never copied), shift templates and shifts with headcount per role, assignments, absences, hours
-- and allowances.

CREATE TABLE volunteer_roles (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  needs_vog INTEGER NOT NULL DEFAULT 0 CHECK (needs_vog IN (0, 1)),
  is_key_holder INTEGER NOT NULL DEFAULT 0 CHECK (is_key_holder IN (0, 1)),
  active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

INSERT INTO volunteer_roles (name, needs_vog, is_key_holder) VALUES
  ('gastvrouw/gastheer', 0, 0),
  ('balie', 0, 0),
  ('bar', 0, 0),
  ('sleutelhouder', 0, 1),
  ('financieel spreekuur', 1, 0),
  ('taalmaatje', 1, 0),
  ('kinderactiviteit', 1, 0),
  ('klussen', 0, 0);

CREATE TABLE volunteers (
  id                   INTEGER PRIMARY KEY,
  name                 TEXT NOT NULL,
  phone                TEXT NOT NULL DEFAULT '',
  email                TEXT NOT NULL DEFAULT '',
  date_of_birth        TEXT,
  address              TEXT NOT NULL DEFAULT '',
  languages            TEXT NOT NULL DEFAULT '[]',
  start_date           TEXT NOT NULL,
  emergency_contact    TEXT NOT NULL DEFAULT '',
  tegenprestatie       INTEGER NOT NULL DEFAULT 0 CHECK (tegenprestatie IN (0, 1)),
  tegenprestatie_hours INTEGER NOT NULL DEFAULT 0 CHECK (tegenprestatie_hours BETWEEN 0 AND 40),
  notes                TEXT NOT NULL DEFAULT '',
  status               TEXT NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'pauze', 'gestopt')),
  stopped_on           TEXT,
  consent_on           TEXT,
  consent_purpose      TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL
) STRICT;
CREATE INDEX volunteers_name ON volunteers(name COLLATE NOCASE);

CREATE TABLE volunteer_role_links (
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  role_id      INTEGER NOT NULL REFERENCES volunteer_roles(id),
  PRIMARY KEY (volunteer_id, role_id)
) STRICT;
CREATE INDEX volunteer_role_links_role ON volunteer_role_links(role_id);

CREATE TABLE volunteer_availability (
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  daypart      TEXT NOT NULL CHECK (daypart IN ('ochtend', 'middag', 'avond')),
  PRIMARY KEY (volunteer_id, weekday, daypart)
) STRICT;

CREATE TABLE volunteer_certificates (
  id           INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('vog', 'bhv', 'ehbo', 'training')),
  name         TEXT NOT NULL DEFAULT '',
  issued_on    TEXT,
  expires_on   TEXT,
  seen_on      TEXT,
  seen_by      TEXT NOT NULL DEFAULT '',
  notes        TEXT NOT NULL DEFAULT '',
  CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
) STRICT;
CREATE INDEX volunteer_certificates_volunteer ON volunteer_certificates(volunteer_id, kind);
CREATE INDEX volunteer_certificates_expiry ON volunteer_certificates(expires_on);

CREATE TABLE volunteer_absences (
  id           INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  from_date    TEXT NOT NULL,
  to_date      TEXT NOT NULL,
  reason       TEXT NOT NULL DEFAULT '',
  CHECK (from_date <= to_date)
) STRICT;
CREATE INDEX volunteer_absences_volunteer ON volunteer_absences(volunteer_id, to_date);

CREATE TABLE shift_templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  weekdays    TEXT NOT NULL,
  start_time  TEXT NOT NULL,
  end_time    TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_until TEXT,
  skip_closed INTEGER NOT NULL DEFAULT 1 CHECK (skip_closed IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (start_time < end_time)
) STRICT;

CREATE TABLE shift_template_needs (
  template_id INTEGER NOT NULL REFERENCES shift_templates(id) ON DELETE CASCADE,
  role_id     INTEGER NOT NULL REFERENCES volunteer_roles(id),
  count       INTEGER NOT NULL CHECK (count BETWEEN 1 AND 50),
  PRIMARY KEY (template_id, role_id)
) STRICT;

CREATE TABLE shifts (
  id          INTEGER PRIMARY KEY,
  template_id INTEGER REFERENCES shift_templates(id),
  title       TEXT NOT NULL,
  date        TEXT NOT NULL,
  start       TEXT NOT NULL,
  end         TEXT NOT NULL,
  booking_id  INTEGER REFERENCES bookings(id),
  notes       TEXT NOT NULL DEFAULT '',
  cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  CHECK (start < end)
) STRICT;
CREATE INDEX shifts_start ON shifts(start);
CREATE UNIQUE INDEX shifts_template_date ON shifts(template_id, date) WHERE template_id IS NOT NULL;

CREATE TABLE shift_needs (
  shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
  role_id  INTEGER NOT NULL REFERENCES volunteer_roles(id),
  count    INTEGER NOT NULL CHECK (count BETWEEN 0 AND 50),
  PRIMARY KEY (shift_id, role_id)
) STRICT;

-- status: ingepland (on duty), wachtlijst (waiting list), afgemeld (cancelled by or for the volunteer).
-- Worked time follows the shift unless corrected; a no-show counts no hours.
CREATE TABLE assignments (
  id             INTEGER PRIMARY KEY,
  shift_id       INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
  volunteer_id   INTEGER NOT NULL REFERENCES volunteers(id),
  role_id        INTEGER NOT NULL REFERENCES volunteer_roles(id),
  status         TEXT NOT NULL DEFAULT 'ingepland' CHECK (status IN ('ingepland', 'wachtlijst', 'afgemeld')),
  actual_start   TEXT,
  actual_end     TEXT,
  no_show        INTEGER NOT NULL DEFAULT 0 CHECK (no_show IN (0, 1)),
  no_show_reason TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX assignments_shift ON assignments(shift_id);
CREATE INDEX assignments_volunteer ON assignments(volunteer_id, shift_id);
CREATE UNIQUE INDEX assignments_once ON assignments(shift_id, volunteer_id) WHERE status <> 'afgemeld';

CREATE TABLE volunteer_hours (
  id           INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  description  TEXT NOT NULL
) STRICT;
CREATE INDEX volunteer_hours_volunteer ON volunteer_hours(volunteer_id, date);

CREATE TABLE volunteer_allowances (
  id           INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  paid_on      TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  description  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX volunteer_allowances_volunteer ON volunteer_allowances(volunteer_id, paid_on);

-- The tax-free maximum for volunteer allowances, per year (set by the Belastingdienst; configurable).
CREATE TABLE allowance_limits (
  year          INTEGER PRIMARY KEY,
  yearly_cents  INTEGER NOT NULL CHECK (yearly_cents > 0),
  monthly_cents INTEGER NOT NULL CHECK (monthly_cents > 0)
) STRICT;
