import { msg, id, requiredText } from '../../contract/fields';
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

/**
 * Every kind of person in the register: the retention kinds, incidents (period in the settings), visitors (only
 * counts) and mail (kept with the person it went to, erased with them).
 */
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
  'email',
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
  aanvrager: msg(
    'Aanvragen met geld horen bij de financiële administratie: bewaar ze minstens 84 maanden (7 jaar).',
    'Applications for money belong to the financial records: keep them at least 84 months (7 years).',
  ),
  fiscaal: msg(
    'De fiscale bewaarplicht is 7 jaar: minstens 84 maanden.',
    'The tax retention period is 7 years: at least 84 months.',
  ),
  incident: msg('Bewaar incidenten minstens 6 maanden.', 'Keep incidents for at least 6 months.'),
};

const months = (kind: keyof typeof RETENTION_BOUNDS) => {
  const { min, max } = RETENTION_BOUNDS[kind];
  return z
    .number({ error: msg('Vul een aantal maanden in.', 'Fill in a number of months.') })
    .int(msg('Vul een heel aantal maanden in.', 'Fill in a whole number of months.'))
    .min(
      min,
      MIN_MESSAGES[kind] ??
        msg(
          `Minstens ${min} ${min === 1 ? 'maand' : 'maanden'}.`,
          `At least ${min} ${min === 1 ? 'month' : 'months'}.`,
        ),
    )
    .max(max, msg(`Hoogstens ${max} maanden.`, `At most ${max} months.`))
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
    { error: msg('Geef de bewaartermijnen op.', 'Give the retention periods.') },
  )
  .strict()
  .refine(
    (v) => Object.values(v).some((m) => m !== undefined),
    msg('Geef minstens één bewaartermijn op.', 'Give at least one retention period.'),
  );

export const findInput = z.object(
  {
    query: z
      .string({
        error: msg('Vul een naam, e-mailadres of telefoonnummer in.', 'Fill in a name, email address or phone number.'),
      })
      .trim()
      .min(2, msg('Vul minstens 2 tekens in.', 'Fill in at least 2 characters.'))
      .max(100, msg('Hoogstens 100 tekens.', 'At most 100 characters.')),
  },
  { error: msg('Vul een naam, e-mailadres of telefoonnummer in.', 'Fill in a name, email address or phone number.') },
);

const target = z.object({
  type: z.enum(RECORD_TYPES, { error: msg('Onbekende soort gegevens.', 'Unknown kind of data.') }),
  id,
});

export const exportInput = z.object(
  {
    query: z.string().trim().max(100).default(''),
    targets: z
      .array(target, { error: msg('Kies de gegevens om te exporteren.', 'Choose the data to export.') })
      .min(1, msg('Kies minstens één gevonden item.', 'Choose at least one item found.'))
      .max(200, msg('Hoogstens 200 items tegelijk.', 'At most 200 items at a time.')),
  },
  { error: msg('Kies de gegevens om te exporteren.', 'Choose the data to export.') },
);

export const eraseInput = z.object(
  {
    targets: z
      .array(
        target.extend({
          scope: z.enum(ERASE_SCOPES, {
            error: msg('Kies volledig of alleen contactgegevens.', 'Choose complete or contact details only.'),
          }),
        }),
        {
          error: msg('Kies de gegevens om te anonimiseren.', 'Choose the data to anonymise.'),
        },
      )
      .min(1, msg('Kies minstens één gevonden item.', 'Choose at least one item found.'))
      .max(200, msg('Hoogstens 200 items tegelijk.', 'At most 200 items at a time.')),
    reason: requiredText(msg('De reden', 'The reason'), 500).refine(
      (s) => s.length === 0 || s.length >= 5,
      msg('Beschrijf de reden in minstens 5 tekens.', 'Describe the reason in at least 5 characters.'),
    ),
  },
  { error: msg('Kies de gegevens om te anonimiseren.', 'Choose the data to anonymise.') },
);

export const retentionSwitch = z.object(
  { enabled: z.boolean({ error: msg('Kies aan of uit.', 'Choose on or off.') }) },
  { error: msg('Kies aan of uit.', 'Choose on or off.') },
);
