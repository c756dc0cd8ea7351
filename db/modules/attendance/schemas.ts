import { z } from '../../contract/zod';
import { id, isoDate, optionalText, requiredText, planDate, planYear } from '../../contract/fields';
import { DAYPARTS } from '../beheer/schemas';

export const ORGANISER_KINDS = ['welzijnsaanbieder', 'huurder', 'vrijwilligers', 'initiatief', 'anders'] as const;
export const PRIORITY_GROUPS = ['jeugd', 'ouderen', 'kwetsbare bewoners'] as const;

const count = (label: string) =>
  z
    .number({ error: `Vul ${label} in.` })
    .int(`Vul een heel aantal in.`)
    .min(0, 'Een aantal kan niet negatief zijn.')
    .max(10_000, 'Dat zijn er wel heel veel: controleer het aantal.');

export const activityInput = z
  .object({
    name: requiredText('Naam', 120),
    description: optionalText('Omschrijving', 2000),
    organiserKind: z.enum(ORGANISER_KINDS, { error: 'Kies wie het organiseert.' }),
    organiserName: optionalText('Organisator', 120),
    renterId: id.nullable().default(null),
    categoryId: id,
    priorityGroups: z
      .array(z.enum(PRIORITY_GROUPS, { error: 'Kies jeugd, ouderen of kwetsbare bewoners.' }))
      .max(3)
      .default([]),
    wijk: optionalText('Wijk', 80),
    public: z.boolean().default(true),
    targetGroup: optionalText('Doelgroep', 200),
    walkIn: z.boolean().default(false),
    seriesIds: z.array(id).max(20).default([]),
    bookingIds: z.array(id).max(200).default([]),
  })
  .refine((v) => v.organiserKind !== 'huurder' || v.renterId !== null, {
    message: 'Kies de huurder die het organiseert.',
    path: ['renterId'],
  });
export const activityUpdate = z.object({ id, active: z.boolean().default(true) }).and(activityInput);
export const activityQuery = z
  .object({ includeInactive: z.boolean().default(false) })
  .default({ includeInactive: false });
/** Age bands: the ones counted in now, or also the switched-off ones (for the beheerder's list and old counts). */
export const ageBandQuery = activityQuery;

export const countsInput = z
  .object({
    sessionId: id,
    total: count('het totaal'),
    bands: z
      .array(z.object({ bandId: id, count: count('het aantal') }))
      .max(30)
      .default([]),
    newVisitors: count('het aantal nieuwe bezoekers').default(0),
    volunteersPresent: count('het aantal vrijwilligers').default(0),
    women: count('het aantal vrouwen').nullable().default(null),
    men: count('het aantal mannen').nullable().default(null),
    note: optionalText('Notitie', 1000),
  })
  .superRefine((v, ctx) => {
    // Sums only mean something once every number on its own is valid.
    const numbers = [
      v.total,
      v.newVisitors,
      v.volunteersPresent,
      v.women ?? 0,
      v.men ?? 0,
      ...v.bands.map((b) => b.count),
    ];
    if (numbers.some((n) => !Number.isInteger(n) || n < 0)) return;
    const sum = v.bands.reduce((s, b) => s + b.count, 0);
    if (sum > v.total)
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: `De leeftijdsgroepen tellen op tot ${sum}: dat is meer dan het totaal (${v.total}).`,
      });
    if (v.newVisitors > v.total)
      ctx.addIssue({
        code: 'custom',
        path: ['newVisitors'],
        message: 'Meer nieuwe bezoekers dan bezoekers in totaal.',
      });
    if ((v.women ?? 0) + (v.men ?? 0) > v.total)
      ctx.addIssue({ code: 'custom', path: ['women'], message: 'Meer vrouwen en mannen dan bezoekers in totaal.' });
    if (new Set(v.bands.map((b) => b.bandId)).size !== v.bands.length)
      ctx.addIssue({ code: 'custom', path: ['bands'], message: 'Elke leeftijdsgroep maar één keer.' });
  });

export const tallyInput = z.object({
  sessionId: id,
  bandId: id.nullable().default(null),
  delta: z.union([z.literal(1), z.literal(-1)], { error: 'Tel één bij of één af.' }),
});

export const walkInInput = z.object({
  activityId: id,
  date: planDate,
  daypart: z.enum(DAYPARTS, { error: 'Kies ochtend, middag of avond.' }),
});

export const sessionQuery = z
  .object({ from: isoDate, to: isoDate, activityId: id.nullable().default(null) })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 370, {
    message: 'Kies een periode van hoogstens een jaar.',
    path: ['to'],
  });

/** A screen's range to bring in line (both dates), or none for everything. */
export const syncInput = z
  .object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) })
  .refine((v) => (v.from === null) === (v.to === null), {
    message: 'Vul een begin- en einddatum in, of geen van beide.',
    path: ['to'],
  })
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, {
    message: 'De einddatum mag niet voor de begindatum liggen.',
    path: ['to'],
  })
  .refine((v) => v.from === null || v.to === null || (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 370, {
    message: 'Kies een periode van hoogstens een jaar.',
    path: ['to'],
  })
  .default({ from: null, to: null });

export const attendanceReportInput = z
  .object({ from: isoDate, to: isoDate, granularity: z.enum(['week', 'month', 'quarter', 'year']).default('month') })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 1830, {
    message: 'Kies een periode van hoogstens vijf jaar.',
    path: ['to'],
  });

export const quarterInput = z.object({
  year: planYear,
  quarter: z.number().int().min(1, 'Kies kwartaal 1 tot 4.').max(4, 'Kies kwartaal 1 tot 4.'),
});

export const bandInput = z
  .object({
    label: requiredText('Naam', 20),
    minAge: z.number().int().min(0, 'Een leeftijd kan niet negatief zijn.').max(120),
    maxAge: z.number().int().min(0).max(120).nullable().default(null),
  })
  .refine((v) => v.maxAge === null || v.maxAge >= v.minAge, {
    message: 'De hoogste leeftijd ligt onder de laagste.',
    path: ['maxAge'],
  });
