import { method } from '../contract';
import { emptyInput } from '../schemas/common';
import { restoreInput } from '../schemas/system';
import { latestVersion } from '../database';
import { getBuilding } from './building';

export const systemMethods = {
  'system.info': method({
    description: 'Waar de gegevens en back-ups staan, de versie van de database en van Wijkhuis.',
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
};

