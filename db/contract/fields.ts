import { z } from './zod';

export const ROLES = ['beheerder', 'coordinator', 'commissie', 'balie'] as const;
export type Role = (typeof ROLES)[number];

export const id = z.number({ error: 'Kies een geldig item.' }).int().positive();

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, `${label} is verplicht.`)
    .max(max, `${label} mag hoogstens ${max} tekens lang zijn.`);

export const optionalText = (label: string, max = 2000) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens lang zijn.`)
    .default('');

export const isoDate = z
  .string({ error: 'Vul een datum in.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een datum in als JJJJ-MM-DD.')
  .refine((s) => isRealDate(s), 'Deze datum bestaat niet.');

export const clockTime = z
  .string({ error: 'Vul een tijd in.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Vul een tijd in als UU:MM (bijvoorbeeld 09:30).');

export const optionalEmail = z
  .string()
  .trim()
  .max(200)
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Dit is geen geldig e-mailadres.')
  .default('');

export const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .refine((s) => s === '' || /^\+?[\d\s\-()]{8,20}$/.test(s), 'Dit is geen geldig telefoonnummer.')
  .default('');

export const emptyInput = z.object({}).strict().default({});

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
