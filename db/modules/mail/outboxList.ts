import type { z } from '../../contract/zod';
import type { Db } from '../../platform/database';
import { ApiError } from '../../platform/errors';
import { localDateTime, type Clock } from '../../platform/clock';
import { msg } from '../../platform/messages';
import { templateOf } from './templates';
import type { MailState, outboxListInput } from './schemas';

export interface OutboxRow {
  id: number;
  createdAt: string;
  toAddress: string;
  toName: string;
  subject: string;
  reason: string;
  /** The template's title in both languages, or the key when it is not (or no longer) a template. */
  reasonTitle: string;
  service: boolean;
  relatedEntity: string | null;
  relatedId: number | null;
  state: MailState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string;
  sentAt: string | null;
  attachments: number;
  erased: boolean;
}

const GROUP = msg('Groepsbericht', 'Group message');

/** What a reason key reads as on the outbox screen. */
export function reasonTitle(reason: string): string {
  if (reason === 'groep') return GROUP;
  return templateOf(reason)?.title ?? reason;
}

const BOX_STATES: Record<'postvak' | 'verzonden', readonly MailState[]> = {
  postvak: ['wacht', 'versturen', 'mislukt', 'geannuleerd'],
  verzonden: ['verstuurd'],
};

const COLUMNS = `m.id, m.created_at AS createdAt, m.to_address AS toAddress, m.to_name AS toName, m.subject, m.reason,
  m.service, m.related_entity AS relatedEntity, m.related_id AS relatedId, m.state, m.attempts,
  m.next_attempt_at AS nextAttemptAt, m.last_error AS lastError, m.sent_at AS sentAt,
  (SELECT count(*) FROM mail_attachments a WHERE a.message_id = m.id) AS attachments, m.erased_at AS erasedAt`;

type RawRow = Omit<OutboxRow, 'reasonTitle' | 'service' | 'erased'> & { service: number; erasedAt: string | null };

function shape({ service, erasedAt, ...r }: RawRow): OutboxRow {
  return { ...r, service: service === 1, erased: erasedAt !== null, reasonTitle: reasonTitle(r.reason) };
}

/** One page of the outbox (waiting, being sent, failed, cancelled) or of the sent log, newest first. */
export function listOutbox(db: Db, q: z.output<typeof outboxListInput>) {
  const states = BOX_STATES[q.box];
  const marks = states.map(() => '?').join(', ');
  const total = (
    db.prepare(`SELECT count(*) AS n FROM mail_messages WHERE state IN (${marks})`).get(...states) as { n: number }
  ).n;
  const rows = (
    db
      .prepare(`SELECT ${COLUMNS} FROM mail_messages m WHERE m.state IN (${marks}) ORDER BY m.id DESC LIMIT ? OFFSET ?`)
      .all(...states, q.limit, q.offset) as RawRow[]
  ).map(shape);
  const counts = Object.fromEntries(
    (
      db.prepare('SELECT state, count(*) AS n FROM mail_messages GROUP BY state').all() as {
        state: MailState;
        n: number;
      }[]
    ).map((r) => [r.state, r.n]),
  ) as Partial<Record<MailState, number>>;
  return { total, rows, counts };
}

const NOT_FOUND = msg('Dit bericht bestaat niet (meer).', 'This message does not exist (any more).');

/** One message with its text and the names of its attachments. */
export function getMessage(db: Db, id: number) {
  const row = db.prepare(`SELECT ${COLUMNS} FROM mail_messages m WHERE m.id = ?`).get(id) as RawRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', NOT_FOUND);
  const body = db
    .prepare(
      'SELECT text_body AS text, message_id AS messageId, server_answer AS serverAnswer, language FROM mail_messages WHERE id = ?',
    )
    .get(id) as { text: string; messageId: string; serverAnswer: string; language: string };
  const attachments = db
    .prepare(
      `SELECT filename, content_type AS contentType, length(content) AS size, document_kind AS documentKind
       FROM mail_attachments WHERE message_id = ? ORDER BY id`,
    )
    .all(id) as { filename: string; contentType: string; size: number | null; documentKind: string | null }[];
  return { ...shape(row), ...body, attachments };
}

function stateOf(db: Db, id: number): { state: MailState; erased: boolean } {
  const row = db.prepare('SELECT state, erased_at AS erasedAt FROM mail_messages WHERE id = ?').get(id) as
    { state: MailState; erasedAt: string | null } | undefined;
  if (!row) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return { state: row.state, erased: row.erasedAt !== null };
}

/**
 * A failed or cancelled message back in the queue, due now, with its attempts counted afresh. It keeps its
 * Message-ID, so if an earlier attempt did arrive after all, a mail program shows the two as one message.
 */
export function resendMessage(db: Db, clock: Clock, id: number): void {
  const { state, erased } = stateOf(db, id);
  if (erased)
    throw ApiError.field(
      'id',
      msg(
        'De gegevens van dit bericht zijn gewist (privacy); het kan niet opnieuw worden verstuurd.',
        "This message's data was erased (privacy); it cannot be sent again.",
      ),
    );
  if (state !== 'mislukt' && state !== 'geannuleerd')
    throw ApiError.field(
      'id',
      state === 'verstuurd'
        ? msg(
            'Dit bericht is al verstuurd. Opnieuw versturen kan alleen bij een mislukt of geannuleerd bericht.',
            'This message was already sent. Only a failed or cancelled message can be sent again.',
          )
        : msg(
            'Dit bericht staat al in de wachtrij of wordt nu verstuurd.',
            'This message is already waiting or being sent.',
          ),
    );
  db.prepare(
    "UPDATE mail_messages SET state = 'wacht', attempts = 0, last_error = '', next_attempt_at = ? WHERE id = ?",
  ).run(localDateTime(clock.now()), id);
}

/** A waiting message that will not be sent. One that is being handed to the server cannot be stopped. */
export function cancelMessage(db: Db, id: number): void {
  const { state } = stateOf(db, id);
  if (state !== 'wacht')
    throw ApiError.field(
      'id',
      state === 'versturen'
        ? msg(
            'Dit bericht gaat op dit moment naar de mailserver en kan niet meer worden geannuleerd.',
            'This message is going to the mail server right now and can no longer be cancelled.',
          )
        : msg(
            'Alleen een bericht dat nog wacht kan worden geannuleerd.',
            'Only a message that is still waiting can be cancelled.',
          ),
    );
  db.prepare("UPDATE mail_messages SET state = 'geannuleerd' WHERE id = ?").run(id);
}
