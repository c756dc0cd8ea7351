import { connect, latestVersion, verifyDatabaseFile } from '../../platform/database';
import { method } from '../../contract/method';
import type { HouseFiles } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput } from '../../contract/fields';
import { backupName, RESTORE_MAX_INPUT_BYTES, restoreInput } from './schemas';
import { loginInput } from '../accounts/schemas';
import { getBuilding } from '../building/building';
import { writeAudit } from '../../contract/audit';
import { verifyPassword } from '../accounts/passwords';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../accounts/users';

const recoveryInput = loginInput.extend({ name: backupName });

/** Wrong passwords on the recovery screen, per core: it is open to anyone at the computer, so it locks like login does. */
const recoveryFailures = new WeakMap<HouseFiles, { count: number; lockedUntil: number }>();

function checkRecoveryLock(house: HouseFiles, nowMs: number): void {
  const f = recoveryFailures.get(house);
  if (f && f.lockedUntil > nowMs) {
    throw new ApiError(
      'ACCOUNT_LOCKED',
      `Te veel mislukte pogingen. Probeer het over ${LOCKOUT_MINUTES} minuten opnieuw.`,
    );
  }
}

function recordRecoveryFailure(house: HouseFiles, nowMs: number): void {
  const f = recoveryFailures.get(house) ?? { count: 0, lockedUntil: 0 };
  f.count += 1;
  if (f.count >= MAX_FAILED_ATTEMPTS) {
    f.count = 0;
    f.lockedUntil = nowMs + LOCKOUT_MINUTES * 60_000;
  }
  recoveryFailures.set(house, f);
}

/**
 * The beheerder who may restore this backup: the username and password must be those of an active
 * beheerder *in the backup itself*, since the live database is unreadable.
 */
function beheerderInBackup(file: string, username: string, password: string, nativeBinding?: string) {
  const db = connect(file, { nativeBinding, readonly: true });
  try {
    const row = db
      .prepare(
        "SELECT id, username, name, role, password_hash AS hash FROM users WHERE username = ? AND role = 'beheerder' AND active = 1",
      )
      .get(username) as { id: number; username: string; name: string; role: 'beheerder'; hash: string } | undefined;
    if (!row || !verifyPassword(password, row.hash)) return null;
    return { id: row.id, username: row.username, name: row.name, role: row.role };
  } finally {
    db.close();
  }
}

function requireRecovery(house: HouseFiles): void {
  if (house.state.mode !== 'recovery')
    throw new ApiError('CONFLICT', 'Wijkhuis is niet in de herstelstand. Back-ups staan onder Beheer › Back-ups.');
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
    handler: async ({ house, audit }, input) => {
      const result =
        input.source === 'backup'
          ? await house.restore(house.backups.pathOf(input.name))
          : await house.restoreBytes(Buffer.from(input.dataBase64, 'base64'));
      // The audit row goes into the restored database, so the restore itself is on record.
      audit({
        entity: 'backups',
        entityId: input.source === 'backup' ? input.name : input.fileName,
        summary: `Back-up teruggezet; vorige database bewaard als ${result.safetyCopy}`,
      });
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
      checkRecoveryLock(house, clock.now().getTime());
      const file = house.backups.pathOf(input.name);
      const check = verifyDatabaseFile(file, { nativeBinding: house.options.nativeBinding });
      if (!check.ok) throw ApiError.field('name', check.message);
      const actor = beheerderInBackup(file, input.username, input.password, house.options.nativeBinding);
      if (!actor) {
        recordRecoveryFailure(house, clock.now().getTime());
        const message = 'Deze gebruikersnaam en dit wachtwoord horen niet bij een beheerder in deze back-up.';
        throw new ApiError('VALIDATION', message, { password: [message] });
      }
      const { brokenCopy } = await house.recover(file);
      recoveryFailures.delete(house);
      writeAudit(house.db, clock, actor, 'recovery.restore', {
        entity: 'backups',
        entityId: input.name,
        summary: `Beschadigde database hersteld met back-up ${input.name}; het beschadigde bestand is bewaard als ${brokenCopy}`,
      });
      return { restored: input.name, brokenCopy, buildingName: getBuilding(house.db).name };
    },
  }),
};
