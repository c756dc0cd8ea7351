import { z } from '../../contract/zod';
import {
  clockTime,
  id,
  isoDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  planDate,
} from '../../contract/fields';

/** The 14 gebieden of Rotterdam and the welfare provider of each (welfare assignment 2022–2031). */
export const GEBIEDEN = {
  Centrum: 'Wmo radar',
  Charlois: 'Wmo radar',
  Delfshaven: 'Wmo radar',
  Overschie: 'Wmo radar',
  Feijenoord: 'SOL',
  IJsselmonde: 'SOL',
  Noord: 'SOL',
  Hoogvliet: 'DOCK',
  'Kralingen-Crooswijk': 'DOCK',
  Pernis: 'DOCK',
  'Hillegersberg-Schiebroek': 'Gro-Up Buurtwerk',
  'Prins Alexander': 'Gro-Up Buurtwerk',
  Rozenburg: 'DIA Rozenburg',
  'Hoek van Holland': 'Humanitas "Welzijn op de Hoek"',
} as const;
export type Gebied = keyof typeof GEBIEDEN;
export const GEBIED_NAMES = Object.keys(GEBIEDEN) as Gebied[];

export const MANAGEMENT_FORMS = ['sociaal_beheer', 'zelfbeheer'] as const;

export const postcode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => s === '' || /^[1-9]\d{3}\s?[A-Z]{2}$/.test(s), 'Vul een postcode in als 1234 AB.')
  .transform((s) => (s === '' ? s : `${s.slice(0, 4)} ${s.slice(-2)}`))
  .default('');

/** Eleven-proof of a legal entity's btw-id (its RSIN): the first eight digits weighted 9…2, the ninth the remainder. */
function elevenProof(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return sum % 11 === Number(digits[8]);
}

/** The check of a btw-id issued since 2020 (sole traders): as with an IBAN, letters as 10…35 and the whole mod 97 = 1. */
function mod97(vatId: string): boolean {
  const digits = vatId.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** A Dutch btw-id passes one of the two checks the Belastingdienst uses (a typo almost never passes either). */
export const isDutchVatId = (v: string) => /^NL\d{9}B\d{2}$/.test(v) && (elevenProof(v.slice(2, 11)) || mod97(v));

/** Spaces and dots people copy along ('NL 8104.33.941.B01') are left out before checking. */
const compact = (s: string) => s.replace(/[\s.]+/g, '');

export const kvkNumber = z
  .string()
  .trim()
  .transform(compact)
  .refine((s) => s === '' || /^\d{8}$/.test(s), 'Een KvK-nummer heeft 8 cijfers.')
  .default('');

export const vatNumber = z
  .string()
  .trim()
  .toUpperCase()
  .transform(compact)
  .refine((s) => s === '' || /^NL\d{9}B\d{2}$/.test(s), 'Vul een btw-nummer in als NL123456789B01.')
  .refine(
    (s) => s === '' || !/^NL\d{9}B\d{2}$/.test(s) || isDutchVatId(s),
    'Dit btw-nummer klopt niet: controleer de cijfers.',
  )
  .default('');

export const buildingProfile = z.object({
  name: requiredText('Naam van het huis', 120),
  street: optionalText('Straat en huisnummer', 120),
  postcode,
  city: optionalText('Plaats', 80),
  gebied: z.enum(GEBIED_NAMES, { error: 'Kies een van de 14 gebieden.' }).nullable().default(null),
  wijken: z
    .array(requiredText('Wijk', 80), { error: 'Geef de wijken als lijst.' })
    .max(20, 'Hoogstens 20 wijken.')
    .refine((w) => new Set(w.map((x) => x.toLowerCase())).size === w.length, 'Elke wijk maar één keer.')
    .default([]),
  managementForm: z.enum(MANAGEMENT_FORMS, { error: 'Kies sociaal beheer of zelfbeheer.' }),
  phone: optionalPhone,
  email: optionalEmail,
  accessibility: optionalText('Toegankelijkheid', 1000),
  closedOnHolidays: z.boolean({ error: 'Kies ja of nee.' }),
  iban: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s.replace(/\s+/g, ''))
    .refine((s) => s === '' || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s), 'Dit is geen geldig IBAN.')
    .default(''),
  invoiceNote: optionalText('Tekst onder de factuur', 500),
  kvkNumber,
  vatNumber,
});
export type BuildingProfile = z.output<typeof buildingProfile>;

export const HOURS_KINDS = ['open', 'beheerder'] as const;

export const hoursInterval = z
  .object({
    weekday: z.number().int().min(1, 'Kies een dag.').max(7, 'Kies een dag.'),
    start: clockTime,
    end: clockTime,
  })
  .refine((v) => v.start < v.end, { message: 'De eindtijd moet na de begintijd liggen.', path: ['end'] });

export const setHoursInput = z
  .object({
    kind: z.enum(HOURS_KINDS),
    intervals: z.array(hoursInterval).max(70, 'Te veel openingstijden op één dag.'),
  })
  .superRefine((v, ctx) => {
    v.intervals.forEach((a, i) => {
      v.intervals.forEach((b, j) => {
        if (j > i && a.weekday === b.weekday && a.start < b.end && b.start < a.end) {
          ctx.addIssue({
            code: 'custom',
            path: ['intervals', j, 'start'],
            message: 'Deze tijden overlappen andere tijden op dezelfde dag.',
          });
        }
      });
    });
  });
export type HoursInterval = z.output<typeof hoursInterval>;

export const closureInput = z
  .object({
    startDate: planDate,
    endDate: planDate,
    reason: requiredText('Reden', 200),
  })
  .refine((v) => v.startDate <= v.endDate, {
    message: 'De einddatum mag niet voor de begindatum liggen.',
    path: ['endDate'],
  });

export const closureUpdate = z.object({ id }).and(closureInput);

export const yearInput = z.object({
  year: z
    .number({ error: 'Vul een jaartal in.' })
    .int()
    .min(1900, 'Kies een jaar vanaf 1900.')
    .max(2200, 'Kies een jaar tot 2200.'),
});

export const dateRange = z
  .object({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] });
