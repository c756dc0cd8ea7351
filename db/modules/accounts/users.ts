import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput, type Role } from '../../contract/fields';
import { firstRunInput, newUser, resetPasswordInput, userUpdate } from './schemas';
import { hashPassword } from './passwords';
import { me } from './auth';
import { describeChanges, personRef, type FieldLabel } from '../../contract/audit';
import { seedDemo } from '../demo';
import { localDateTime, type Clock } from '../../platform/clock';
import { linkAccountToMember } from '../budget/memberAccount';
import { msg } from '../../platform/messages';

export { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './lockout';

export interface UserRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  /** Where the house mails this person about their work; '' when none. */
  email: string;
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
  email: { label: 'E-mail', onlyMention: true },
} satisfies { [K in keyof UserRow]?: FieldLabel<UserRow[K]> };

const USER_COLUMNS = `id, username, name, role, email, active = 1 AS active, locked_until AS lockedUntil,
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
  u: { username: string; name: string; role: Role; password: string; email?: string },
): number {
  if (db.prepare('SELECT 1 FROM users WHERE username = ?').get(u.username)) {
    throw ApiError.field('username', msg('Deze gebruikersnaam is al in gebruik.', 'This username is already taken.'));
  }
  return Number(
    db
      .prepare('INSERT INTO users (username, name, role, email, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(u.username, u.name, u.role, u.email ?? '', hashPassword(u.password), localDateTime(clock.now()))
      .lastInsertRowid,
  );
}

function activeBeheerders(db: Db, exceptId: number): number {
  return (
    db.prepare("SELECT count(*) AS n FROM users WHERE role = 'beheerder' AND active = 1 AND id <> ?").get(exceptId) as {
      n: number;
    }
  ).n;
}

/** Before anyone can sign in: whether the house still needs setting up, and the first start itself. */
export const setupMethods = {
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
        throw new ApiError(
          'FORBIDDEN',
          msg(
            'Wijkhuis is al ingericht. Log in met een bestaand account.',
            'Wijkhuis has already been set up. Sign in with an existing account.',
          ),
        );
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
};

export const userMethods = {
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
    description:
      'Maakt een account met een rol (beheerder, coördinator, commissie, balie). Een commissieaccount hoort bij een commissielid: een bestaand lid zonder account, of een nieuw lid met de naam van het account.',
    access: ['beheerder'],
    mode: 'write',
    input: newUser,
    handler: ({ db, clock, audit }, input) => {
      const id = insertUser(db, clock, input);
      const link = input.committee
        ? linkAccountToMember(db, { id, name: input.name }, input.committee, localDateTime(clock.now()))
        : null;
      if (link?.created)
        audit({
          entity: 'committee_members',
          entityId: link.memberId,
          summary: `${personRef('Commissielid', link.memberId)} toegevoegd bij een nieuw account, termijn vanaf ${input.committee?.kind === 'nieuw' ? input.committee.termFrom : ''}`,
        });
      audit({
        entity: 'users',
        entityId: id,
        summary: `${personRef('Account', id)} aangemaakt met rol ${input.role}${link ? `, gekoppeld aan ${personRef('commissielid', link.memberId)}` : ''}`,
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
      if (!before) throw new ApiError('NOT_FOUND', msg('Dit account bestaat niet.', 'This account does not exist.'));
      if (input.id === actor!.id && !input.active)
        throw ApiError.field(
          'active',
          msg('Je kunt je eigen account niet uitschakelen.', 'You cannot switch off your own account.'),
        );
      const losesBeheer = before.role === 'beheerder' && before.active && (input.role !== 'beheerder' || !input.active);
      if (losesBeheer && activeBeheerders(db, input.id) === 0) {
        throw ApiError.field(
          'role',
          msg('Er moet minstens één actieve beheerder blijven.', 'At least one active building manager must remain.'),
        );
      }
      db.prepare('UPDATE users SET name = ?, role = ?, active = ?, email = coalesce(?, email) WHERE id = ?').run(
        input.name,
        input.role,
        input.active ? 1 : 0,
        input.email ?? null,
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
    description:
      'Geeft een account een nieuw wachtwoord en heft een vergrendeling op. Sessies van dat account eindigen (behalve de eigen sessie van wie het doet).',
    access: ['beheerder'],
    mode: 'write',
    input: resetPasswordInput,
    handler: ({ db, audit, sessions, actor, token }, { id, password }) => {
      const r = db
        .prepare('UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?')
        .run(hashPassword(password), id);
      if (r.changes === 0)
        throw new ApiError('NOT_FOUND', msg('Dit account bestaat niet.', 'This account does not exist.'));
      audit({
        entity: 'users',
        entityId: id,
        summary: 'Wachtwoord opnieuw ingesteld; het account is overal uitgelogd',
      });
      // Whoever was signed in with the old password is out; a beheerder resetting their own keeps this window.
      if (id === actor!.id) sessions.endOthersFor(id, token);
      else sessions.endAllFor(id);
      return { ok: true };
    },
  }),
};
