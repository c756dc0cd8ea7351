import { msg } from '../../platform/messages';
import { z } from '../../contract/zod';

export const settingsInput = z.object({
  backupKeep: z
    .number({ error: msg('Vul een aantal in.', 'Fill in a number.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(3, msg('Bewaar minstens 3 back-ups.', 'Keep at least 3 backups.'))
    .max(365, msg('Hoogstens 365 back-ups.', 'At most 365 backups.')),
  lockMinutes: z
    .number({ error: msg('Vul een aantal minuten in.', 'Fill in a number of minutes.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 minuut.', 'At least 1 minute.'))
    .max(240, msg('Hoogstens 240 minuten.', 'At most 240 minutes.')),
  vogRenewalYears: z
    .number({ error: msg('Vul een aantal jaren in.', 'Fill in a number of years.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 jaar.', 'At least 1 year.'))
    .max(10, msg('Hoogstens 10 jaar.', 'At most 10 years.'))
    .default(3),
  beheerderCovers: z.boolean().default(true),
  incidentRetentionMonths: z
    .number({ error: msg('Vul een aantal maanden in.', 'Fill in a number of months.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(6, msg('Bewaar incidenten minstens 6 maanden.', 'Keep incidents for at least 6 months.'))
    .max(120, msg('Hoogstens 120 maanden.', 'At most 120 months.'))
    .default(24),
});
export type Settings = z.output<typeof settingsInput>;

export const backupName = z
  .string()
  .regex(/^[\w.-]+\.sqlite$/, msg('Kies een back-up uit de lijst.', 'Choose a backup from the list.'));

// ~1 GB as base64; a house's database is far smaller.
const RESTORE_MAX_BASE64 = 1_400_000_000;
/** The restore's body: the file as base64 and a little JSON around it. */
export const RESTORE_MAX_INPUT_BYTES = RESTORE_MAX_BASE64 + 64 * 1024;

export const restoreInput = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('backup'), name: backupName }),
    z.object({
      source: z.literal('upload'),
      fileName: z.string().max(255).default('bestand'),
      dataBase64: z
        .string()
        .min(1, msg('Kies een bestand.', 'Choose a file.'))
        .max(RESTORE_MAX_BASE64, msg('Dit bestand is te groot.', 'This file is too large.')),
    }),
  ],
  { error: msg('Kies een back-up of een bestand.', 'Choose a backup or a file.') },
);
