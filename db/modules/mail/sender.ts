import type { Db } from '../../platform/database';
import { localDateTime, type Clock } from '../../platform/clock';
import { faultPoint } from '../../platform/faultPoint';
import type { BackgroundWorker } from '../../platform/workers';
import { msg } from '../../platform/messages';
import type { HouseServices } from '../../platform/services';
import { ApiError } from '../../platform/errors';
import { accountProblem, openPassword, readAccount, type MailAccount } from './account';
import { createTransport, fromOf, type Transporter } from './transport';
import { explainSmtpError } from './smtpErrors';
import { attachmentsFor, MissingPdfRenderer } from './senderAttachments';

const MINUTE_MS = 60_000;
/** Minutes before the next try after the 1st, 2nd, … failed attempt; the last holds from then on. */
const BACK_OFF_MINUTES = [1, 2, 5, 15, 30, 60] as const;
/** A message the server keeps turning away for a temporary reason is given up on after this many tries (about a day). */
export const MAX_ATTEMPTS = 30;
/** How often the job looks for due messages, in real time; due times themselves come from the house's clock. */
const POLL_MS = 5_000;

export const INTERRUPTED = msg(
  'Het versturen werd onderbroken (Wijkhuis stopte terwijl het bericht naar de mailserver ging). Het bericht is misschien al aangekomen. Kijk dat na voordat je het opnieuw verstuurt: een mailprogramma toont het dan als één bericht.',
  'Sending was interrupted (Wijkhuis stopped while the message went to the mail server). The message may already have arrived. Check that before you resend it: a mail program then shows it as one message.',
);
const PDF_MISSING = msg(
  'De PDF-bijlage kan in deze versie van Wijkhuis niet worden gemaakt. Het bericht wacht tot dat wel kan.',
  'The PDF attachment cannot be made in this version of Wijkhuis. The message waits until it can.',
);

interface DueRow {
  id: number;
  toAddress: string;
  toName: string;
  language: 'nl' | 'en';
  subject: string;
  textBody: string;
  htmlBody: string;
  messageId: string;
  attempts: number;
}

export interface SenderHouse {
  db(): Db;
  readonly clock: Clock;
  readonly services: HouseServices;
}

/**
 * Sends the outbox: due `wacht` messages in order, at most the account's number per minute (measured on the house's
 * clock), one pooled SMTP connection. A row is marked `versturen` and committed right before it goes to the server,
 * and `verstuurd` with the server's answer right after: a row still `versturen` at the next start was cut off in
 * between and is never sent again by itself (recoverInterrupted). Everything awaits the network; nothing waits on
 * the event loop, so the screens carry on.
 */
export class MailSender {
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private round: Promise<unknown> | null = null;
  private transport: { key: string; transporter: Transporter } | null = null;
  /** Hand-offs to the server in the last minute, in ms of the house's clock: the rate limit's window. */
  private handoffs: number[] = [];

  constructor(
    private readonly house: SenderHouse,
    private readonly pollMs = POLL_MS,
  ) {}

  /** Starts the job: first the rows cut off at the last stop, then a round now and every few seconds. */
  start(): () => void {
    try {
      this.recoverInterrupted();
    } catch (e) {
      console.error('[wijkhuis] postvak uit: onderbroken berichten nakijken mislukt:', e);
    }
    const loop = () => {
      if (this.stopped) return;
      this.round = this.runOnce()
        .catch((e) => console.error('[wijkhuis] postvak uit: versturen mislukt:', e))
        .finally(() => {
          this.round = null;
          if (!this.stopped) {
            this.timer = setTimeout(loop, this.pollMs);
            this.timer.unref?.();
          }
        });
    };
    loop();
    return () => this.stop();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.transport?.transporter.close();
    this.transport = null;
  }

  /** The round in progress, if any (tests wait for it before they close the house). */
  async idle(): Promise<void> {
    await this.round;
  }

  /**
   * A row found in `versturen` was handed to the server when the program stopped, before it could be marked: it
   * may have arrived. It becomes `mislukt` with that explanation; the beheerder decides whether to resend it.
   */
  recoverInterrupted(): number {
    const db = this.house.db();
    return db
      .prepare("UPDATE mail_messages SET state = 'mislukt', last_error = ? WHERE state = 'versturen'")
      .run(INTERRUPTED).changes;
  }

  /** Sends what is due now and allowed by the rate limit; returns how many went out. */
  async runOnce(): Promise<number> {
    const db = this.house.db();
    const account = readAccount(db);
    const problem = accountProblem(account);
    if (problem) return (this.noteOnWaiting(db, problem), 0);
    let password: string;
    try {
      password = openPassword(account, this.house.services.secrets);
    } catch (e) {
      return (this.noteOnWaiting(db, e instanceof ApiError ? e.message : String(e)), 0);
    }
    const transporter = this.transporterFor(account, password);
    let sent = 0;
    while (!this.stopped) {
      const now = this.house.clock.now();
      if (!this.mayHandOff(now.getTime(), account.perMinute)) break;
      const row = this.nextDue(db, localDateTime(now));
      if (!row) break;
      const outcome = await this.sendOne(db, account, transporter, row);
      if (outcome === 'sent') sent += 1;
      // The server or the account is the problem, not this message: the others wait too, with the same reason.
      if (outcome === 'stop') break;
    }
    return sent;
  }

  private async sendOne(
    db: Db,
    account: MailAccount,
    transporter: Transporter,
    row: DueRow,
  ): Promise<'sent' | 'next' | 'stop'> {
    const clock = this.house.clock;
    let attachments;
    try {
      attachments = await attachmentsFor(db, row.id, row.language, this.house.services.pdf, clock);
    } catch (e) {
      if (e instanceof MissingPdfRenderer) {
        this.postpone(db, row.id, 5, PDF_MISSING, false);
        return 'next';
      }
      const detail = e instanceof Error ? e.message : String(e);
      this.postpone(
        db,
        row.id,
        this.backOffMinutes(row.attempts + 1),
        msg(`De bijlage kon niet worden gemaakt: ${detail}`, `The attachment could not be made: ${detail}`),
        true,
      );
      return 'next';
    }
    // Committed before the server sees anything: a crash from here on leaves a trace (recoverInterrupted).
    const marked = db
      .prepare("UPDATE mail_messages SET state = 'versturen', attempts = attempts + 1 WHERE id = ? AND state = 'wacht'")
      .run(row.id).changes;
    if (marked === 0) return 'next';
    this.handoffs.push(clock.now().getTime());
    let response: string;
    try {
      const info = await transporter.sendMail({
        from: fromOf(account),
        to: { name: row.toName, address: row.toAddress },
        replyTo: account.replyTo || undefined,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: row.messageId,
        attachments,
      });
      response = String(info.response ?? '');
    } catch (error) {
      return this.failed(db, account, row, error);
    }
    faultPoint('mail-na-verzenden');
    db.prepare(
      "UPDATE mail_messages SET state = 'verstuurd', server_answer = ?, sent_at = ?, last_error = '' WHERE id = ?",
    ).run(response.slice(0, 1000), localDateTime(clock.now()), row.id);
    return 'sent';
  }

  private failed(db: Db, account: MailAccount, row: DueRow, error: unknown): 'next' | 'stop' {
    const failure = explainSmtpError(error, account.host);
    const attempts = row.attempts + 1;
    if (failure.kind === 'permanent') {
      db.prepare("UPDATE mail_messages SET state = 'mislukt', last_error = ? WHERE id = ?").run(
        failure.message,
        row.id,
      );
      return 'next';
    }
    if (failure.kind === 'temporary' && attempts >= MAX_ATTEMPTS) {
      db.prepare("UPDATE mail_messages SET state = 'mislukt', last_error = ? WHERE id = ?").run(
        msg(
          `Na ${attempts} pogingen opgegeven. De laatste fout: ${failure.message}`,
          `Given up after ${attempts} attempts. The last error: ${failure.message}`,
        ),
        row.id,
      );
      return 'next';
    }
    const minutes = this.backOffMinutes(attempts);
    db.prepare("UPDATE mail_messages SET state = 'wacht' WHERE id = ? AND state = 'versturen'").run(row.id);
    this.postpone(db, row.id, minutes, failure.message, false);
    // The others due now wait just as long: they would meet the same closed door.
    const retryAt = this.inMinutes(minutes);
    db.prepare(
      `UPDATE mail_messages SET next_attempt_at = ?, last_error = ?
       WHERE state = 'wacht' AND erased_at IS NULL AND next_attempt_at <= ? AND id <> ?`,
    ).run(retryAt, failure.message, localDateTime(this.house.clock.now()), row.id);
    this.dropTransport();
    return 'stop';
  }

  private backOffMinutes(attempts: number): number {
    return BACK_OFF_MINUTES[Math.min(Math.max(attempts, 1), BACK_OFF_MINUTES.length) - 1]!;
  }

  private inMinutes(minutes: number): string {
    return localDateTime(new Date(this.house.clock.now().getTime() + minutes * MINUTE_MS));
  }

  private postpone(db: Db, id: number, minutes: number, reason: string, countAttempt: boolean): void {
    db.prepare(
      `UPDATE mail_messages SET next_attempt_at = ?, last_error = ?, attempts = attempts + ? WHERE id = ? AND state = 'wacht'`,
    ).run(this.inMinutes(minutes), reason, countAttempt ? 1 : 0, id);
  }

  /** Why nothing goes out, on every waiting message, so the outbox explains itself. */
  private noteOnWaiting(db: Db, reason: string): void {
    db.prepare("UPDATE mail_messages SET last_error = ? WHERE state = 'wacht' AND last_error <> ?").run(reason, reason);
  }

  private nextDue(db: Db, now: string): DueRow | undefined {
    return db
      .prepare(
        `SELECT id, to_address AS toAddress, to_name AS toName, language, subject, text_body AS textBody,
           html_body AS htmlBody, message_id AS messageId, attempts
         FROM mail_messages WHERE state = 'wacht' AND next_attempt_at <= ? AND erased_at IS NULL
         ORDER BY next_attempt_at, id LIMIT 1`,
      )
      .get(now) as DueRow | undefined;
  }

  /** True when one more hand-off stays within `perMinute` in every 60 seconds of the house's clock. */
  private mayHandOff(nowMs: number, perMinute: number): boolean {
    this.handoffs = this.handoffs.filter((at) => at > nowMs - MINUTE_MS && at <= nowMs);
    return this.handoffs.length < perMinute;
  }

  /** One pooled connection per account setting; a changed account (or password) gets a new one. */
  private transporterFor(account: MailAccount, password: string): Transporter {
    const key = JSON.stringify([account.host, account.port, account.security, account.username, password]);
    if (this.transport?.key !== key) {
      this.dropTransport();
      this.transport = { key, transporter: createTransport(account, password, true) };
    }
    return this.transport.transporter;
  }

  private dropTransport(): void {
    this.transport?.transporter.close();
    this.transport = null;
  }
}

/** The platform starts the sender with the house's schedules (Core.startSchedules) and stops it on close. */
export const mailSenderWorker: BackgroundWorker = {
  name: 'postvak uit',
  start: (house) => new MailSender(house).start(),
};
