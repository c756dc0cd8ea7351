-- Sociaal beheer: logbook with handover notes, opening and closing checklists, incidents with
-- follow-ups, defects, keys and access, house information.

CREATE TABLE logbook_entries (
  id              INTEGER PRIMARY KEY,
  date            TEXT NOT NULL,
  daypart         TEXT NOT NULL CHECK (daypart IN ('ochtend', 'middag', 'avond')),
  category        TEXT NOT NULL,
  text            TEXT NOT NULL,
  handover        INTEGER NOT NULL DEFAULT 0 CHECK (handover IN (0, 1)),
  acknowledged_by TEXT,
  acknowledged_at TEXT,
  author_id       INTEGER REFERENCES users(id),
  author_name     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX logbook_date ON logbook_entries(date, daypart);
CREATE INDEX logbook_open_handovers ON logbook_entries(date) WHERE handover = 1 AND acknowledged_at IS NULL;

CREATE TABLE checklist_items (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('opening', 'sluiting')),
  label      TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE checklist_runs (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('opening', 'sluiting')),
  date      TEXT NOT NULL,
  at        TEXT NOT NULL,
  user_id   INTEGER REFERENCES users(id),
  user_name TEXT NOT NULL,
  note      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX checklist_runs_date ON checklist_runs(date, kind);

-- The label is copied, so a record keeps saying what was checked after the list changes.
CREATE TABLE checklist_run_items (
  run_id  INTEGER NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
  item_id INTEGER REFERENCES checklist_items(id),
  label   TEXT NOT NULL,
  done    INTEGER NOT NULL CHECK (done IN (0, 1)),
  reason  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX checklist_run_items_run ON checklist_run_items(run_id);

CREATE TABLE incidents (
  id                  INTEGER PRIMARY KEY,
  occurred_at         TEXT NOT NULL,
  room_id             INTEGER REFERENCES rooms(id),
  place               TEXT NOT NULL DEFAULT '',
  category            TEXT NOT NULL CHECK (category IN ('overlast', 'agressie', 'ongeval', 'ehbo', 'schade', 'diefstal', 'brandalarm', 'ontruiming', 'overig')),
  severity            TEXT NOT NULL CHECK (severity IN ('laag', 'middel', 'hoog', 'ernstig')),
  description         TEXT NOT NULL,
  action_taken        TEXT NOT NULL DEFAULT '',
  services_called     INTEGER NOT NULL DEFAULT 0 CHECK (services_called IN (0, 1)),
  services_reference  TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_behandeling', 'afgesloten')),
  reported_by_id      INTEGER REFERENCES users(id),
  reported_by_name    TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  anonymised_at       TEXT
) STRICT;
CREATE INDEX incidents_when ON incidents(occurred_at);
CREATE INDEX incidents_open ON incidents(status) WHERE status <> 'afgesloten';

CREATE TABLE incident_followups (
  id          INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  action      TEXT NOT NULL,
  owner       TEXT NOT NULL,
  due_date    TEXT NOT NULL,
  done_at     TEXT
) STRICT;
CREATE INDEX incident_followups_incident ON incident_followups(incident_id);

CREATE TABLE defects (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  room_id      INTEGER REFERENCES rooms(id),
  place        TEXT NOT NULL DEFAULT '',
  reported_by  TEXT NOT NULL,
  reported_to  TEXT NOT NULL DEFAULT '',
  priority     TEXT NOT NULL CHECK (priority IN ('laag', 'normaal', 'hoog', 'urgent')),
  status       TEXT NOT NULL DEFAULT 'gemeld' CHECK (status IN ('gemeld', 'doorgegeven', 'in_behandeling', 'opgelost')),
  reported_on  TEXT NOT NULL,
  passed_on    TEXT,
  resolved_on  TEXT,
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX defects_open ON defects(status, reported_on);

-- Keys, fobs and alarm codes. For an alarm code only who holds one is recorded, never the code.
CREATE TABLE key_items (
  id     INTEGER PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ('sleutel', 'pas', 'alarmcode')),
  label  TEXT NOT NULL,
  code   TEXT NOT NULL DEFAULT '',
  notes  TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'beschikbaar' CHECK (status IN ('beschikbaar', 'verloren', 'buiten_gebruik')),
  UNIQUE (kind, label)
) STRICT;

CREATE TABLE key_handouts (
  id             INTEGER PRIMARY KEY,
  key_id         INTEGER NOT NULL REFERENCES key_items(id),
  holder_kind    TEXT NOT NULL CHECK (holder_kind IN ('huurder', 'vrijwilliger', 'medewerker', 'anders')),
  holder_name    TEXT NOT NULL,
  renter_id      INTEGER REFERENCES renters(id),
  handed_out_on  TEXT NOT NULL,
  handed_out_by  TEXT NOT NULL,
  returned_on    TEXT,
  returned_to    TEXT,
  lost_on        TEXT,
  notes          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX key_handouts_key ON key_handouts(key_id, handed_out_on);
-- At most one open handout per key: the database itself refuses a key handed out twice.
CREATE UNIQUE INDEX key_handouts_one_open ON key_handouts(key_id) WHERE returned_on IS NULL AND lost_on IS NULL;

CREATE TABLE house_info (
  topic      TEXT PRIMARY KEY CHECK (topic IN ('huisregels', 'noodprocedure', 'contacten')),
  text       TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- A new house starts with a usable checklist; the beheerder adapts it.
INSERT INTO checklist_items (kind, label, sort_order) VALUES
  ('opening', 'Alarm uitgeschakeld', 1),
  ('opening', 'Lichten aan', 2),
  ('opening', 'Verwarming of ventilatie aan', 3),
  ('opening', 'Koffie en thee klaargezet', 4),
  ('opening', 'Nooduitgangen vrij', 5),
  ('opening', 'Toiletten gecontroleerd', 6),
  ('opening', 'Voordeur open', 7),
  ('sluiting', 'Iedereen het gebouw uit', 1),
  ('sluiting', 'Ramen dicht', 2),
  ('sluiting', 'Lichten uit', 3),
  ('sluiting', 'Keuken en apparaten uit', 4),
  ('sluiting', 'Kas geteld en opgeborgen', 5),
  ('sluiting', 'Deuren op slot', 6),
  ('sluiting', 'Alarm ingeschakeld', 7);
