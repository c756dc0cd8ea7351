import { id, requiredText } from '../../contract/fields';
import { z } from '../../contract/zod';

/** Kinds of person with a retention period of their own in retention_periods; fiscaal is the legal period for financial records. */
export const RETENTION_KINDS = [
  'vrijwilliger',
  'huurder',
  'aanvrager',
  'commissielid',
  'gebruiker',
  'sleutelhouder',
  'logboek',
  'fiscaal',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Every kind of person in the register: the retention kinds, incidents (period in the settings) and visitors (only counts). */
export const REGISTER_KINDS = [
  'vrijwilliger',
  'huurder',
  'aanvrager',
  'commissielid',
  'gebruiker',
  'sleutelhouder',
  'incident',
  'logboek',
  'bezoeker',
  'fiscaal',
] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** Where personal data lives, one name per table (or part of one) that find, export and erase handle. */
export const RECORD_TYPES = [
  'vrijwilliger',
  'huurder',
  'aanvraag',
  'partner',
  'commissielid',
  'gebruiker',
  'sleuteluitgifte',
  'boeking',
  'activiteit',
  'incident',
  'logboek',
  'storing',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const ERASE_SCOPES = ['volledig', 'contact'] as const;
export type EraseScope = (typeof ERASE_SCOPES)[number];

/** Lower bounds: financial records never below the fiscal 7 years; incidents as the settings screen allows. */
export const RETENTION_BOUNDS: Record<RetentionKind | 'incident', { min: number; max: number }> = {
  vrijwilliger: { min: 1, max: 240 },
  huurder: { min: 1, max: 240 },
  aanvrager: { min: 84, max: 240 },
  commissielid: { min: 1, max: 240 },
  gebruiker: { min: 1, max: 240 },
  sleutelhouder: { min: 1, max: 240 },
  logboek: { min: 1, max: 240 },
  fiscaal: { min: 84, max: 240 },
  incident: { min: 6, max: 120 },
};

const MIN_MESSAGES: Partial<Record<keyof typeof RETENTION_BOUNDS, string>> = {
  aanvrager: 'Aanvragen met geld horen bij de financiële administratie: bewaar ze minstens 84 maanden (7 jaar).',
  fiscaal: 'De fiscale bewaarplicht is 7 jaar: minstens 84 maanden.',
  incident: 'Bewaar incidenten minstens 6 maanden.',
};

const months = (kind: keyof typeof RETENTION_BOUNDS) => {
  const { min, max } = RETENTION_BOUNDS[kind];
  return z
    .number({ error: 'Vul een aantal maanden in.' })
    .int('Vul een heel aantal maanden in.')
    .min(min, MIN_MESSAGES[kind] ?? `Minstens ${min} maand.`)
    .max(max, `Hoogstens ${max} maanden.`)
    .optional();
};

export const retentionInput = z
  .object(
    {
      vrijwilliger: months('vrijwilliger'),
      huurder: months('huurder'),
      aanvrager: months('aanvrager'),
      commissielid: months('commissielid'),
      gebruiker: months('gebruiker'),
      sleutelhouder: months('sleutelhouder'),
      logboek: months('logboek'),
      fiscaal: months('fiscaal'),
      incident: months('incident'),
    },
    { error: 'Geef de bewaartermijnen op.' },
  )
  .strict()
  .refine((v) => Object.values(v).some((m) => m !== undefined), 'Geef minstens één bewaartermijn op.');

export const findInput = z.object(
  {
    query: z
      .string({ error: 'Vul een naam, e-mailadres of telefoonnummer in.' })
      .trim()
      .min(2, 'Vul minstens 2 tekens in.')
      .max(100, 'Hoogstens 100 tekens.'),
  },
  { error: 'Vul een naam, e-mailadres of telefoonnummer in.' },
);

const target = z.object({ type: z.enum(RECORD_TYPES, { error: 'Onbekende soort gegevens.' }), id });

export const exportInput = z.object(
  {
    query: z.string().trim().max(100).default(''),
    targets: z
      .array(target, { error: 'Kies de gegevens om te exporteren.' })
      .min(1, 'Kies minstens één gevonden item.')
      .max(200, 'Hoogstens 200 items tegelijk.'),
  },
  { error: 'Kies de gegevens om te exporteren.' },
);

export const eraseInput = z.object(
  {
    targets: z
      .array(target.extend({ scope: z.enum(ERASE_SCOPES, { error: 'Kies volledig of alleen contactgegevens.' }) }), {
        error: 'Kies de gegevens om te anonimiseren.',
      })
      .min(1, 'Kies minstens één gevonden item.')
      .max(200, 'Hoogstens 200 items tegelijk.'),
    reason: requiredText('De reden', 500).refine(
      (s) => s.length === 0 || s.length >= 5,
      'Beschrijf de reden in minstens 5 tekens.',
    ),
  },
  { error: 'Kies de gegevens om te anonimiseren.' },
);

export const retentionSwitch = z.object(
  { enabled: z.boolean({ error: 'Kies aan of uit.' }) },
  { error: 'Kies aan of uit.' },
);
