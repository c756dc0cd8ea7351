import type { Db } from '../../platform/database';

/**
 * Erasing a person takes their address and the words of every message to them out of the outbox and the sent
 * log; that a message was sent, when and why stays (the count may). A message still waiting is not sent any more.
 */
export function eraseMailOf(db: Db, personKind: string, personId: number, now: string): void {
  db.prepare(
    `UPDATE mail_messages SET to_address = '', to_name = '', subject = '', text_body = '', html_body = '', last_error = '',
       server_answer = '', erased_at = ?, state = CASE WHEN state IN ('wacht', 'mislukt') THEN 'geannuleerd' ELSE state END
     WHERE person_kind = ? AND person_id = ? AND erased_at IS NULL`,
  ).run(now, personKind, personId);
  db.prepare(
    'DELETE FROM mail_attachments WHERE message_id IN (SELECT id FROM mail_messages WHERE person_kind = ? AND person_id = ?)',
  ).run(personKind, personId);
}
