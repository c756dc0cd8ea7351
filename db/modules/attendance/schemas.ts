import { z } from '../../contract/zod';
import { compose, msg } from '../../platform/messages';
import {
  id,
  isoDate,
  optionalText,
  requiredText,
  planDate,
  planYear,
  END_BEFORE_START,
  AT_MOST_A_YEAR,
} from '../../contract/fields';
import { DAYPARTS } from '../beheer/schemas';

export const ORGANISER_KINDS = ['welzijnsaanbieder', 'huurder', 'vrijwilligers', 'initiatief', 'anders'] as const;
export const PRIORITY_GROUPS = ['jeugd', 'ouderen', 'kwetsbare bewoners'] as const;

const count = (label: string) =>
  z
    .number({ error: compose((t, lang) => (lang === 'nl' ? `Vul ${t(label)} in.` : `Fill in ${t(label)}.`)) })
    .int(msg('Vul een heel aantal in.', 'Fill in a whole number.'))
    .min(0, msg('Een aantal kan niet negatief zijn.', 'A number cannot be negative.'))
    .max(10_000, msg('Dat zijn er wel heel veel: controleer het aantal.', 'That is a great many: check the number.'));

export const activityInput = z
  .object({
    name: requiredText(msg('Naam', 'Name'), 120),
    description: optionalText(msg('Omschrijving', 'Description'), 2000),
    organiserKind: z.enum(ORGANISER_KINDS, { error: msg('Kies wie het organiseert.', 'Choose who organises it.') }),
    organiserName: optionalText(msg('Organisator', 'Organiser'), 120),
    renterId: id.nullable().default(null),
    categoryId: id,
    priorityGroups: z
      .array(
        z.enum(PRIORITY_GROUPS, {
          error: msg('Kies jeugd, ouderen of kwetsbare bewoners.', 'Choose youth, elderly or vulnerable residents.'),
        }),
      )
      .max(3)
      .default([]),
    wijk: optionalText(msg('Wijk', 'Neighbourhood'), 80),
    public: z.boolean().default(true),
    targetGroup: optionalText(msg('Doelgroep', 'Target group'), 200),
    walkIn: z.boolean().default(false),
    seriesIds: z.array(id).max(20).default([]),
    bookingIds: z.array(id).max(200).default([]),
  })
  .refine((v) => v.organiserKind !== 'huurder' || v.renterId !== null, {
    message: msg('Kies de huurder die het organiseert.', 'Choose the renter who organises it.'),
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
    total: count(msg('het totaal', 'the total')),
    bands: z
      .array(z.object({ bandId: id, count: count(msg('het aantal', 'the number')) }))
      .max(30)
      .default([]),
    newVisitors: count(msg('het aantal nieuwe bezoekers', 'the number of new visitors')).default(0),
    volunteersPresent: count(msg('het aantal vrijwilligers', 'the number of volunteers')).default(0),
    women: count(msg('het aantal vrouwen', 'the number of women')).nullable().default(null),
    men: count(msg('het aantal mannen', 'the number of men')).nullable().default(null),
    note: optionalText(msg('Notitie', 'Note'), 1000),
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
        message: msg(
          `De leeftijdsgroepen tellen op tot ${sum}: dat is meer dan het totaal (${v.total}).`,
          `The age groups add up to ${sum}: that is more than the total (${v.total}).`,
        ),
      });
    if (v.newVisitors > v.total)
      ctx.addIssue({
        code: 'custom',
        path: ['newVisitors'],
        message: msg('Meer nieuwe bezoekers dan bezoekers in totaal.', 'More new visitors than visitors in total.'),
      });
    if ((v.women ?? 0) + (v.men ?? 0) > v.total)
      ctx.addIssue({
        code: 'custom',
        path: ['women'],
        message: msg('Meer vrouwen en mannen dan bezoekers in totaal.', 'More women and men than visitors in total.'),
      });
    if (new Set(v.bands.map((b) => b.bandId)).size !== v.bands.length)
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: msg('Elke leeftijdsgroep maar één keer.', 'Each age group only once.'),
      });
  });

export const tallyInput = z.object({
  sessionId: id,
  bandId: id.nullable().default(null),
  delta: z.union([z.literal(1), z.literal(-1)], { error: msg('Tel één bij of één af.', 'Add one or take one off.') }),
});

export const walkInInput = z.object({
  activityId: id,
  date: planDate,
  daypart: z.enum(DAYPARTS, { error: msg('Kies ochtend, middag of avond.', 'Choose morning, afternoon or evening.') }),
});

export const sessionQuery = z
  .object({ from: isoDate, to: isoDate, activityId: id.nullable().default(null) })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 370, {
    message: AT_MOST_A_YEAR,
    path: ['to'],
  });

/** A screen's range to bring in line (both dates), or none for everything. */
export const syncInput = z
  .object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) })
  .refine((v) => (v.from === null) === (v.to === null), {
    message: msg('Vul een begin- en einddatum in, of geen van beide.', 'Fill in a start and an end date, or neither.'),
    path: ['to'],
  })
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => v.from === null || v.to === null || (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 370, {
    message: AT_MOST_A_YEAR,
    path: ['to'],
  })
  .default({ from: null, to: null });

export const attendanceReportInput = z
  .object({ from: isoDate, to: isoDate, granularity: z.enum(['week', 'month', 'quarter', 'year']).default('month') })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 1830, {
    message: msg('Kies een periode van hoogstens vijf jaar.', 'Choose a period of at most five years.'),
    path: ['to'],
  });

export const quarterInput = z.object({
  year: planYear,
  quarter: z
    .number()
    .int()
    .min(1, msg('Kies kwartaal 1 tot 4.', 'Choose quarter 1 to 4.'))
    .max(4, msg('Kies kwartaal 1 tot 4.', 'Choose quarter 1 to 4.')),
});

export const bandInput = z
  .object({
    label: requiredText(msg('Naam', 'Name'), 20),
    minAge: z.number().int().min(0, msg('Een leeftijd kan niet negatief zijn.', 'An age cannot be negative.')).max(120),
    maxAge: z.number().int().min(0).max(120).nullable().default(null),
  })
  .refine((v) => v.maxAge === null || v.maxAge >= v.minAge, {
    message: msg('De hoogste leeftijd ligt onder de laagste.', 'The highest age is below the lowest.'),
    path: ['maxAge'],
  });
