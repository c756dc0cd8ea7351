import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/database';
import { localDateTime, type Clock } from '../../platform/clock';
import type { DocumentKind } from '../../platform/services';
import type { Lang } from '../../platform/messages';

/** Whose address a message goes to, so the privacy export and erasure find it. */
export type MailPersonKind = 'vrijwilliger' | 'huurder' | 'aanvrager' | 'commissielid' | 'gebruiker';

/** Bytes made when the message is queued (an .ics), or a document the sender renders to PDF before sending. */
export type OutgoingAttachment =
  | { filename: string; contentType: string; content: Uint8Array | string }
  | { filename: string; document: DocumentKind; id: number; params?: DocumentParams };

/** What a document needs besides its id. */
export interface DocumentParams {
  rosterTo?: string;
  /** Who signs a letter the house sends on its own (not admissible): the user who judged it. */
  signedBy?: string;
}

export interface OutgoingMail {
  to: { address: string; name?: string };
  language: Lang;
  subject: string;
  text: string;
  html: string;
  /** The template key or 'groep'; the outbox screen names it. */
  reason: string;
  /** A message the person cannot turn off (invoice, decision letter); reminders and notices are optional. */
  service: boolean;
  related?: { entity: string; id: number };
  person?: { kind: MailPersonKind; id: number };
  groupId?: number;
  attachments?: readonly OutgoingAttachment[];
  /** Who queued it (the user's name), or '' for the house's own jobs. */
  createdBy?: string;
}

/** The domain of the Message-ID: the sender's own, so receiving servers see a consistent message. */
function messageDomain(db: Db): string {
  const row = db.prepare('SELECT from_address AS address FROM mail_account WHERE id = 1').get() as
    { address: string } | undefined;
  const domain = row?.address.split('@')[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : 'wijkhuis.invalid';
}

/**
 * Puts one message in the outbox, in the caller's transaction: it exists as a row before anything is sent, and
 * the sender job (db/modules/mail/) sends it when it is due. The Message-ID is fixed here, so every attempt and a
 * resend carry the same one. Returns the message's id.
 */
export function enqueueMail(db: Db, clock: Clock, mail: OutgoingMail): number {
  const now = localDateTime(clock.now());
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO mail_messages (created_at, created_by, to_address, to_name, language, subject, text_body, html_body,
         reason, service, related_entity, related_id, person_kind, person_id, group_id, next_attempt_at, message_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      now,
      mail.createdBy ?? '',
      mail.to.address.trim(),
      mail.to.name ?? '',
      mail.language,
      mail.subject,
      mail.text,
      mail.html,
      mail.reason,
      mail.service ? 1 : 0,
      mail.related?.entity ?? null,
      mail.related?.id ?? null,
      mail.person?.kind ?? null,
      mail.person?.id ?? null,
      mail.groupId ?? null,
      now,
      `<${randomUUID()}@${messageDomain(db)}>`,
    );
  const id = Number(lastInsertRowid);
  const attach = db.prepare(
    `INSERT INTO mail_attachments (message_id, filename, content_type, content, document_kind, document_id, document_params)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of mail.attachments ?? []) {
    if ('document' in a)
      attach.run(id, a.filename, 'application/pdf', null, a.document, a.id, a.params ? JSON.stringify(a.params) : null);
    else
      attach.run(
        id,
        a.filename,
        a.contentType,
        typeof a.content === 'string' ? Buffer.from(a.content) : a.content,
        null,
        null,
        null,
      );
  }
  return id;
}
