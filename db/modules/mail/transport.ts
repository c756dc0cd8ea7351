import nodemailer, { type SMTPSentMessageInfo, type Transporter as MailTransporter } from 'nodemailer';
import type { MailAccount } from './account';

export type Transporter = MailTransporter<SMTPSentMessageInfo>;
type PoolOptions = Parameters<typeof nodemailer.createTransport>[0] & object;

/**
 * The connection settings nodemailer gets for the account. `geen` (no encryption) is only ever allowed to a
 * loopback server (the schema refuses any other host), so nothing readable leaves the computer.
 */
export function transportOptions(account: MailAccount, password: string, pool: boolean) {
  return {
    pool,
    maxConnections: 1,
    host: account.host,
    port: account.port,
    secure: account.security === 'tls',
    requireTLS: account.security === 'starttls',
    ignoreTLS: account.security === 'geen',
    auth: account.username ? { user: account.username, pass: password } : undefined,
    // Short enough that a person waiting for "Testbericht sturen" hears back within half a minute.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    dnsTimeout: 15_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

export function createTransport(account: MailAccount, password: string, pool: boolean): Transporter {
  return nodemailer.createTransport(transportOptions(account, password, pool) as PoolOptions) as Transporter;
}

/** The From header: the house's name and address. */
export function fromOf(account: MailAccount): { name: string; address: string } {
  return { name: account.fromName, address: account.fromAddress };
}
