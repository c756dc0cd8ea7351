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
  msg,
  END_BEFORE_START,
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
  .refine(
    (s) => s === '' || /^[1-9]\d{3}\s?[A-Z]{2}$/.test(s),
    msg('Vul een postcode in als 1234 AB.', 'Fill in a postcode as 1234 AB.'),
  )
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
  .refine((s) => s === '' || /^\d{8}$/.test(s), msg('Een KvK-nummer heeft 8 cijfers.', 'A KvK number has 8 digits.'))
  .default('');

export const vatNumber = z
  .string()
  .trim()
  .toUpperCase()
  .transform(compact)
  .refine(
    (s) => s === '' || /^NL\d{9}B\d{2}$/.test(s),
    msg('Vul een btw-nummer in als NL123456789B01.', 'Fill in a VAT number as NL123456789B01.'),
  )
  .refine(
    (s) => s === '' || !/^NL\d{9}B\d{2}$/.test(s) || isDutchVatId(s),
    msg('Dit btw-nummer klopt niet: controleer de cijfers.', 'This VAT number is not right: check the digits.'),
  )
  .default('');

export const buildingProfile = z.object({
  name: requiredText(msg('Naam van het huis', 'Name of the house'), 120),
  street: optionalText(msg('Straat en huisnummer', 'Street and number'), 120),
  postcode,
  city: optionalText(msg('Plaats', 'Town'), 80),
  gebied: z
    .enum(GEBIED_NAMES, { error: msg('Kies een van de 14 gebieden.', 'Choose one of the 14 areas.') })
    .nullable()
    .default(null),
  wijken: z
    .array(requiredText(msg('Wijk', 'Neighbourhood'), 80), {
      error: msg('Geef de wijken als lijst.', 'Give the neighbourhoods as a list.'),
    })
    .max(20, msg('Hoogstens 20 wijken.', 'At most 20 neighbourhoods.'))
    .refine(
      (w) => new Set(w.map((x) => x.toLowerCase())).size === w.length,
      msg('Elke wijk maar één keer.', 'Each neighbourhood only once.'),
    )
    .default([]),
  managementForm: z.enum(MANAGEMENT_FORMS, {
    error: msg('Kies sociaal beheer of zelfbeheer.', 'Choose social management or self-management.'),
  }),
  phone: optionalPhone,
  email: optionalEmail,
  accessibility: optionalText(msg('Toegankelijkheid', 'Accessibility'), 1000),
  closedOnHolidays: z.boolean({ error: msg('Kies ja of nee.', 'Choose yes or no.') }),
  iban: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s.replace(/\s+/g, ''))
    .refine(
      (s) => s === '' || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s),
      msg('Dit is geen geldig IBAN.', 'This is not a valid IBAN.'),
    )
    .default(''),
  invoiceNote: optionalText(msg('Tekst onder de factuur', 'Text below the invoice'), 500),
  kvkNumber,
  vatNumber,
});
export type BuildingProfile = z.output<typeof buildingProfile>;

export const HOURS_KINDS = ['open', 'beheerder'] as const;

export const hoursInterval = z
  .object({
    weekday: z
      .number()
      .int()
      .min(1, msg('Kies een dag.', 'Choose a day.'))
      .max(7, msg('Kies een dag.', 'Choose a day.')),
    start: clockTime,
    end: clockTime,
  })
  .refine((v) => v.start < v.end, {
    message: msg('De eindtijd moet na de begintijd liggen.', 'The end time must be after the start time.'),
    path: ['end'],
  });

export const setHoursInput = z
  .object({
    kind: z.enum(HOURS_KINDS),
    intervals: z
      .array(hoursInterval)
      .max(70, msg('Te veel openingstijden op één dag.', 'Too many opening times on one day.')),
  })
  .superRefine((v, ctx) => {
    v.intervals.forEach((a, i) => {
      v.intervals.forEach((b, j) => {
        if (j > i && a.weekday === b.weekday && a.start < b.end && b.start < a.end) {
          ctx.addIssue({
            code: 'custom',
            path: ['intervals', j, 'start'],
            message: msg(
              'Deze tijden overlappen andere tijden op dezelfde dag.',
              'These times overlap other times on the same day.',
            ),
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
    reason: requiredText(msg('Reden', 'Reason'), 200),
  })
  .refine((v) => v.startDate <= v.endDate, {
    message: END_BEFORE_START,
    path: ['endDate'],
  });

export const closureUpdate = z.object({ id }).and(closureInput);

export const yearInput = z.object({
  year: z
    .number({ error: msg('Vul een jaartal in.', 'Fill in a year.') })
    .int()
    .min(1900, msg('Kies een jaar vanaf 1900.', 'Choose a year from 1900.'))
    .max(2200, msg('Kies een jaar tot 2200.', 'Choose a year up to 2200.')),
});

export const dateRange = z.object({ from: isoDate, to: isoDate }).refine((v) => v.from <= v.to, {
  message: END_BEFORE_START,
  path: ['to'],
});
