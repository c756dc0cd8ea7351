import { z } from '../../contract/zod';

export const settingsInput = z.object({
  backupKeep: z
    .number({ error: 'Vul een aantal in.' })
    .int('Vul een heel getal in.')
    .min(3, 'Bewaar minstens 3 back-ups.')
    .max(365, 'Hoogstens 365 back-ups.'),
  lockMinutes: z
    .number({ error: 'Vul een aantal minuten in.' })
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 minuut.')
    .max(240, 'Hoogstens 240 minuten.'),
  vogRenewalYears: z
    .number({ error: 'Vul een aantal jaren in.' })
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 jaar.')
    .max(10, 'Hoogstens 10 jaar.')
    .default(3),
  beheerderCovers: z.boolean().default(true),
  incidentRetentionMonths: z
    .number({ error: 'Vul een aantal maanden in.' })
    .int('Vul een heel getal in.')
    .min(6, 'Bewaar incidenten minstens 6 maanden.')
    .max(120, 'Hoogstens 120 maanden.')
    .default(24),
});
export type Settings = z.output<typeof settingsInput>;

export const backupName = z.string().regex(/^[\w.-]+\.sqlite$/, 'Kies een back-up uit de lijst.');

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
      dataBase64: z.string().min(1, 'Kies een bestand.').max(RESTORE_MAX_BASE64, 'Dit bestand is te groot.'),
    }),
  ],
  { error: 'Kies een back-up of een bestand.' },
);
