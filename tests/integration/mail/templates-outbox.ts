import type { Db } from '../../../db/platform/database';

export interface OutboxRow {
  id: number;
  to_address: string;
  to_name: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  reason: string;
  service: number;
  related_entity: string | null;
  related_id: number | null;
  person_kind: string | null;
  person_id: number | null;
  group_id: number | null;
  state: string;
  erased_at: string | null;
  created_by: string;
  attachments: {
    filename: string;
    content_type: string;
    content: Buffer | null;
    document_kind: string | null;
    document_id: number | null;
    document_params: string | null;
  }[];
}

/** The outbox as the SQLite file holds it, oldest first, optionally of one reason (template key). */
export function outbox(db: Db, reason?: string): OutboxRow[] {
  const rows = db
    .prepare(`SELECT * FROM mail_messages WHERE (? IS NULL OR reason = ?) ORDER BY id`)
    .all(reason ?? null, reason ?? null) as OutboxRow[];
  const attachments = db.prepare(
    'SELECT filename, content_type, content, document_kind, document_id, document_params FROM mail_attachments WHERE message_id = ? ORDER BY id',
  );
  return rows.map((r) => ({ ...r, attachments: attachments.all(r.id) as OutboxRow['attachments'] }));
}

/** A person's mail choices, as the choices screen records them. */
export function choose(db: Db, kind: string, id: number, choice: { language?: 'nl' | 'en'; reminders?: boolean }) {
  db.prepare(
    `INSERT INTO mail_choices (person_kind, person_id, language, reminders, purpose, recorded_at) VALUES (?, ?, ?, ?, 'test', '2026-01-01T00:00:00')
     ON CONFLICT(person_kind, person_id) DO UPDATE SET language = excluded.language, reminders = excluded.reminders`,
  ).run(kind, id, choice.language ?? 'nl', choice.reminders === false ? 0 : 1);
}
