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
  planDateTime,
} from '../../contract/fields';

export const RENTER_TYPES = [
  'bewoner',
  'bewonersgroep',
  'organisatie',
  'sociaal_ondernemer',
  'commercieel',
  'welzijnsaanbieder',
] as const;
export const BOOKING_STATUSES = ['optie', 'aanvraag', 'bevestigd', 'geannuleerd'] as const;
export const PAYMENT_STATUSES = ['open', 'gefactureerd', 'betaald', 'kwijtgescholden'] as const;
export const VAT_PERCENTAGES = [0, 9, 21] as const;
export const RECURRENCE_KINDS = ['weekly', 'biweekly', 'monthly'] as const;
export const EDIT_SCOPES = ['this', 'following', 'all'] as const;
export const EXEMPTIONS = ['', 'beperking', 'bewonersinitiatief', 'eigen_activiteit', 'anders'] as const;

/** A series may generate at most this many dates: a year of weekly bookings and then some. */
export const MAX_OCCURRENCES = 120;
/** A booking lasts at most a week; the conflict check relies on this bound. */
export const MAX_BOOKING_MINUTES = 7 * 24 * 60;

const cents = (label: string) =>
  z
    .number({ error: `Vul ${label} in.` })
    .int(`Vul ${label} in hele centen in.`)
    .min(0, `${label[0]!.toUpperCase()}${label.slice(1)} kan niet negatief zijn.`)
    .max(100_000_00, `${label[0]!.toUpperCase()}${label.slice(1)} is te hoog.`);

export const renterInput = z.object({
  name: requiredText('Naam', 120),
  type: z.enum(RENTER_TYPES, { error: 'Kies een soort huurder.' }),
  contactPerson: optionalText('Contactpersoon', 120),
  phone: optionalPhone,
  email: optionalEmail,
  invoiceAddress: optionalText('Factuuradres', 400),
  tariffCategoryId: id,
  keyRights: z.boolean().default(false),
  notes: optionalText('Notities', 2000),
});
export const renterUpdate = z.object({ id }).and(renterInput);
/** A page of the renters screen: never all of them (thousands in a busy house). */
export const RENTERS_PAGE_MAX = 200;
export const renterList = z
  .object({
    search: z.string().trim().max(100).default(''),
    type: z.enum(RENTER_TYPES).optional(),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(RENTERS_PAGE_MAX).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .default({ search: '', includeArchived: false, limit: 50, offset: 0 });

/** What a renter picker asks for: the matches of what is typed (a few), and the renters already chosen by id. */
export const RENTER_MATCHES_MAX = 50;
export const renterSearch = z
  .object({
    search: z.string().trim().max(100).default(''),
    ids: z.array(id).max(20).default([]),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(RENTER_MATCHES_MAX).default(20),
  })
  .default({ search: '', ids: [], includeArchived: false, limit: 20 });

export const tariffCategoryInput = z.object({
  name: requiredText('Naam', 80),
  description: optionalText('Omschrijving', 400),
  free: z.boolean().default(false),
});
export const tariffCategoryUpdate = z.object({ id, active: z.boolean().default(true) }).and(tariffCategoryInput);

export const tariffInput = z.object({
  categoryId: id,
  roomId: id.nullable().default(null),
  validFrom: isoDate,
  hourlyCents: cents('het uurtarief'),
  daypartCents: cents('het dagdeeltarief').nullable().default(null),
  vatPercent: z
    .union([z.literal(0), z.literal(9), z.literal(21)], { error: 'Kies 0, 9 of 21 procent btw.' })
    .default(0),
});
export const tariffUpdate = z.object({ id }).and(tariffInput);

const recurrence = z
  .object({
    kind: z.enum(RECURRENCE_KINDS, { error: 'Kies wekelijks, om de week of maandelijks.' }),
    until: planDate.nullable().default(null),
    count: z
      .number()
      .int('Vul een heel aantal in.')
      .min(2, 'Een reeks heeft minstens 2 keer.')
      .max(MAX_OCCURRENCES, `Hoogstens ${MAX_OCCURRENCES} keer in één reeks.`)
      .nullable()
      .default(null),
    skipDates: z.array(planDate).max(200).default([]),
  })
  .refine((r) => r.until !== null || r.count !== null, {
    message: 'Geef een einddatum of een aantal keer: een reeks zonder einde kan niet.',
    path: ['until'],
  })
  .refine((r) => r.until === null || r.count === null, {
    message: 'Kies een einddatum óf een aantal keer, niet allebei.',
    path: ['count'],
  });
export type Recurrence = z.output<typeof recurrence>;

/** What a booking is, apart from when: shared by create, preview and update. */
const bookingFields = {
  roomIds: z
    .array(id, { error: 'Kies een ruimte.' })
    .min(1, 'Kies minstens één ruimte.')
    .max(10, 'Hoogstens 10 ruimtes.'),
  renterId: id,
  title: requiredText('Titel', 120),
  activity: optionalText('Activiteit', 200),
  expectedPeople: z
    .number()
    .int('Vul een heel aantal in.')
    .min(1, 'Minstens 1 persoon.')
    .max(5000, 'Hoogstens 5000 personen.')
    .nullable()
    .default(null),
  layout: optionalText('Opstelling', 40),
  setupMinutes: z
    .number()
    .int()
    .min(0, 'Opbouwtijd kan niet negatief zijn.')
    .max(240, 'Hoogstens 240 minuten opbouw.')
    .default(0),
  teardownMinutes: z
    .number()
    .int()
    .min(0, 'Afbouwtijd kan niet negatief zijn.')
    .max(240, 'Hoogstens 240 minuten afbouw.')
    .default(0),
  status: z.enum(['optie', 'aanvraag', 'bevestigd'], { error: 'Kies optie, aanvraag of bevestigd.' }),
  optionUntil: planDate.nullable().default(null),
  keyHolder: optionalText('Sleutelhouder', 120),
  exemption: z.enum(EXEMPTIONS).default(''),
  discountCents: cents('de korting').default(0),
  discountReason: optionalText('Reden van de korting', 200),
  notes: optionalText('Notities', 2000),
  confirmWarnings: z.boolean().default(false),
};

const when = {
  date: planDate,
  startTime: clockTime,
  endTime: clockTime,
  /** The end is on the next day (a night event). */
  endsNextDay: z.boolean().default(false),
};

type Checked = {
  startTime: string;
  endTime: string;
  endsNextDay: boolean;
  status: string;
  optionUntil: string | null;
  discountCents: number;
  discountReason: string;
  roomIds: number[];
};
function checkBooking(v: Checked, ctx: z.RefinementCtx): void {
  if (!v.endsNextDay && v.endTime <= v.startTime)
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message:
        v.endTime === v.startTime
          ? 'Een boeking van nul minuten kan niet.'
          : 'De eindtijd moet na de begintijd liggen.',
    });
  if (v.status === 'optie' && !v.optionUntil)
    ctx.addIssue({ code: 'custom', path: ['optionUntil'], message: 'Geef aan tot wanneer de optie geldt.' });
  if (v.discountCents > 0 && !v.discountReason.trim())
    ctx.addIssue({ code: 'custom', path: ['discountReason'], message: 'Geef een reden voor de korting.' });
  if (new Set(v.roomIds).size !== v.roomIds.length)
    ctx.addIssue({ code: 'custom', path: ['roomIds'], message: 'Elke ruimte maar één keer.' });
}

export const bookingCreate = z
  .object({
    ...bookingFields,
    ...when,
    recurrence: recurrence.nullable().default(null),
    skipConflicts: z.boolean().default(false),
  })
  .superRefine(checkBooking);
export type BookingCreate = z.output<typeof bookingCreate>;

export const bookingUpdate = z
  .object({ id, scope: z.enum(EDIT_SCOPES).default('this'), ...bookingFields, ...when })
  .superRefine(checkBooking);
export type BookingUpdate = z.output<typeof bookingUpdate>;

/** Drag and drop in the calendar: only this occurrence, new times and optionally another room. */
export const bookingMove = z
  .object({
    id,
    start: planDateTime('Ongeldig begintijdstip.'),
    end: planDateTime('Ongeldig eindtijdstip.'),
    fromRoomId: id.nullable().default(null),
    toRoomId: id.nullable().default(null),
    confirmWarnings: z.boolean().default(false),
    // "Ongedaan maken": exactly the rooms it had, and back in its series if it was (the move's `previous`).
    restore: z
      .object({ roomIds: z.array(id).min(1, 'Kies minstens één ruimte.'), detached: z.boolean() })
      .nullable()
      .default(null),
  })
  .refine((v) => v.start < v.end, { message: 'Het einde moet na het begin liggen.', path: ['end'] });

export const bookingCancel = z.object({
  id,
  scope: z.enum(EDIT_SCOPES).default('this'),
  reason: requiredText('Reden van annuleren', 300),
});

export const bookingPayment = z.object({
  id,
  paymentStatus: z.enum(PAYMENT_STATUSES, { error: 'Kies een betaalstatus.' }),
});

export const bookingRange = z
  .object({
    from: isoDate,
    to: isoDate,
    roomIds: z.array(id).max(100).default([]),
    renterId: id.nullable().default(null),
    statuses: z.array(z.enum(BOOKING_STATUSES)).max(4).default([]),
  })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 366, {
    message: 'Kies een periode van hoogstens een jaar.',
    path: ['to'],
  });

export const dateInput = z.object({ date: isoDate });

export const icalInput = z.object({ roomId: id.nullable().default(null) }).default({ roomId: null });

export const invoiceCreate = z
  .object({ renterId: id, from: isoDate, to: isoDate, dueDays: z.number().int().min(0).max(120).default(30) })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 366, {
    message: 'Factureer een periode van hoogstens een jaar.',
    path: ['to'],
  });
export const invoicePaid = z.object({ id, paidOn: planDate });

export const reportInput = z
  .object({ from: isoDate, to: isoDate, granularity: z.enum(['week', 'month', 'quarter']).default('month') })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 400, {
    message: 'Kies een periode van hoogstens een jaar.',
    path: ['to'],
  });
