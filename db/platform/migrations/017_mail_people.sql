-- Mail to people (issue 20): a user's own address (the coördinator hears of certificates that expire), and what the
-- house's own jobs have mailed once, so an hourly job does not send a reminder or notice again.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

-- reason: the template key; item_id: the assignment or certificate; detail: what makes it the same event (the
-- shift's start, the certificate's expiry date), so a moved shift or a renewed certificate is mailed anew.
CREATE TABLE mail_once (
  reason  TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  detail  TEXT NOT NULL DEFAULT '',
  done_at TEXT NOT NULL,
  PRIMARY KEY (reason, item_id, detail)
) STRICT;
