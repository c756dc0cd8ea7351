/**
 * The one lockout of an account, for every method that checks its password (signing in, unlocking the screen,
 * changing the password): five wrong passwords in a row lock it for five minutes, wherever they were typed, and
 * while it is locked no password is accepted, not even the right one. Every attempt lands in the audit log.
 */
import { msg } from '../../platform/messages';
import type { Db } from '../../platform/database';
import type { Actor, Ctx } from '../../contract/method';
import type { Role } from '../../contract/fields';
import { writeAudit } from '../../contract/audit';
import { ApiError } from '../../platform/errors';
import type { Clock } from '../../platform/clock';
import { verifyPassword } from './passwords';
import { SESSION_AUDIT_ENTITY } from './schemas';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;

export interface Account extends Actor {
  hash: string;
  active: boolean;
  /** An ISO instant (UTC), compared with the clock's instant. */
  lockedUntil: string | null;
}

const ACCOUNT_COLUMNS =
  'id, username, name, role, password_hash AS hash, active = 1 AS active, locked_until AS lockedUntil';

function toAccount(row: Record<string, unknown> | undefined): Account | undefined {
  return row && { ...(row as unknown as Account), role: row.role as Role, active: Boolean(row.active) };
}

export function accountByUsername(db: Db, username: string): Account | undefined {
  return toAccount(
    db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM users WHERE username = ?`).get(username) as Record<string, unknown>,
  );
}

export function accountById(db: Db, id: number): Account | undefined {
  return toAccount(db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM users WHERE id = ?`).get(id) as Record<string, unknown>);
}

/** "14:05" in Amsterdam time: when a lock ends, as the person at the desk reads it. */
function lockTime(lockedUntil: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(
    new Date(lockedUntil),
  );
}

export function lockedMessage(lockedUntil: string): string {
  const until = lockTime(lockedUntil);
  return msg(
    `Te veel mislukte pogingen. Dit account is vergrendeld tot ${until}.`,
    `Too many failed attempts. This account is locked until ${until}.`,
  );
}

export function lockedError(lockedUntil: string): ApiError {
  return new ApiError('ACCOUNT_LOCKED', lockedMessage(lockedUntil));
}

function lockedNow(account: Account, clock: Clock): boolean {
  return account.lockedUntil !== null && account.lockedUntil > clock.now().toISOString();
}

/** Counts a wrong password; the fifth in a row locks the account. Returns the end of a lock it starts. */
function recordFailure(db: Db, clock: Clock, userId: number): string | null {
  const row = db.prepare('SELECT failed_attempts AS n FROM users WHERE id = ?').get(userId) as { n: number };
  const n = row.n + 1;
  const lockedUntil =
    n >= MAX_FAILED_ATTEMPTS ? new Date(clock.now().getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
    lockedUntil ? 0 : n,
    lockedUntil,
    userId,
  );
  return lockedUntil;
}

/**
 * The outcome of a password check: right; wrong; refused because the account was already locked; or wrong and
 * the attempt that locked it. The caller decides what happens to sessions.
 */
export type PasswordCheck =
  { result: 'ok' } | { result: 'wrong' } | { result: 'locked' | 'just-locked'; lockedUntil: string };

/**
 * Checks an account's password under the lockout and writes the audit rows of a failure (`failure`, a Dutch
 * sentence without the password) and of a lock it starts. A right password resets the count.
 */
export function checkPassword(
  ctx: Pick<Ctx, 'db' | 'clock' | 'client'>,
  account: Account,
  password: string,
  attempt: { method: string; failure: string },
): PasswordCheck {
  const { db, clock } = ctx;
  const actor: Actor = { id: account.id, username: account.username, name: account.name, role: account.role };
  const log = (summary: string) =>
    writeAudit(db, clock, actor, attempt.method, { entity: SESSION_AUDIT_ENTITY, entityId: account.id, summary });
  const locked = lockedNow(account, clock);
  // The scrypt work is done also for a locked account, so how long the answer takes says nothing.
  const right = verifyPassword(password, account.hash);
  if (locked) {
    log(`${attempt.failure}; het account is geblokkeerd tot ${lockTime(account.lockedUntil!)}`);
    return { result: 'locked', lockedUntil: account.lockedUntil! };
  }
  if (right) {
    db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(account.id);
    return { result: 'ok' };
  }
  const lockedUntil = recordFailure(db, clock, account.id);
  log(attempt.failure);
  if (!lockedUntil) return { result: 'wrong' };
  log(
    `Account '${account.username}' geblokkeerd tot ${lockTime(lockedUntil)} na ${MAX_FAILED_ATTEMPTS} mislukte pogingen (${ctx.client})`,
  );
  return { result: 'just-locked', lockedUntil };
}

/** What someone typed as a user name, safe to show in the audit log: no control or invisible characters, short. */
export function typedName(username: string): string {
  return username.replace(/\p{C}/gu, '').slice(0, 40);
}
