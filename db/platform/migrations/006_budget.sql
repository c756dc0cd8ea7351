-- Lokaal Budget and Right to Cooperate: year budgets and rounds with their ledger, applications with
-- cost lines, funding, partners and attachments, the eligibility checklist, the committee and its rules,
-- meetings with agenda, attendance, declarations, scores, votes and decisions, payments and accountability.
-- Money in integer cents. Dates 'YYYY-MM-DD', moments local wall-clock 'YYYY-MM-DDTHH:MM:SS' (Europe/Amsterdam).

-- The house's budget for local initiatives in one calendar year, split over rounds.
CREATE TABLE budget_years (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
  source      TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL
) STRICT;

-- A round: one scheme, a submission window, an amount range per application, a ceiling (what the
-- round may commit) and the period in which the activities are carried out. wijken: JSON array of the
-- wijken the round is for; empty means the building's wijken.
CREATE TABLE budget_rounds (
  id             INTEGER PRIMARY KEY,
  year_id        INTEGER NOT NULL REFERENCES budget_years(id),
  name           TEXT NOT NULL,
  scheme         TEXT NOT NULL CHECK (scheme IN ('lokaal_budget', 'right_to_cooperate')),
  opens_on       TEXT NOT NULL,
  closes_on      TEXT NOT NULL,
  min_cents      INTEGER NOT NULL CHECK (min_cents >= 0),
  max_cents      INTEGER NOT NULL,
  ceiling_cents  INTEGER NOT NULL CHECK (ceiling_cents >= 0),
  execution_from TEXT NOT NULL,
  execution_to   TEXT NOT NULL,
  wijken         TEXT NOT NULL DEFAULT '[]',
  description    TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  UNIQUE (year_id, name),
  CHECK (opens_on <= closes_on),
  CHECK (min_cents <= max_cents),
  CHECK (execution_from <= execution_to)
) STRICT;
CREATE INDEX budget_rounds_year ON budget_rounds(year_id);

-- The round's assessment criteria; committee members may score applications on them.
CREATE TABLE budget_round_criteria (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES budget_rounds(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  max_score   INTEGER NOT NULL DEFAULT 5 CHECK (max_score BETWEEN 1 AND 10),
  sort_order  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX budget_round_criteria_round ON budget_round_criteria(round_id, sort_order);

-- The eligibility checklist (ontvankelijkheid) per scheme, configurable. auto: a check the core can
-- compute from the application ('venster', 'bedrag', 'periode', 'begroting', 'gebied'), or ''.
CREATE TABLE eligibility_criteria (
  id         INTEGER PRIMARY KEY,
  scheme     TEXT NOT NULL CHECK (scheme IN ('lokaal_budget', 'right_to_cooperate')),
  label      TEXT NOT NULL,
  help       TEXT NOT NULL DEFAULT '',
  auto       TEXT NOT NULL DEFAULT '' CHECK (auto IN ('', 'venster', 'bedrag', 'periode', 'begroting', 'gebied')),
  sort_order INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  UNIQUE (scheme, label)
) STRICT;

INSERT INTO eligibility_criteria (scheme, label, help, auto, sort_order) VALUES
  ('lokaal_budget', 'Het is een welzijnsactiviteit', 'Een activiteit voor en met bewoners, geen commerciële of politieke activiteit.', '', 1),
  ('lokaal_budget', 'Draagt bij aan de wijkopgave', 'De aanvraag beschrijft welke resultaten van de gebieds- of wijkopgave dichterbij komen.', '', 2),
  ('lokaal_budget', 'Aanvrager en activiteit horen bij het gebied', 'De aanvrager woont of werkt in de wijk of legt een binding uit; de activiteit vindt in de wijk plaats.', 'gebied', 3),
  ('lokaal_budget', 'Aanvullend op het reguliere welzijnsaanbod', 'Geen dubbeling met wat de welzijnsaanbieder al doet; een nieuwkomer laat meerwaarde zien.', '', 4),
  ('lokaal_budget', 'Uitgevoerd in de periode van de ronde', 'Begin- en einddatum liggen in de uitvoeringsperiode.', 'periode', 5),
  ('lokaal_budget', 'Onderbouwde kostenbegroting aanwezig', 'Een begroting met kostenregels die sluit.', 'begroting', 6),
  ('lokaal_budget', 'Gevraagd bedrag binnen het bereik van de ronde', 'Tussen het minimum en het maximum van de ronde.', 'bedrag', 7),
  ('lokaal_budget', 'Ingediend binnen de indieningstermijn', 'Ontvangen tussen de openings- en sluitingsdatum van de ronde.', 'venster', 8),
  ('right_to_cooperate', 'Het is een welzijnsactiviteit', 'Gericht op de doelen van de welzijnsopdracht.', '', 1),
  ('right_to_cooperate', 'Draagt bij aan de wijkopgave', 'De samenwerking beschrijft welke resultaten van de gebieds- of wijkopgave dichterbij komen.', '', 2),
  ('right_to_cooperate', 'Partijen horen bij het gebied', 'De lokale partij(en) zijn actief in de wijk of het gebied.', 'gebied', 3),
  ('right_to_cooperate', 'Aanvullend op het reguliere welzijnsaanbod', 'De samenwerking voegt iets toe aan wat er al is.', '', 4),
  ('right_to_cooperate', 'Samenwerking op gelijkwaardige basis', 'De welzijnsaanbieder en de lokale partij(en) werken samen; ieders rol en bijdrage is beschreven.', '', 5),
  ('right_to_cooperate', 'Uitgevoerd in de periode van de ronde', 'Begin- en einddatum liggen in de uitvoeringsperiode.', 'periode', 6),
  ('right_to_cooperate', 'Onderbouwde kostenbegroting aanwezig', 'Een begroting met kostenregels die sluit, met de bijdragen van elke partij.', 'begroting', 7),
  ('right_to_cooperate', 'Gevraagd bedrag binnen het bereik van de ronde', 'Tussen het minimum en het maximum van de ronde.', 'bedrag', 8),
  ('right_to_cooperate', 'Ingediend binnen de indieningstermijn', 'Ontvangen tussen de openings- en sluitingsdatum van de ronde.', 'venster', 9);

-- The committee: one row per person, with a term. A member may be linked to a user account (role
-- commissie) so they record their own declarations and scores; a linked secretary records the meeting.
CREATE TABLE committee_members (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  phone        TEXT NOT NULL DEFAULT '',
  email        TEXT NOT NULL DEFAULT '',
  term_from    TEXT NOT NULL,
  term_to      TEXT,
  is_resident  INTEGER NOT NULL CHECK (is_resident IN (0, 1)),
  is_wijkraad  INTEGER NOT NULL DEFAULT 0 CHECK (is_wijkraad IN (0, 1)),
  voting       INTEGER NOT NULL DEFAULT 1 CHECK (voting IN (0, 1)),
  is_chair     INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1)),
  is_secretary INTEGER NOT NULL DEFAULT 0 CHECK (is_secretary IN (0, 1)),
  user_id      INTEGER UNIQUE REFERENCES users(id),
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  CHECK (term_to IS NULL OR term_from <= term_to),
  CHECK (is_chair = 0 OR voting = 1)
) STRICT;

-- The committee's rules of procedure (one row). Each meeting copies them when it is planned.
CREATE TABLE committee_rules (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  quorum_kind  TEXT NOT NULL DEFAULT 'meer_dan_helft' CHECK (quorum_kind IN ('meer_dan_helft', 'twee_derde', 'aantal')),
  quorum_count INTEGER NOT NULL DEFAULT 1 CHECK (quorum_count >= 1),
  majority     TEXT NOT NULL DEFAULT 'gewone_meerderheid' CHECK (majority IN ('gewone_meerderheid', 'volstrekte_meerderheid')),
  tie_break    TEXT NOT NULL DEFAULT 'voorzitter' CHECK (tie_break IN ('voorzitter', 'aanhouden', 'afwijzen'))
) STRICT;
INSERT INTO committee_rules (id) VALUES (1);

CREATE TABLE budget_meetings (
  id              INTEGER PRIMARY KEY,
  date            TEXT NOT NULL,
  start_time      TEXT NOT NULL,
  location        TEXT NOT NULL DEFAULT '',
  room_id         INTEGER REFERENCES rooms(id),
  status          TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'geopend', 'gesloten', 'geannuleerd')),
  quorum_kind     TEXT NOT NULL CHECK (quorum_kind IN ('meer_dan_helft', 'twee_derde', 'aantal')),
  quorum_count    INTEGER NOT NULL CHECK (quorum_count >= 1),
  majority        TEXT NOT NULL CHECK (majority IN ('gewone_meerderheid', 'volstrekte_meerderheid')),
  tie_break       TEXT NOT NULL CHECK (tie_break IN ('voorzitter', 'aanhouden', 'afwijzen')),
  chair_member_id INTEGER REFERENCES committee_members(id),
  guests          TEXT NOT NULL DEFAULT '',
  notes           TEXT NOT NULL DEFAULT '',
  opened_at       TEXT,
  closed_at       TEXT,
  cancel_reason   TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX budget_meetings_date ON budget_meetings(date);

CREATE TABLE budget_attendance (
  meeting_id INTEGER NOT NULL REFERENCES budget_meetings(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES committee_members(id),
  status     TEXT NOT NULL CHECK (status IN ('aanwezig', 'afwezig_met_bericht', 'afwezig')),
  PRIMARY KEY (meeting_id, member_id)
) STRICT;

CREATE TABLE budget_applications (
  id                    INTEGER PRIMARY KEY,
  round_id              INTEGER NOT NULL REFERENCES budget_rounds(id),
  number                TEXT UNIQUE,
  status                TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'ingediend', 'ontvankelijk', 'niet_ontvankelijk',
                          'geagendeerd', 'toegekend', 'deels_toegekend', 'afgewezen', 'aangehouden', 'bevoorschot', 'uitbetaald',
                          'verantwoord', 'afgesloten', 'ingetrokken')),
  applicant_type        TEXT NOT NULL CHECK (applicant_type IN ('bewoner', 'bewonersgroep', 'organisatie', 'sociaal_ondernemer', 'welzijnsaanbieder')),
  applicant_name        TEXT NOT NULL,
  contact_name          TEXT NOT NULL DEFAULT '',
  contact_phone         TEXT NOT NULL DEFAULT '',
  contact_email         TEXT NOT NULL DEFAULT '',
  contact_address       TEXT NOT NULL DEFAULT '',
  kvk_number            TEXT NOT NULL DEFAULT '',
  iban                  TEXT NOT NULL DEFAULT '',
  wijk                  TEXT NOT NULL,
  involvement           TEXT NOT NULL DEFAULT '',
  title                 TEXT NOT NULL,
  description           TEXT NOT NULL DEFAULT '',
  goals                 TEXT NOT NULL DEFAULT '',
  contribution          TEXT NOT NULL DEFAULT '',
  complementarity       TEXT NOT NULL DEFAULT '',
  recurrence            TEXT NOT NULL DEFAULT 'eenmalig' CHECK (recurrence IN ('eenmalig', 'terugkerend')),
  priority_groups       TEXT NOT NULL DEFAULT '[]',
  expected_reach        TEXT NOT NULL DEFAULT '{}',
  expected_participants INTEGER CHECK (expected_participants >= 0),
  expected_meetings     INTEGER CHECK (expected_meetings >= 0),
  start_date            TEXT,
  end_date              TEXT,
  location              TEXT NOT NULL DEFAULT '',
  room_id               INTEGER REFERENCES rooms(id),
  requested_cents       INTEGER NOT NULL CHECK (requested_cents >= 0),
  notes                 TEXT NOT NULL DEFAULT '',
  received_on           TEXT,
  assessed_on           TEXT,
  eligibility_motivation TEXT NOT NULL DEFAULT '',
  -- The decision that counts (toegekend, deels toegekend, afgewezen): what the ledger commits.
  decision_item_id      INTEGER REFERENCES budget_meeting_items(id),
  decided_on            TEXT,
  granted_cents         INTEGER NOT NULL DEFAULT 0 CHECK (granted_cents >= 0),
  conditions            TEXT NOT NULL DEFAULT '',
  -- Granted but not spent, given back to the round (at closing or withdrawal).
  released_cents        INTEGER NOT NULL DEFAULT 0 CHECK (released_cents >= 0),
  -- Verantwoording.
  accounted_on          TEXT,
  spent_cents           INTEGER CHECK (spent_cents >= 0),
  actual_reach          TEXT NOT NULL DEFAULT '{}',
  actual_participants   INTEGER CHECK (actual_participants >= 0),
  meetings_held         INTEGER CHECK (meetings_held >= 0),
  evaluation            TEXT NOT NULL DEFAULT '',
  closed_on             TEXT,
  close_note            TEXT NOT NULL DEFAULT '',
  withdrawn_reason      TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
  CHECK (granted_cents <= requested_cents),
  CHECK (released_cents <= granted_cents),
  CHECK (spent_cents IS NULL OR spent_cents <= granted_cents)
) STRICT;
CREATE INDEX budget_applications_round ON budget_applications(round_id, status);
CREATE INDEX budget_applications_status ON budget_applications(status);

CREATE TABLE budget_cost_lines (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES budget_applications(id) ON DELETE CASCADE,
  sort_order     INTEGER NOT NULL DEFAULT 0,
  description    TEXT NOT NULL,
  amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
  reimbursable   INTEGER NOT NULL DEFAULT 1 CHECK (reimbursable IN (0, 1)),
  note           TEXT NOT NULL DEFAULT '',
  actual_cents   INTEGER CHECK (actual_cents >= 0)
) STRICT;
CREATE INDEX budget_cost_lines_application ON budget_cost_lines(application_id, sort_order);

-- Co-funding and the applicant's own contribution; in_kind lines (volunteer hours, materials) are
-- valued but are no money, so they stay out of the cost balance.
CREATE TABLE budget_funding (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES budget_applications(id) ON DELETE CASCADE,
  sort_order     INTEGER NOT NULL DEFAULT 0,
  kind           TEXT NOT NULL CHECK (kind IN ('cofinanciering', 'eigen_bijdrage')),
  source         TEXT NOT NULL,
  amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
  in_kind        INTEGER NOT NULL DEFAULT 0 CHECK (in_kind IN (0, 1)),
  confirmed      INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
) STRICT;
CREATE INDEX budget_funding_application ON budget_funding(application_id, sort_order);

-- Right to Cooperate: the partner parties besides the applicant, each with a role and a contribution
-- in money and in kind (valued).
CREATE TABLE budget_partners (
  id                 INTEGER PRIMARY KEY,
  application_id     INTEGER NOT NULL REFERENCES budget_applications(id) ON DELETE CASCADE,
  sort_order         INTEGER NOT NULL DEFAULT 0,
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('bewonersgroep', 'organisatie', 'sociaal_ondernemer', 'welzijnsaanbieder', 'overig')),
  contact_name       TEXT NOT NULL DEFAULT '',
  contact_email      TEXT NOT NULL DEFAULT '',
  contact_phone      TEXT NOT NULL DEFAULT '',
  role               TEXT NOT NULL,
  cash_cents         INTEGER NOT NULL DEFAULT 0 CHECK (cash_cents >= 0),
  in_kind_description TEXT NOT NULL DEFAULT '',
  in_kind_cents      INTEGER NOT NULL DEFAULT 0 CHECK (in_kind_cents >= 0)
) STRICT;
CREATE INDEX budget_partners_application ON budget_partners(application_id, sort_order);

CREATE TABLE budget_attachments (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES budget_applications(id) ON DELETE CASCADE,
  file_name      TEXT NOT NULL,
  mime_type      TEXT NOT NULL,
  size_bytes     INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  description    TEXT NOT NULL DEFAULT '',
  content        BLOB NOT NULL,
  added_at       TEXT NOT NULL,
  added_by       TEXT NOT NULL
) STRICT;
CREATE INDEX budget_attachments_application ON budget_attachments(application_id);

-- The checklist as assessed: the label is kept as it read then, for the letter.
CREATE TABLE budget_eligibility (
  application_id INTEGER NOT NULL REFERENCES budget_applications(id) ON DELETE CASCADE,
  criterion_id   INTEGER NOT NULL REFERENCES eligibility_criteria(id),
  label          TEXT NOT NULL,
  met            INTEGER NOT NULL CHECK (met IN (0, 1)),
  auto_result    INTEGER CHECK (auto_result IN (0, 1)),
  note           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (application_id, criterion_id)
) STRICT;

-- Every status change: from, to, who and when.
CREATE TABLE budget_status_history (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES budget_applications(id) ON DELETE CASCADE,
  from_status    TEXT,
  to_status      TEXT NOT NULL,
  at             TEXT NOT NULL,
  user_id        INTEGER REFERENCES users(id),
  user_name      TEXT NOT NULL,
  note           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX budget_status_history_application ON budget_status_history(application_id, at);

-- An application on a meeting's agenda, with the proposal voted on and the decision taken.
CREATE TABLE budget_meeting_items (
  id                  INTEGER PRIMARY KEY,
  meeting_id          INTEGER NOT NULL REFERENCES budget_meetings(id),
  application_id      INTEGER NOT NULL REFERENCES budget_applications(id),
  position            INTEGER NOT NULL,
  proposed_cents      INTEGER CHECK (proposed_cents > 0),
  proposal_conditions TEXT NOT NULL DEFAULT '',
  outcome             TEXT CHECK (outcome IN ('toegekend', 'deels_toegekend', 'afgewezen', 'aangehouden')),
  result              TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'aangenomen', 'verworpen', 'staking', 'aangehouden')),
  granted_cents       INTEGER NOT NULL DEFAULT 0 CHECK (granted_cents >= 0),
  conditions          TEXT NOT NULL DEFAULT '',
  motivation          TEXT NOT NULL DEFAULT '',
  votes_for           INTEGER NOT NULL DEFAULT 0,
  votes_against       INTEGER NOT NULL DEFAULT 0,
  votes_abstain       INTEGER NOT NULL DEFAULT 0,
  tie_break_note      TEXT NOT NULL DEFAULT '',
  decided_at          TEXT,
  decided_by          TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, application_id)
) STRICT;
CREATE INDEX budget_meeting_items_application ON budget_meeting_items(application_id);

CREATE TABLE budget_declarations (
  item_id     INTEGER NOT NULL REFERENCES budget_meeting_items(id) ON DELETE CASCADE,
  member_id   INTEGER NOT NULL REFERENCES committee_members(id),
  reason      TEXT NOT NULL,
  declared_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (item_id, member_id)
) STRICT;

CREATE TABLE budget_votes (
  item_id     INTEGER NOT NULL REFERENCES budget_meeting_items(id) ON DELETE CASCADE,
  member_id   INTEGER NOT NULL REFERENCES committee_members(id),
  vote        TEXT NOT NULL CHECK (vote IN ('voor', 'tegen', 'onthouding')),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (item_id, member_id)
) STRICT;

CREATE TABLE budget_scores (
  item_id      INTEGER NOT NULL REFERENCES budget_meeting_items(id) ON DELETE CASCADE,
  member_id    INTEGER NOT NULL REFERENCES committee_members(id),
  criterion_id INTEGER NOT NULL REFERENCES budget_round_criteria(id),
  score        INTEGER NOT NULL CHECK (score >= 0),
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL,
  PRIMARY KEY (item_id, member_id, criterion_id)
) STRICT;

-- Advances, instalments and repayments. paid_on NULL: planned, not yet paid (not in the ledger's paid).
CREATE TABLE budget_payments (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES budget_applications(id),
  kind           TEXT NOT NULL CHECK (kind IN ('voorschot', 'betaling', 'terugbetaling')),
  amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
  due_on         TEXT,
  paid_on        TEXT,
  reference      TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL
) STRICT;
CREATE INDEX budget_payments_application ON budget_payments(application_id);

-- Backstops for the ledger; the core checks first and explains in Dutch. A round never commits more
-- than its ceiling, and an application is never paid more than it keeps of its grant.
CREATE TRIGGER budget_round_within_ceiling AFTER UPDATE OF granted_cents, released_cents ON budget_applications
WHEN (SELECT coalesce(sum(granted_cents - released_cents), 0) FROM budget_applications WHERE round_id = NEW.round_id)
   > (SELECT ceiling_cents FROM budget_rounds WHERE id = NEW.round_id)
BEGIN
  SELECT RAISE(ABORT, 'budget: round ceiling exceeded');
END;

CREATE TRIGGER budget_release_keeps_paid AFTER UPDATE OF granted_cents, released_cents ON budget_applications
WHEN (SELECT coalesce(sum(CASE kind WHEN 'terugbetaling' THEN -amount_cents ELSE amount_cents END), 0) FROM budget_payments
      WHERE application_id = NEW.id AND paid_on IS NOT NULL) > NEW.granted_cents - NEW.released_cents
BEGIN
  SELECT RAISE(ABORT, 'budget: paid more than the grant keeps');
END;

CREATE TRIGGER budget_ceiling_covers_grants BEFORE UPDATE OF ceiling_cents ON budget_rounds
WHEN NEW.ceiling_cents < (SELECT coalesce(sum(granted_cents - released_cents), 0) FROM budget_applications WHERE round_id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'budget: ceiling below committed');
END;

CREATE TRIGGER budget_paid_within_grant_insert AFTER INSERT ON budget_payments
WHEN (SELECT coalesce(sum(CASE kind WHEN 'terugbetaling' THEN -amount_cents ELSE amount_cents END), 0) FROM budget_payments
      WHERE application_id = NEW.application_id AND paid_on IS NOT NULL)
     NOT BETWEEN 0 AND (SELECT granted_cents - released_cents FROM budget_applications WHERE id = NEW.application_id)
BEGIN
  SELECT RAISE(ABORT, 'budget: paid outside the grant');
END;

CREATE TRIGGER budget_paid_within_grant_update AFTER UPDATE ON budget_payments
WHEN (SELECT coalesce(sum(CASE kind WHEN 'terugbetaling' THEN -amount_cents ELSE amount_cents END), 0) FROM budget_payments
      WHERE application_id = NEW.application_id AND paid_on IS NOT NULL)
     NOT BETWEEN 0 AND (SELECT granted_cents - released_cents FROM budget_applications WHERE id = NEW.application_id)
BEGIN
  SELECT RAISE(ABORT, 'budget: paid outside the grant');
END;
