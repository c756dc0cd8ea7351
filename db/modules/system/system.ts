import { latestVersion, verifyDatabaseFile, withReadOnly, type Db } from '../../platform/database';
import { method } from '../../contract/method';
import type { Actor, HouseFiles } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput } from '../../contract/fields';
import { backupName, RESTORE_MAX_INPUT_BYTES, restoreInput } from './schemas';
import { loginInput } from '../accounts/schemas';
import { getBuilding } from '../building/building';
import { writeAudit } from '../../contract/audit';
import { NO_ACCOUNT_HASH, verifyPassword } from '../accounts/passwords';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../accounts/users';
import { msg } from '../../platform/messages';

const recoveryInput = loginInput.extend({ name: backupName });

interface Failures {
  count: number;
  lockedUntil: number;
}

/**
 * Wrong passwords on the recovery screen, per core and per user name tried: the screen is open to anyone at the
 * computer, so it locks like login does, but a stranger's attempts with other names must not lock the beheerder out.
 */
const recoveryFailures = new WeakMap<HouseFiles, Map<string, Failures>>();

function failuresOf(house: HouseFiles): Map<string, Failures> {
  let byName = recoveryFailures.get(house);
  if (!byName) recoveryFailures.set(house, (byName = new Map()));
  return byName;
}

function checkRecoveryLock(house: HouseFiles, username: string, nowMs: number): void {
  const f = failuresOf(house).get(username);
  if (f && f.lockedUntil > nowMs) {
    throw new ApiError(
      'ACCOUNT_LOCKED',
      msg(
        `Te veel mislukte pogingen. Probeer het over ${LOCKOUT_MINUTES} minuten opnieuw.`,
        `Too many failed attempts. Try again in ${LOCKOUT_MINUTES} minutes.`,
      ),
    );
  }
}

function recordRecoveryFailure(house: HouseFiles, username: string, nowMs: number): void {
  const byName = failuresOf(house);
  // Someone trying thousands of names must not fill the memory: forget the ones whose lock has passed.
  if (byName.size > 1000)
    for (const [name, f] of byName) if (f.lockedUntil <= nowMs && f.count === 0) byName.delete(name);
  const f = byName.get(username) ?? { count: 0, lockedUntil: 0 };
  f.count += 1;
  if (f.count >= MAX_FAILED_ATTEMPTS) {
    f.count = 0;
    f.lockedUntil = nowMs + LOCKOUT_MINUTES * 60_000;
  }
  byName.set(username, f);
}

/**
 * The beheerder who may restore this backup: the username and password must be those of an active
 * beheerder *in the backup itself*, since the live database is unreadable. The backup passed
 * verifyDatabaseFile first, so its users table is ours.
 */
function beheerderInBackup(file: string, username: string, password: string, nativeBinding?: string) {
  const row = withReadOnly(file, { nativeBinding }, (db) =>
    db
      .prepare(
        "SELECT id, username, name, role, password_hash AS hash FROM users WHERE username = ? AND role = 'beheerder' AND active = 1",
      )
      .get(username),
  ) as { id: number; username: string; name: string; role: 'beheerder'; hash: string } | undefined;
  // An unknown name is checked against a hash no password matches: it costs the same scrypt time as a known one.
  const matches = verifyPassword(password, row?.hash ?? NO_ACCOUNT_HASH);
  if (!row || !matches) return null;
  return { id: row.id, username: row.username, name: row.name, role: row.role };
}

/**
 * The one who restored, as the restored database knows them: the same id only when that id is the same account
 * there; otherwise only the name, since the id may be someone else in the restored file or nobody at all.
 */
function actorIn(db: Db, actor: Actor): Actor | { id: null; name: string } {
  const same = db.prepare('SELECT 1 FROM users WHERE id = ? AND username = ?').get(actor.id, actor.username);
  return same ? actor : { id: null, name: actor.name };
}

function requireRecovery(house: HouseFiles): void {
  if (house.state.mode !== 'recovery')
    throw new ApiError(
      'CONFLICT',
      msg(
        'Wijkhuis is niet in de herstelstand. Back-ups staan onder Beheer › Back-ups.',
        'Wijkhuis is not in recovery mode. Backups are under Administration › Backups.',
      ),
    );
}

export const systemMethods = {
  'system.info': method({
    description:
      'Waar de gegevens en back-ups staan, de versie van de database en van Wijkhuis, en of de laatste back-up mislukte.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db, house }) => ({
      dataDir: house.paths.dataDir,
      databaseFile: house.paths.dbFile,
      backupDir: house.paths.backupDir,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      latestSchemaVersion: latestVersion(),
      appVersion: house.options.appVersion ?? 'ontwikkelversie',
      readOnly: house.state.mode === 'readonly',
      backupFailure: house.backups.failure,
    }),
  }),
  'backups.list': method({
    description: 'De back-ups in de back-upmap, nieuwste eerst.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ house }) => house.backups.list(),
  }),
  'backups.create': method({
    description: 'Maakt nu een back-up ("Back-up maken").',
    access: ['beheerder'],
    mode: 'system',
    input: emptyInput,
    handler: async ({ house, audit }) => {
      const backup = await house.backups.create('handmatig');
      audit({ entity: 'backups', entityId: backup.name, summary: `Back-up gemaakt: ${backup.name}` });
      return backup;
    },
  }),
  'backups.restore': method({
    description:
      'Zet een back-up terug ("Back-up terugzetten"): controleert het bestand eerst en bewaart de huidige database als back-up.',
    access: ['beheerder'],
    mode: 'system',
    input: restoreInput,
    maxInputBytes: RESTORE_MAX_INPUT_BYTES,
    handler: async ({ house, clock, actor, endSession }, input) => {
      // The audit row goes into the restored database, so the restore itself is on record; the core tries it
      // in the checked copy before anything is swapped.
      const record = (db: Db, safetyCopy: string) =>
        writeAudit(db, clock, actorIn(db, actor!), 'backups.restore', {
          entity: 'backups',
          entityId: input.source === 'backup' ? input.name : input.fileName,
          summary: `Back-up teruggezet; vorige database bewaard als ${safetyCopy}`,
        });
      const result =
        input.source === 'backup'
          ? await house.restore(house.backups.pathOf(input.name), record)
          : await house.restoreBytes(Buffer.from(input.dataBase64, 'base64'), record);
      // The core ended every session; this tells the window or the browser to forget its token too.
      endSession();
      return { ...result, buildingName: getBuilding(house.db).name };
    },
  }),
  'recovery.status': method({
    description:
      'In welke stand Wijkhuis draait: normaal, alleen lezen (map niet beschrijfbaar) of herstel (database beschadigd), en waarom.',
    access: 'public',
    mode: 'read',
    input: emptyInput,
    handler: ({ house }) => ({
      mode: house.state.mode,
      reason: house.state.mode === 'normal' ? null : house.state.reason,
      // Where to look for the files by hand; only told while the app cannot be used normally.
      dataDir: house.state.mode === 'recovery' ? house.paths.dataDir : null,
    }),
  }),
  'recovery.backups': method({
    description:
      'Herstelstand: de back-ups, elk gecontroleerd (Wijkhuis-bestand, versie, integriteit), nieuwste eerst; de nieuwste goede is aangeraden.',
    access: 'public',
    mode: 'read',
    input: emptyInput,
    handler: ({ house }) => {
      requireRecovery(house);
      let recommended = false;
      return house.backups.list().map((b) => {
        const check = verifyDatabaseFile(house.backups.pathOf(b.name), { nativeBinding: house.options.nativeBinding });
        const isRecommended = check.ok && !recommended;
        recommended ||= check.ok;
        return {
          ...b,
          ok: check.ok,
          message: check.message,
          version: check.version ?? null,
          recommended: isRecommended,
        };
      });
    },
  }),
  'recovery.restore': method({
    description:
      'Herstelstand: zet een gecontroleerde back-up terug, na de gebruikersnaam en het wachtwoord van een beheerder uit die back-up. Het beschadigde bestand blijft bewaard als beschadigd-<tijd>.sqlite.',
    access: 'public',
    mode: 'system',
    input: recoveryInput,
    maxInputBytes: RESTORE_MAX_INPUT_BYTES,
    handler: async ({ house, clock }, input) => {
      requireRecovery(house);
      checkRecoveryLock(house, input.username, clock.now().getTime());
      const file = house.backups.pathOf(input.name);
      // The schema is checked before the users table is read for the password.
      const check = verifyDatabaseFile(file, { nativeBinding: house.options.nativeBinding });
      if (!check.ok) throw ApiError.field('name', check.message);
      const actor = beheerderInBackup(file, input.username, input.password, house.options.nativeBinding);
      if (!actor) {
        recordRecoveryFailure(house, input.username, clock.now().getTime());
        const message = msg(
          'Deze gebruikersnaam en dit wachtwoord horen niet bij een beheerder in deze back-up.',
          'This username and password do not belong to a building manager in this backup.',
        );
        throw new ApiError('VALIDATION', message, { password: [message] });
      }
      const { brokenCopy } = await house.recover(file, (db, aside) =>
        writeAudit(db, clock, actor, 'recovery.restore', {
          entity: 'backups',
          entityId: input.name,
          summary: `Beschadigde database hersteld met back-up ${input.name}; het beschadigde bestand is bewaard als ${aside}`,
        }),
      );
      recoveryFailures.delete(house);
      return { restored: input.name, brokenCopy, buildingName: getBuilding(house.db).name };
    },
  }),
};
