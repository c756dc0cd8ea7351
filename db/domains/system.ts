import Database from 'better-sqlite3';
import { method } from '../contract';
import type { Core } from '../core';
import { ApiError } from '../errors';
import { emptyInput } from '../schemas/common';
import { backupName, restoreInput } from '../schemas/system';
import { loginInput } from '../schemas/users';
import { latestVersion, verifyDatabaseFile } from '../database';
import { getBuilding } from './building';
import { writeAudit } from './audit';
import { verifyPassword } from './passwords';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './users';

const recoveryInput = loginInput.extend({ name: backupName });

/** Wrong passwords on the recovery screen, per core: it is open to anyone at the computer, so it locks like login does. */
const recoveryFailures = new WeakMap<Core, { count: number; lockedUntil: number }>();

function checkRecoveryLock(core: Core): void {
  const f = recoveryFailures.get(core);
  if (f && f.lockedUntil > Date.now()) {
    throw new ApiError('ACCOUNT_LOCKED', `Te veel mislukte pogingen. Probeer het over ${LOCKOUT_MINUTES} minuten opnieuw.`);
  }
}

function recordRecoveryFailure(core: Core): void {
  const f = recoveryFailures.get(core) ?? { count: 0, lockedUntil: 0 };
  f.count += 1;
  if (f.count >= MAX_FAILED_ATTEMPTS) {
    f.count = 0;
    f.lockedUntil = Date.now() + LOCKOUT_MINUTES * 60_000;
  }
  recoveryFailures.set(core, f);
}

/**
 * The beheerder who may restore this backup: the username and password must be those of an active
 * beheerder *in the backup itself*, since the live database is unreadable.
 */
function beheerderInBackup(file: string, username: string, password: string, nativeBinding?: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const row = db.prepare("SELECT id, username, name, role, password_hash AS hash FROM users WHERE username = ? AND role = 'beheerder' AND active = 1").get(username) as
      | { id: number; username: string; name: string; role: 'beheerder'; hash: string }
      | undefined;
    if (!row || !verifyPassword(password, row.hash)) return null;
    return { id: row.id, username: row.username, name: row.name, role: row.role };
  } finally {
    db.close();
  }
}

function requireRecovery(core: Core): void {
  if (core.state.mode !== 'recovery') throw new ApiError('CONFLICT', 'Wijkhuis is niet in de herstelstand. Back-ups staan onder Beheer › Back-ups.');
}

export const systemMethods = {
  'system.info': method({
    description: 'Waar de gegevens en back-ups staan, de versie van de database en van Wijkhuis, en of de laatste back-up mislukte.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db, core }) => ({
      dataDir: core.paths.dataDir,
      databaseFile: core.paths.dbFile,
      backupDir: core.paths.backupDir,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      latestSchemaVersion: latestVersion(),
      appVersion: core.options.appVersion ?? 'ontwikkelversie',
      readOnly: core.state.mode === 'readonly',
      backupFailure: core.backups.failure,
    }),
  }),
  'backups.list': method({
    description: 'De back-ups in de back-upmap, nieuwste eerst.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ core }) => core.backups.list(),
  }),
  'backups.create': method({
    description: 'Maakt nu een back-up ("Back-up maken").',
    access: ['beheerder'],
    mode: 'system',
    input: emptyInput,
    handler: async ({ core, audit }) => {
      const backup = await core.backups.create('handmatig');
      audit({ entity: 'backups', entityId: backup.name, summary: `Back-up gemaakt: ${backup.name}` });
      return backup;
    },
  }),
  'backups.restore': method({
    description: 'Zet een back-up terug ("Back-up terugzetten"): controleert het bestand eerst en bewaart de huidige database als back-up.',
    access: ['beheerder'],
    mode: 'system',
    input: restoreInput,
    handler: async ({ core, audit }, input) => {
      const result = input.source === 'backup'
        ? await core.restore(core.backups.pathOf(input.name))
        : await core.restoreBytes(Buffer.from(input.dataBase64, 'base64'));
      // The audit row goes into the restored database, so the restore itself is on record.
      audit({ entity: 'backups', entityId: input.source === 'backup' ? input.name : input.fileName, summary: `Back-up teruggezet; vorige database bewaard als ${result.safetyCopy}` });
      return { ...result, buildingName: getBuilding(core.db).name };
    },
  }),
  'recovery.status': method({
    description: 'In welke stand Wijkhuis draait: normaal, alleen lezen (map niet beschrijfbaar) of herstel (database beschadigd), en waarom.',
    access: 'public',
    mode: 'read',
    input: emptyInput,
    handler: ({ core }) => ({
      mode: core.state.mode,
      reason: core.state.mode === 'normal' ? null : core.state.reason,
      // Where to look for the files by hand; only told while the app cannot be used normally.
      dataDir: core.state.mode === 'recovery' ? core.paths.dataDir : null,
    }),
  }),
  'recovery.backups': method({
    description: 'Herstelstand: de back-ups, elk gecontroleerd (Wijkhuis-bestand, versie, integriteit), nieuwste eerst; de nieuwste goede is aangeraden.',
    access: 'public',
    mode: 'read',
    input: emptyInput,
    handler: ({ core }) => {
      requireRecovery(core);
      let recommended = false;
      return core.backups.list().map((b) => {
        const check = verifyDatabaseFile(core.backups.pathOf(b.name), { nativeBinding: core.options.nativeBinding });
        const isRecommended = check.ok && !recommended;
        recommended ||= check.ok;
        return { ...b, ok: check.ok, message: check.message, version: check.version ?? null, recommended: isRecommended };
      });
    },
  }),
  'recovery.restore': method({
    description: 'Herstelstand: zet een gecontroleerde back-up terug, na de gebruikersnaam en het wachtwoord van een beheerder uit die back-up. Het beschadigde bestand blijft bewaard als beschadigd-<tijd>.sqlite.',
    access: 'public',
    mode: 'system',
    input: recoveryInput,
    handler: async ({ core }, input) => {
      requireRecovery(core);
      checkRecoveryLock(core);
      const file = core.backups.pathOf(input.name);
      const check = verifyDatabaseFile(file, { nativeBinding: core.options.nativeBinding });
      if (!check.ok) throw ApiError.field('name', check.message);
      const actor = beheerderInBackup(file, input.username, input.password, core.options.nativeBinding);
      if (!actor) {
        recordRecoveryFailure(core);
        const message = 'Deze gebruikersnaam en dit wachtwoord horen niet bij een beheerder in deze back-up.';
        throw new ApiError('VALIDATION', message, { password: [message] });
      }
      const { brokenCopy } = await core.recover(file);
      recoveryFailures.delete(core);
      writeAudit(core.db, actor, 'recovery.restore', { entity: 'backups', entityId: input.name, summary: `Beschadigde database hersteld met back-up ${input.name}; het beschadigde bestand is bewaard als ${brokenCopy}` });
      return { restored: input.name, brokenCopy, buildingName: getBuilding(core.db).name };
    },
  }),
};
