import type { Db } from '../../platform/database';
import { method, type Actor, type Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput, type Role } from '../../contract/fields';
import {
  changePasswordInput,
  firstRunInput,
  loginInput,
  newUser,
  resetPasswordInput,
  unlockInput,
  userUpdate,
} from './schemas';
import { hashPassword, verifyPassword } from './passwords';
import { getSettings } from '../system/settings';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import { seedDemo } from '../demo';
import { localDateTime, type Clock } from '../../platform/clock';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;

export interface UserRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

/** How a change to an account reads in the audit log; the person's name only as "gewijzigd". */
const USER_LABELS = {
  name: { label: 'Naam', onlyMention: true },
  role: { label: 'Rol', show: (v) => (v === 'coordinator' ? 'coördinator' : v) },
  active: 'Actief',
} satisfies { [K in keyof UserRow]?: FieldLabel<UserRow[K]> };

const USER_COLUMNS = `id, username, name, role, active = 1 AS active, locked_until AS lockedUntil,
  created_at AS createdAt, last_login_at AS lastLoginAt`;

function toUser(row: Record<string, unknown>): UserRow {
  return { ...(row as unknown as UserRow), active: Boolean(row.active) };
}

export function userCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function insertUser(
  db: Db,
  clock: Clock,
  u: { username: string; name: string; role: Role; password: string },
): number {
  if (db.prepare('SELECT 1 FROM users WHERE username = ?').get(u.username)) {
    throw ApiError.field('username', 'Deze gebruikersnaam is al in gebruik.');
  }
  return Number(
    db
      .prepare('INSERT INTO users (username, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(u.username, u.name, u.role, hashPassword(u.password), localDateTime(clock.now())).lastInsertRowid,
  );
}

function activeBeheerders(db: Db, exceptId: number): number {
  return (
    db.prepare("SELECT count(*) AS n FROM users WHERE role = 'beheerder' AND active = 1 AND id <> ?").get(exceptId) as {
      n: number;
    }
  ).n;
}

/** Counts a wrong password; the fifth in a row locks the account for a few minutes. */
function recordFailure(db: Db, clock: Clock, userId: number): void {
  const row = db.prepare('SELECT failed_attempts AS n FROM users WHERE id = ?').get(userId) as { n: number };
  const n = row.n + 1;
  const lockedUntil =
    n >= MAX_FAILED_ATTEMPTS ? new Date(clock.now().getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
    lockedUntil ? 0 : n,
    lockedUntil,
    userId,
  );
}

function lockedMessage(lockedUntil: string): string {
  const time = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(lockedUntil));
  return `Te veel mislukte pogingen. Dit account is vergrendeld tot ${time}.`;
}

function me(ctx: Ctx) {
  const actor = ctx.actor as Actor;
  const locked = ctx.token ? Boolean(ctx.sessions.resolve(ctx.token, getSettings(ctx.db).lockMinutes)?.locked) : false;
  const building = ctx.db.prepare('SELECT name FROM building WHERE id = 1').get() as { name: string } | undefined;
  return { user: actor, locked, lockMinutes: getSettings(ctx.db).lockMinutes, buildingName: building?.name ?? '' };
}

export const userMethods = {
  'setup.status': method({
    description: 'Of Wijkhuis nog ingericht moet worden (eerste start), en of voorbeeldgegevens worden voorgesteld.',
    access: 'public',
    mode: 'read',
    input: emptyInput,
    handler: ({ db, house }) => ({ needsSetup: userCount(db) === 0, demoSuggested: house.options.demo ?? false }),
  }),
  'setup.firstRun': method({
    description:
      'Eerste start: legt de naam van het huis vast, maakt het eerste beheerdersaccount en vult desgewenst voorbeeldgegevens. Alleen mogelijk zolang er geen accounts zijn.',
    access: 'public',
    mode: 'write',
    input: firstRunInput,
    handler: (ctx, input) => {
      const { db } = ctx;
      if (userCount(db) > 0)
        throw new ApiError('FORBIDDEN', 'Wijkhuis is al ingericht. Log in met een bestaand account.');
      if (input.demo) seedDemo(db, ctx.clock, input.buildingName);
      else
        db.prepare(
          'INSERT INTO building (id, name) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name',
        ).run(input.buildingName);
      const id = insertUser(db, ctx.clock, { ...input.user, role: 'beheerder' });
      ctx.startSession(id);
      ctx.audit({
        entity: 'setup',
        entityId: id,
        summary: `Ingericht: "${input.buildingName}", beheerder ${input.user.username}${input.demo ? ', met voorbeeldgegevens' : ''}`,
      });
      return me(ctx);
    },
  }),
  'auth.login': method({
    description:
      'Inloggen met gebruikersnaam en wachtwoord. Na 5 mislukte pogingen is het account enkele minuten vergrendeld.',
    access: 'public',
    mode: 'system',
    input: loginInput,
    handler: (ctx, { username, password }) => {
      const { db } = ctx;
      const row = db
        .prepare('SELECT id, password_hash AS hash, active, locked_until AS lockedUntil FROM users WHERE username = ?')
        .get(username) as { id: number; hash: string; active: number; lockedUntil: string | null } | undefined;
      const wrong = () =>
        new ApiError('UNAUTHENTICATED', 'Gebruikersnaam of wachtwoord klopt niet.', {
          password: ['Gebruikersnaam of wachtwoord klopt niet.'],
        });
      if (!row) throw wrong();
      if (row.lockedUntil && row.lockedUntil > ctx.clock.now().toISOString())
        throw new ApiError('ACCOUNT_LOCKED', lockedMessage(row.lockedUntil));
      if (!verifyPassword(password, row.hash)) {
        recordFailure(db, ctx.clock, row.id);
        const after = db.prepare('SELECT locked_until AS l FROM users WHERE id = ?').get(row.id) as {
          l: string | null;
        };
        if (after.l) throw new ApiError('ACCOUNT_LOCKED', lockedMessage(after.l));
        throw wrong();
      }
      if (!row.active)
        throw new ApiError('FORBIDDEN', 'Dit account is uitgeschakeld. Vraag de beheerder om het weer aan te zetten.');
      db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(
        localDateTime(ctx.clock.now()),
        row.id,
      );
      ctx.startSession(row.id);
      return me(ctx);
    },
  }),
  'auth.me': method({
    description: 'De ingelogde gebruiker, of het scherm vergrendeld is, en de vergrendeltijd.',
    access: 'signed-in',
    mode: 'read',
    input: emptyInput,
    handler: (ctx) => me(ctx),
  }),
  'auth.logout': method({
    description: 'Uitloggen.',
    access: 'signed-in',
    mode: 'system',
    input: emptyInput,
    handler: (ctx) => {
      ctx.endSession();
      return { ok: true };
    },
  }),
  'auth.lock': method({
    description: 'Vergrendelt het scherm; ontgrendelen vraagt het wachtwoord.',
    access: 'signed-in',
    mode: 'system',
    input: emptyInput,
    handler: ({ sessions, token }) => {
      if (token) sessions.lock(token);
      return { ok: true };
    },
  }),
  'auth.unlock': method({
    description: 'Ontgrendelt het scherm met het wachtwoord van de ingelogde gebruiker.',
    access: 'signed-in',
    mode: 'system',
    input: unlockInput,
    handler: (ctx, { password }) => {
      const actor = ctx.actor as Actor;
      const row = ctx.db.prepare('SELECT password_hash AS hash FROM users WHERE id = ?').get(actor.id) as {
        hash: string;
      };
      if (!verifyPassword(password, row.hash)) {
        recordFailure(ctx.db, ctx.clock, actor.id);
        const locked = ctx.db.prepare('SELECT locked_until AS l FROM users WHERE id = ?').get(actor.id) as {
          l: string | null;
        };
        if (locked.l) {
          ctx.sessions.endAllFor(actor.id);
          throw new ApiError('ACCOUNT_LOCKED', lockedMessage(locked.l));
        }
        throw ApiError.field('password', 'Dit wachtwoord klopt niet.');
      }
      ctx.db.prepare('UPDATE users SET failed_attempts = 0 WHERE id = ?').run(actor.id);
      if (ctx.token) ctx.sessions.unlock(ctx.token);
      return me(ctx);
    },
  }),
  'auth.changePassword': method({
    description: 'Wijzigt het eigen wachtwoord (het huidige wachtwoord is nodig).',
    access: 'signed-in',
    mode: 'write',
    input: changePasswordInput,
    handler: ({ db, actor, audit }, { current, next }) => {
      const row = db.prepare('SELECT password_hash AS hash FROM users WHERE id = ?').get(actor!.id) as { hash: string };
      if (!verifyPassword(current, row.hash)) throw ApiError.field('current', 'Het huidige wachtwoord klopt niet.');
      db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hashPassword(next), actor!.id);
      audit({ entity: 'users', entityId: actor!.id, summary: 'Eigen wachtwoord gewijzigd' });
      return { ok: true };
    },
  }),
  'users.list': method({
    description: 'Alle accounts met hun rol en status.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) =>
      (
        db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY active DESC, name`).all() as Record<string, unknown>[]
      ).map(toUser),
  }),
  'users.create': method({
    description: 'Maakt een account met een rol (beheerder, coördinator, commissie, balie).',
    access: ['beheerder'],
    mode: 'write',
    input: newUser,
    handler: ({ db, clock, audit }, input) => {
      const id = insertUser(db, clock, input);
      audit({
        entity: 'users',
        entityId: id,
        summary: `Account ${input.username} (${input.name}) aangemaakt met rol ${input.role}`,
      });
      return toUser(db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as Record<string, unknown>);
    },
  }),
  'users.update': method({
    description: 'Wijzigt naam, rol of status van een account. De laatste actieve beheerder blijft altijd bestaan.',
    access: ['beheerder'],
    mode: 'write',
    input: userUpdate,
    handler: ({ db, actor, audit, sessions }, input) => {
      const before = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(input.id) as
        Record<string, unknown> | undefined;
      if (!before) throw new ApiError('NOT_FOUND', 'Dit account bestaat niet.');
      if (input.id === actor!.id && !input.active)
        throw ApiError.field('active', 'Je kunt je eigen account niet uitschakelen.');
      const losesBeheer = before.role === 'beheerder' && before.active && (input.role !== 'beheerder' || !input.active);
      if (losesBeheer && activeBeheerders(db, input.id) === 0) {
        throw ApiError.field('role', 'Er moet minstens één actieve beheerder blijven.');
      }
      db.prepare('UPDATE users SET name = ?, role = ?, active = ? WHERE id = ?').run(
        input.name,
        input.role,
        input.active ? 1 : 0,
        input.id,
      );
      if (!input.active) sessions.endAllFor(input.id);
      const after = toUser(
        db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(input.id) as Record<string, unknown>,
      );
      const b = toUser(before);
      audit({
        entity: 'users',
        entityId: input.id,
        summary: describeChanges({ ...b }, { ...after }, USER_LABELS),
      });
      return after;
    },
  }),
  'users.resetPassword': method({
    description: 'Geeft een account een nieuw wachtwoord en heft een vergrendeling op.',
    access: ['beheerder'],
    mode: 'write',
    input: resetPasswordInput,
    handler: ({ db, audit }, { id, password }) => {
      const r = db
        .prepare('UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?')
        .run(hashPassword(password), id);
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Dit account bestaat niet.');
      audit({ entity: 'users', entityId: id, summary: 'Wachtwoord opnieuw ingesteld' });
      return { ok: true };
    },
  }),
};
