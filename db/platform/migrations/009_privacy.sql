-- Privacy (AVG): retention periods per kind of person, the retention job's switch and its log, and
-- which records were anonymised (so nothing is done twice and the screens can say so).
-- The incident retention period stays in settings (incidentRetentionMonths), where it already was.

-- Months a record is kept after the moment its kind counts from (stopped, archived, closed, returned …).
-- fiscaal: the legal period for financial records (invoices, grants, allowances), never below 7 years.
CREATE TABLE retention_periods (
  kind       TEXT PRIMARY KEY CHECK (kind IN ('vrijwilliger', 'huurder', 'aanvrager', 'commissielid', 'gebruiker', 'sleutelhouder', 'logboek', 'fiscaal')),
  months     INTEGER NOT NULL CHECK (months BETWEEN 1 AND 240),
  updated_at TEXT,
  updated_by TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO retention_periods (kind, months) VALUES
  ('vrijwilliger', 24), ('huurder', 24), ('aanvrager', 84), ('commissielid', 84),
  ('gebruiker', 24), ('sleutelhouder', 24), ('logboek', 24), ('fiscaal', 84);

-- One row. Until enabled_at is set the job only anonymises incidents (as it did before) and the
-- beheerder sees a preview of the rest; last_run_on keeps it to once a day.
CREATE TABLE retention_job (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  enabled_at  TEXT,
  enabled_by  TEXT NOT NULL DEFAULT '',
  last_run_on TEXT
) STRICT;
INSERT INTO retention_job (id) VALUES (1);

-- A run that anonymised something, and per record type which ids: never names.
CREATE TABLE retention_runs (
  id        INTEGER PRIMARY KEY,
  ran_at    TEXT NOT NULL,
  run_date  TEXT NOT NULL,
  trigger   TEXT NOT NULL CHECK (trigger IN ('dagelijks', 'handmatig')),
  user_name TEXT NOT NULL
) STRICT;
CREATE INDEX retention_runs_at ON retention_runs(ran_at);

CREATE TABLE retention_actions (
  run_id      INTEGER NOT NULL REFERENCES retention_runs(id) ON DELETE CASCADE,
  record_type TEXT NOT NULL,
  record_ids  TEXT NOT NULL,
  count       INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (run_id, record_type)
) STRICT;

-- reason: on a person's request or after the retention period; scope: everything personal, or
-- only the contact details (when the record must stay for the fiscal period).
CREATE TABLE anonymised_records (
  record_type   TEXT NOT NULL,
  record_id     INTEGER NOT NULL,
  scope         TEXT NOT NULL CHECK (scope IN ('volledig', 'contact')),
  reason        TEXT NOT NULL CHECK (reason IN ('verzoek', 'bewaartermijn')),
  anonymised_at TEXT NOT NULL,
  PRIMARY KEY (record_type, record_id)
) STRICT;
