-- Mail (issue 20): the house's own mail account, and an outbox in which every message is a row before it is sent.
-- A message that is being handed to the mail server is 'versturen'; one found in that state at start was cut off
-- between sending and marking, and is never sent again by itself (see db/modules/mail/).

-- One row: the account. The password is only ever stored sealed by the adapter's secret store (safeStorage in the
-- app, a key file in the preview's data folder), never readable in the database, exports or the audit log.
CREATE TABLE mail_account (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  host            TEXT NOT NULL DEFAULT '',
  port            INTEGER NOT NULL DEFAULT 587 CHECK (port BETWEEN 1 AND 65535),
  security        TEXT NOT NULL DEFAULT 'starttls' CHECK (security IN ('tls', 'starttls', 'geen')),
  username        TEXT NOT NULL DEFAULT '',
  password_sealed TEXT NOT NULL DEFAULT '',
  from_name       TEXT NOT NULL DEFAULT '',
  from_address    TEXT NOT NULL DEFAULT '',
  reply_to        TEXT NOT NULL DEFAULT '',
  per_minute      INTEGER NOT NULL DEFAULT 60 CHECK (per_minute BETWEEN 1 AND 10000),
  enabled         INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  updated_at      TEXT,
  updated_by      TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO mail_account (id) VALUES (1);

-- The outbox and the sent log in one table. reason: the template key ('boeking.bevestiging', 'groep' …);
-- service = 1 for messages a person cannot turn off (invoice, decision letter), 0 for optional ones (reminders).
-- person_kind/person_id: whose address it is, for the privacy export and erasure. group_id ties a group message.
CREATE TABLE mail_messages (
  id              INTEGER PRIMARY KEY,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL DEFAULT '',
  to_address      TEXT NOT NULL,
  to_name         TEXT NOT NULL DEFAULT '',
  language        TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
  subject         TEXT NOT NULL,
  text_body       TEXT NOT NULL,
  html_body       TEXT NOT NULL,
  reason          TEXT NOT NULL,
  service         INTEGER NOT NULL DEFAULT 0 CHECK (service IN (0, 1)),
  related_entity  TEXT,
  related_id      INTEGER,
  person_kind     TEXT,
  person_id       INTEGER,
  group_id        INTEGER,
  state           TEXT NOT NULL DEFAULT 'wacht' CHECK (state IN ('wacht', 'versturen', 'verstuurd', 'mislukt', 'geannuleerd')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error      TEXT NOT NULL DEFAULT '',
  message_id      TEXT NOT NULL UNIQUE,
  server_answer   TEXT NOT NULL DEFAULT '',
  sent_at         TEXT,
  erased_at       TEXT
) STRICT;
CREATE INDEX mail_messages_due ON mail_messages(next_attempt_at) WHERE state = 'wacht';
CREATE INDEX mail_messages_state ON mail_messages(state, id);
CREATE INDEX mail_messages_person ON mail_messages(person_kind, person_id) WHERE person_kind IS NOT NULL;
CREATE INDEX mail_messages_related ON mail_messages(related_entity, related_id) WHERE related_entity IS NOT NULL;

-- An attachment is either bytes (an .ics) or a document of the house (invoice, decision letter, agenda pack,
-- minutes, roster) that the sender renders to PDF once and then keeps, so a resend carries the same file.
CREATE TABLE mail_attachments (
  id            INTEGER PRIMARY KEY,
  message_id    INTEGER NOT NULL REFERENCES mail_messages(id) ON DELETE CASCADE,
  filename      TEXT NOT NULL,
  content_type  TEXT NOT NULL,
  content       BLOB,
  document_kind TEXT,
  document_id   INTEGER,
  -- What else the document needs, as JSON ({"rosterTo": "2027-01-31"} for a roster of several weeks).
  document_params TEXT,
  CHECK (content IS NOT NULL OR document_kind IS NOT NULL)
) STRICT;
CREATE INDEX mail_attachments_message ON mail_attachments(message_id);

-- The beheerder's switch and own wording per template (db/modules/mail/templates/); a missing row means the
-- template is on and reads as shipped.
CREATE TABLE mail_templates (
  key         TEXT PRIMARY KEY,
  enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  subject_nl  TEXT,
  body_nl     TEXT,
  subject_en  TEXT,
  body_en     TEXT,
  updated_at  TEXT,
  updated_by  TEXT NOT NULL DEFAULT ''
) STRICT;

-- A person's mail choices, recorded with the purpose and when and by whom: the language their mail is written in,
-- and whether they want optional messages (reminders). Service messages (invoice, decision letter) do not ask.
CREATE TABLE mail_choices (
  person_kind TEXT NOT NULL CHECK (person_kind IN ('vrijwilliger', 'huurder', 'aanvrager', 'commissielid', 'gebruiker')),
  person_id   INTEGER NOT NULL,
  language    TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
  reminders   INTEGER NOT NULL DEFAULT 1 CHECK (reminders IN (0, 1)),
  purpose     TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (person_kind, person_id)
) STRICT;
