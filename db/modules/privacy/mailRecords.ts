import type { Db } from '../../platform/database';
import type { MailPersonKind } from '../mail/outbox';
import type { RecordType } from './schemas';

/**
 * The mail sent to a person and their mail choices: part of their data export, and erased with them. The count of
 * messages stays (the outbox's history), but no address, name, subject, text or attachment.
 */

/** The person kind in the outbox of each record type, and the column holding that person's address. */
const MAIL_PEOPLE: Partial<Record<RecordType, { kind: MailPersonKind; email: string; table: string }>> = {
  vrijwilliger: { kind: 'vrijwilliger', email: 'email', table: 'volunteers' },
  huurder: { kind: 'huurder', email: 'email', table: 'renters' },
  aanvraag: { kind: 'aanvrager', email: 'contact_email', table: 'budget_applications' },
  commissielid: { kind: 'commissielid', email: 'email', table: 'committee_members' },
  gebruiker: { kind: 'gebruiker', email: 'email', table: 'users' },
};

/** What an erased message says instead of what it said. */
export const ERASED_MAIL = 'Gewist (privacy)';

/** The person's address now, to find also messages queued to it without a link to the person. */
function addressOf(db: Db, type: RecordType, id: number): string {
  const p = MAIL_PEOPLE[type]!;
  const row = db.prepare(`SELECT ${p.email} AS email FROM ${p.table} WHERE id = ?`).get(id) as
    { email: string } | undefined;
  return row?.email.trim().toLowerCase() ?? '';
}

const OF_PERSON = `((person_kind = @kind AND person_id = @id) OR (@address <> '' AND lower(to_address) = @address))`;

/** For the export: the messages (subject, date, state, text) and the recorded choices. */
export function mailRelated(db: Db, type: RecordType, id: number): Record<string, unknown[]> {
  const p = MAIL_PEOPLE[type];
  if (!p) return {};
  const args = { kind: p.kind, id, address: addressOf(db, type, id) };
  return {
    e_mails: db
      .prepare(
        `SELECT created_at AS aangemaakt, sent_at AS verstuurd_op, state AS status, to_address AS adres, subject AS onderwerp,
           text_body AS tekst, reason AS soort, (SELECT json_group_array(filename) FROM mail_attachments a WHERE a.message_id = m.id) AS bijlagen
         FROM mail_messages m WHERE ${OF_PERSON} ORDER BY created_at, id`,
      )
      .all(args)
      .map((r) => ({ ...(r as Record<string, unknown>), bijlagen: JSON.parse((r as { bijlagen: string }).bijlagen) })),
    e_mailkeuzes: db
      .prepare(
        `SELECT language AS taal, reminders AS herinneringen, purpose AS doel, recorded_at AS vastgelegd_op, recorded_by AS vastgelegd_door
         FROM mail_choices WHERE person_kind = ? AND person_id = ?`,
      )
      .all(p.kind, id),
  };
}

/**
 * Erasure: the person's messages keep their row (the count, state and date) but lose address, name, subject,
 * bodies and attachments; one still waiting is cancelled (there is no one to send it to). The choices go.
 * Called before the record itself is erased, while its address is still known.
 */
export function eraseMailOf(db: Db, type: RecordType, id: number, now: string): void {
  const p = MAIL_PEOPLE[type];
  if (!p) return;
  const args = { kind: p.kind, id, address: addressOf(db, type, id), erased: ERASED_MAIL, now };
  db.prepare(`DELETE FROM mail_attachments WHERE message_id IN (SELECT id FROM mail_messages WHERE ${OF_PERSON})`).run(
    args,
  );
  db.prepare(
    `UPDATE mail_messages SET to_address = '', to_name = '', subject = @erased, text_body = @erased, html_body = '',
       server_answer = '', last_error = CASE WHEN state = 'wacht' THEN @erased ELSE '' END,
       state = CASE WHEN state = 'wacht' THEN 'geannuleerd' ELSE state END, erased_at = @now
     WHERE ${OF_PERSON}`,
  ).run(args);
  db.prepare('DELETE FROM mail_choices WHERE person_kind = ? AND person_id = ?').run(p.kind, id);
}
