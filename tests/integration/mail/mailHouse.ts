/**
 * What the mail tests share: a real SMTP server on loopback (smtp-server, read back with mailparser), a clock the
 * test moves by hand, and a house whose secret store is the preview's key file.
 */
import { afterEach } from 'vitest';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { openHouse } from '../../../db/house';
import type { Core } from '../../../db/platform/core';
import type { Clock } from '../../../db/platform/clock';
import type { HouseServices } from '../../../db/platform/services';
import { enqueueMail, type OutgoingMail } from '../../../db/modules/mail/outbox';
import { MailSender } from '../../../db/modules/mail/sender';
import { keyFileSecrets } from '../../../bridge/keyFileSecrets';
import { ok, setUp, tempDir } from '../../helpers';
import { TEST_NOW } from '../../clock';
import { clockFrom } from '../../../db/platform/clock';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A clock that stands still until the test moves it: due times and the rate limit follow it alone. */
export function handClock(): Clock & { advance(ms: number): void } {
  let ms = clockFrom(TEST_NOW).now().getTime();
  return { now: () => new Date(ms), advance: (by) => void (ms += by) };
}

export interface Received {
  /** The house's clock when the server took the message. */
  at: number;
  mail: ParsedMail;
  envelopeTo: string[];
}

export interface SmtpOptions {
  /** Recipients the server refuses with a 550 answer. */
  refuse?: readonly string[];
  /** user and password the server wants; without it anyone may send. */
  login?: { user: string; pass: string };
  /** Offer STARTTLS with smtp-server's own self-signed certificate (plain otherwise). */
  starttls?: boolean;
  port?: number;
}

export interface TestSmtp {
  port: number;
  received: Received[];
  stop(): Promise<void>;
  /** Starts again on the same port (after stop: the server is back). */
  restart(): Promise<void>;
}

export async function startSmtp(clock: Clock, options: SmtpOptions = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const refuse = new Set(options.refuse ?? []);
  const serverOptions: SMTPServerOptions = {
    disabledCommands: options.starttls ? [] : ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !options.login,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.login && auth.username === options.login.user && auth.password === options.login.pass)
        callback(null, { user: auth.username });
      else callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address))
        callback(Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const at = clock.now().getTime();
      simpleParser(stream)
        .then((mail) => {
          received.push({ at, mail, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        })
        .catch(callback);
    },
  };
  let server = new SMTPServer(serverOptions);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  let running = true;
  const port = await listen(options.port ?? 0);
  const stop = () =>
    running ? new Promise<void>((resolve) => ((running = false), server.close(() => resolve()))) : Promise.resolve();
  closers.push(stop);
  return {
    port,
    received,
    stop,
    restart: async () => {
      server = new SMTPServer(serverOptions);
      await listen(port);
      running = true;
    },
  };
}

/** A set-up house (beheerder signed in) with the preview's key-file secret store, or none when asked. */
export async function mailHouse(
  clock: Clock,
  options: { services?: HouseServices; dataDir?: string } = {},
): Promise<{ core: Core; token: string; dataDir: string }> {
  const dataDir = options.dataDir ?? tempDir();
  const services = options.services ?? { secrets: keyFileSecrets(dataDir) };
  const core = await openHouse({ dataDir, clock, services });
  closers.unshift(() => core.close());
  const token = await setUp(core);
  return { core, token, dataDir };
}

/** The account pointing at the loopback server, plain (allowed on loopback), sending on. */
export function loopbackAccount(port: number, extra: Record<string, unknown> = {}) {
  return {
    host: '127.0.0.1',
    port,
    security: 'geen',
    username: '',
    fromName: 'Huis van de Wijk Test',
    fromAddress: 'info@huis.example',
    replyTo: 'beheer@huis.example',
    perMinute: 60,
    enabled: true,
    ...extra,
  };
}

export async function useLoopback(core: Core, token: string, port: number, extra: Record<string, unknown> = {}) {
  return ok(core, token, 'mailserver.update', loopbackAccount(port, extra));
}

/** Puts messages in the outbox, as a module's event would, in one transaction. */
export function enqueue(core: Core, clock: Clock, mails: Partial<OutgoingMail>[]): number[] {
  return core.db.transaction(() =>
    mails.map((m, i) =>
      enqueueMail(core.db, clock, {
        to: { address: `ontvanger${i}@voorbeeld.nl`, name: `Ontvanger ${i}` },
        language: 'nl',
        subject: `Bericht ${i}`,
        text: `Tekst van bericht ${i}`,
        html: `<p>Tekst van bericht ${i}</p>`,
        reason: 'groep',
        service: false,
        ...m,
      }),
    ),
  )();
}

/** A sender on the test's house, driven by the test (runOnce) instead of a timer. */
export function senderFor(core: Core, clock: Clock, services?: HouseServices): MailSender {
  const sender = new MailSender({ db: () => core.db, clock, services: services ?? core.options.services ?? {} });
  closers.push(() => sender.stop());
  return sender;
}

export interface MessageRow {
  id: number;
  state: string;
  attempts: number;
  last_error: string;
  server_answer: string;
  sent_at: string | null;
  message_id: string;
  next_attempt_at: string;
}

export function rows(core: Core): MessageRow[] {
  return core.db.prepare('SELECT * FROM mail_messages ORDER BY id').all() as MessageRow[];
}
