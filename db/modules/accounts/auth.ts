/** Signing in and out, the lock screen and one's own password: the methods that check a password. */
import { method, type Actor, type Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput } from '../../contract/fields';
import { writeAudit } from '../../contract/audit';
import { localDateTime } from '../../platform/clock';
import { getSettings } from '../system/settings';
import { SESSION_AUDIT_ENTITY, changePasswordInput, loginInput, unlockInput } from './schemas';
import { NO_ACCOUNT_HASH, hashPassword, verifyPassword } from './passwords';
import { accountById, accountByUsername, checkPassword, lockedError, typedName } from './lockout';
import { msg } from '../../platform/messages';

export function me(ctx: Ctx) {
  const actor = ctx.actor as Actor;
  const locked = ctx.token ? Boolean(ctx.sessions.resolve(ctx.token, getSettings(ctx.db).lockMinutes)?.locked) : false;
  const building = ctx.db.prepare('SELECT name FROM building WHERE id = 1').get() as { name: string } | undefined;
  return { user: actor, locked, lockMinutes: getSettings(ctx.db).lockMinutes, buildingName: building?.name ?? '' };
}

function wrongLogin(): ApiError {
  return new ApiError(
    'UNAUTHENTICATED',
    msg('Gebruikersnaam of wachtwoord klopt niet.', 'Username or password is incorrect.'),
    {
      password: [msg('Gebruikersnaam of wachtwoord klopt niet.', 'Username or password is incorrect.')],
    },
  );
}

/** A session event in the audit log, by the signed-in user. */
function logSession(ctx: Ctx, summary: string): void {
  ctx.audit({ entity: SESSION_AUDIT_ENTITY, entityId: ctx.actor?.id ?? null, summary });
}

function login(ctx: Ctx, username: string, password: string) {
  const { db, clock } = ctx;
  const account = accountByUsername(db, username);
  const failure = `Mislukte inlogpoging voor gebruikersnaam '${typedName(username)}' (${ctx.client})`;
  if (!account) {
    // The same scrypt work as for a real account, so the time of the answer does not tell which names exist.
    verifyPassword(password, NO_ACCOUNT_HASH);
    writeAudit(db, clock, null, 'auth.login', { entity: SESSION_AUDIT_ENTITY, summary: failure });
    throw wrongLogin();
  }
  const check = checkPassword(ctx, account, password, { method: 'auth.login', failure });
  if (check.result === 'locked' || check.result === 'just-locked') throw lockedError(check.lockedUntil);
  if (check.result === 'wrong') throw wrongLogin();
  if (!account.active) {
    writeAudit(db, clock, account, 'auth.login', {
      entity: SESSION_AUDIT_ENTITY,
      entityId: account.id,
      summary: `Inlogpoging op uitgeschakeld account '${account.username}' (${ctx.client})`,
    });
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'Dit account is uitgeschakeld. Vraag de beheerder om het weer aan te zetten.',
        'This account is switched off. Ask the building manager to switch it back on.',
      ),
    );
  }
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(localDateTime(clock.now()), account.id);
  ctx.startSession(account.id);
  logSession(ctx, `Ingelogd (${ctx.client})`);
  return me(ctx);
}

function unlock(ctx: Ctx, password: string) {
  const actor = ctx.actor as Actor;
  const account = accountById(ctx.db, actor.id)!;
  const check = checkPassword(ctx, account, password, {
    method: 'auth.unlock',
    failure: `Mislukte poging om te ontgrendelen (${ctx.client})`,
  });
  if (check.result === 'wrong')
    throw ApiError.field('password', msg('Dit wachtwoord klopt niet.', 'This password is incorrect.'));
  if (check.result !== 'ok') {
    // Whoever guessed here holds a session: a lock it caused ends all of the account's sessions; a lock caused
    // elsewhere ends this one, so the screen goes to the login with the time the lock ends.
    if (check.result === 'just-locked') ctx.sessions.endAllFor(actor.id);
    ctx.endSession();
    throw lockedError(check.lockedUntil);
  }
  if (ctx.token) ctx.sessions.unlock(ctx.token);
  logSession(ctx, `Ontgrendeld (${ctx.client})`);
  return me(ctx);
}

function changePassword(ctx: Ctx, current: string, next: string) {
  // A system method is allowed on a read-only database (for signing in); a new password there would be lost.
  if (ctx.house.state.mode === 'readonly')
    throw new ApiError(
      'UNAVAILABLE',
      msg(
        'Wijkhuis staat in de stand alleen lezen: er kan niets worden gewijzigd of opgeslagen. Controleer de rechten op de gegevensmap en start Wijkhuis opnieuw.',
        'Wijkhuis is in read-only mode: nothing can be changed or saved. Check the permissions of the data folder and restart Wijkhuis.',
      ),
    );
  const actor = ctx.actor as Actor;
  const account = accountById(ctx.db, actor.id)!;
  const check = checkPassword(ctx, account, current, {
    method: 'auth.changePassword',
    failure: `Mislukte poging om het wachtwoord te wijzigen: het huidige wachtwoord klopt niet (${ctx.client})`,
  });
  if (check.result === 'wrong')
    throw ApiError.field('current', msg('Het huidige wachtwoord klopt niet.', 'The current password is incorrect.'));
  if (check.result !== 'ok') {
    if (check.result === 'just-locked') {
      ctx.sessions.endAllFor(actor.id);
      ctx.endSession();
    }
    throw lockedError(check.lockedUntil);
  }
  ctx.db
    .transaction(() => {
      ctx.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hashPassword(next), actor.id);
      writeAudit(ctx.db, ctx.clock, actor, 'auth.changePassword', {
        entity: 'users',
        entityId: actor.id,
        summary: 'Eigen wachtwoord gewijzigd; op andere plekken uitgelogd',
      });
    })
    .immediate();
  // Whoever knew the old password and is signed in elsewhere is out now; this window stays signed in.
  ctx.sessions.endOthersFor(actor.id, ctx.token);
  return { ok: true };
}

export const authMethods = {
  'auth.login': method({
    description:
      'Inloggen met gebruikersnaam en wachtwoord. Na 5 mislukte pogingen (ook bij ontgrendelen of wachtwoord wijzigen) is het account enkele minuten vergrendeld. Komt in het auditlog.',
    access: 'public',
    mode: 'system',
    input: loginInput,
    handler: (ctx, { username, password }) => login(ctx, username, password),
  }),
  'auth.me': method({
    description: 'De ingelogde gebruiker, of het scherm vergrendeld is, en de vergrendeltijd.',
    access: 'signed-in',
    mode: 'read',
    input: emptyInput,
    handler: (ctx) => me(ctx),
  }),
  'auth.logout': method({
    description: 'Uitloggen. Komt in het auditlog.',
    access: 'signed-in',
    mode: 'system',
    input: emptyInput,
    handler: (ctx) => {
      logSession(ctx, `Uitgelogd (${ctx.client})`);
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
    description:
      'Ontgrendelt het scherm met het wachtwoord van de ingelogde gebruiker. Telt mee voor de vergrendeling van het account; is die actief, dan eindigt de sessie.',
    access: 'signed-in',
    mode: 'system',
    input: unlockInput,
    handler: (ctx, { password }) => unlock(ctx, password),
  }),
  'auth.changePassword': method({
    description:
      'Wijzigt het eigen wachtwoord (het huidige wachtwoord is nodig; een fout telt mee voor de vergrendeling). Sessies van dit account op andere plekken eindigen.',
    access: 'signed-in',
    mode: 'system',
    input: changePasswordInput,
    handler: (ctx, { current, next }) => changePassword(ctx, current, next),
  }),
};
