import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { emptyInput } from '../../contract/fields';
import { settingsInput, type Settings } from './schemas';
import { describeChanges, type FieldLabel } from '../../contract/audit';

/** beheerderCovers: during the beheerder's hours the beheerder counts as BHV'er and key holder for the coverage rule. */
export const DEFAULT_SETTINGS: Settings = {
  backupKeep: 14,
  lockMinutes: 10,
  incidentRetentionMonths: 24,
  vogRenewalYears: 3,
  beheerderCovers: true,
};

/** How a change to the settings reads in the audit log. */
const SETTINGS_LABELS = {
  backupKeep: { label: 'Automatische back-ups bewaren', show: (v) => `${v} back-ups` },
  lockMinutes: { label: 'Vergrendelen na', show: (v) => `${v} ${v === 1 ? 'minuut' : 'minuten'}` },
  incidentRetentionMonths: { label: 'Incidenten bewaren', show: (v) => `${v} maanden` },
  vogRenewalYears: { label: 'VOG opnieuw aanvragen na', show: (v) => `${v} jaar` },
  beheerderCovers: "Beheerder telt als BHV'er en sleutelhouder",
} satisfies { [K in keyof Settings]?: FieldLabel<Settings[K]> };

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const parsed = settingsInput.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export const settingsMethods = {
  'settings.get': method({
    description: 'De instellingen van Wijkhuis (aantal te bewaren back-ups, vergrendelen na inactiviteit).',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => getSettings(db),
  }),
  'settings.update': method({
    description: 'Wijzigt de instellingen.',
    access: ['beheerder'],
    mode: 'write',
    input: settingsInput.partial(),
    handler: ({ db, audit }, changes) => {
      const before = getSettings(db);
      // Fields a form leaves out keep their value.
      const input = { ...before, ...changes };
      const upsert = db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      );
      for (const [key, value] of Object.entries(input)) upsert.run(key, JSON.stringify(value));
      audit({ entity: 'settings', summary: describeChanges(before, input, SETTINGS_LABELS) });
      return getSettings(db);
    },
  }),
};
