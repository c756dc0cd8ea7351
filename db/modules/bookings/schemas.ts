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
  END_BEFORE_START,
  AT_MOST_A_YEAR,
} from '../../contract/fields';
import { compose, msg } from '../../platform/messages';

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

const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** An amount in cents; `label` is a bilingual `msg` with its article: msg('het uurtarief', 'the hourly rate'). */
const cents = (label: string) =>
  z
    .number({ error: compose((t, lang) => (lang === 'nl' ? `Vul ${t(label)} in.` : `Fill in ${t(label)}.`)) })
    .int(
      compose((t, lang) =>
        lang === 'nl' ? `Vul ${t(label)} in hele centen in.` : `Fill in ${t(label)} in whole cents.`,
      ),
    )
    .min(
      0,
      compose((t, lang) =>
        lang === 'nl' ? `${capital(t(label))} kan niet negatief zijn.` : `${capital(t(label))} cannot be negative.`,
      ),
    )
    .max(
      100_000_00,
      compose((t, lang) => (lang === 'nl' ? `${capital(t(label))} is te hoog.` : `${capital(t(label))} is too high.`)),
    );

export const renterInput = z.object({
  name: requiredText(msg('Naam', 'Name'), 120),
  type: z.enum(RENTER_TYPES, { error: msg('Kies een soort huurder.', 'Choose a kind of renter.') }),
  contactPerson: optionalText(msg('Contactpersoon', 'Contact person'), 120),
  phone: optionalPhone,
  email: optionalEmail,
  invoiceAddress: optionalText(msg('Factuuradres', 'Invoice address'), 400),
  tariffCategoryId: id,
  keyRights: z.boolean().default(false),
  notes: optionalText(msg('Notities', 'Notes'), 2000),
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
  name: requiredText(msg('Naam', 'Name'), 80),
  description: optionalText(msg('Omschrijving', 'Description'), 400),
  free: z.boolean().default(false),
});
export const tariffCategoryUpdate = z.object({ id, active: z.boolean().default(true) }).and(tariffCategoryInput);

export const tariffInput = z.object({
  categoryId: id,
  roomId: id.nullable().default(null),
  validFrom: isoDate,
  hourlyCents: cents(msg('het uurtarief', 'the hourly rate')),
  daypartCents: cents(msg('het dagdeeltarief', 'the day-part rate')).nullable().default(null),
  vatPercent: z
    .union([z.literal(0), z.literal(9), z.literal(21)], {
      error: msg('Kies 0, 9 of 21 procent btw.', 'Choose 0, 9 or 21 percent VAT.'),
    })
    .default(0),
});
export const tariffUpdate = z.object({ id }).and(tariffInput);

const recurrence = z
  .object({
    kind: z.enum(RECURRENCE_KINDS, {
      error: msg('Kies wekelijks, om de week of maandelijks.', 'Choose weekly, every other week or monthly.'),
    }),
    until: planDate.nullable().default(null),
    count: z
      .number()
      .int(msg('Vul een heel aantal in.', 'Fill in a whole number.'))
      .min(2, msg('Een reeks heeft minstens 2 keer.', 'A series has at least 2 dates.'))
      .max(
        MAX_OCCURRENCES,
        msg(`Hoogstens ${MAX_OCCURRENCES} keer in één reeks.`, `At most ${MAX_OCCURRENCES} dates in one series.`),
      )
      .nullable()
      .default(null),
    skipDates: z.array(planDate).max(200).default([]),
  })
  .refine((r) => r.until !== null || r.count !== null, {
    message: msg(
      'Geef een einddatum of een aantal keer: een reeks zonder einde kan niet.',
      'Give an end date or a number of times: a series without an end is not possible.',
    ),
    path: ['until'],
  })
  .refine((r) => r.until === null || r.count === null, {
    message: msg(
      'Kies een einddatum óf een aantal keer, niet allebei.',
      'Choose an end date or a number of times, not both.',
    ),
    path: ['count'],
  });
export type Recurrence = z.output<typeof recurrence>;

/** What a booking is, apart from when: shared by create, preview and update. */
const bookingFields = {
  roomIds: z
    .array(id, { error: msg('Kies een ruimte.', 'Choose a room.') })
    .min(1, msg('Kies minstens één ruimte.', 'Choose at least one room.'))
    .max(10, msg('Hoogstens 10 ruimtes.', 'At most 10 rooms.')),
  renterId: id,
  title: requiredText(msg('Titel', 'Title'), 120),
  activity: optionalText(msg('Activiteit', 'Activity'), 200),
  expectedPeople: z
    .number()
    .int(msg('Vul een heel aantal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 persoon.', 'At least 1 person.'))
    .max(5000, msg('Hoogstens 5000 personen.', 'At most 5000 people.'))
    .nullable()
    .default(null),
  layout: optionalText(msg('Opstelling', 'Layout'), 40),
  setupMinutes: z
    .number()
    .int()
    .min(0, msg('Opbouwtijd kan niet negatief zijn.', 'Setup time cannot be negative.'))
    .max(240, msg('Hoogstens 240 minuten opbouw.', 'At most 240 minutes of setup.'))
    .default(0),
  teardownMinutes: z
    .number()
    .int()
    .min(0, msg('Afbouwtijd kan niet negatief zijn.', 'Teardown time cannot be negative.'))
    .max(240, msg('Hoogstens 240 minuten afbouw.', 'At most 240 minutes of teardown.'))
    .default(0),
  status: z.enum(['optie', 'aanvraag', 'bevestigd'], {
    error: msg('Kies optie, aanvraag of bevestigd.', 'Choose option, request or confirmed.'),
  }),
  optionUntil: planDate.nullable().default(null),
  keyHolder: optionalText(msg('Sleutelhouder', 'Key holder'), 120),
  exemption: z.enum(EXEMPTIONS).default(''),
  discountCents: cents(msg('de korting', 'the discount')).default(0),
  discountReason: optionalText(msg('Reden van de korting', 'Reason for the discount'), 200),
  notes: optionalText(msg('Notities', 'Notes'), 2000),
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
          ? msg('Een boeking van nul minuten kan niet.', 'A booking of zero minutes is not possible.')
          : msg('De eindtijd moet na de begintijd liggen.', 'The end time must be after the start time.'),
    });
  if (v.status === 'optie' && !v.optionUntil)
    ctx.addIssue({
      code: 'custom',
      path: ['optionUntil'],
      message: msg('Geef aan tot wanneer de optie geldt.', 'Say until when the option holds.'),
    });
  if (v.discountCents > 0 && !v.discountReason.trim())
    ctx.addIssue({
      code: 'custom',
      path: ['discountReason'],
      message: msg('Geef een reden voor de korting.', 'Give a reason for the discount.'),
    });
  if (new Set(v.roomIds).size !== v.roomIds.length)
    ctx.addIssue({
      code: 'custom',
      path: ['roomIds'],
      message: msg('Elke ruimte maar één keer.', 'Each room only once.'),
    });
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
    start: planDateTime(msg('Ongeldig begintijdstip.', 'Invalid start time.')),
    end: planDateTime(msg('Ongeldig eindtijdstip.', 'Invalid end time.')),
    fromRoomId: id.nullable().default(null),
    toRoomId: id.nullable().default(null),
    confirmWarnings: z.boolean().default(false),
    // "Ongedaan maken": exactly the rooms it had, and back in its series if it was (the move's `previous`).
    restore: z
      .object({
        roomIds: z.array(id).min(1, msg('Kies minstens één ruimte.', 'Choose at least one room.')),
        detached: z.boolean(),
      })
      .nullable()
      .default(null),
  })
  .refine((v) => v.start < v.end, {
    message: msg('Het einde moet na het begin liggen.', 'The end must be after the start.'),
    path: ['end'],
  });

export const bookingCancel = z.object({
  id,
  scope: z.enum(EDIT_SCOPES).default('this'),
  reason: requiredText(msg('Reden van annuleren', 'Reason for cancelling'), 300),
});

export const bookingPayment = z.object({
  id,
  paymentStatus: z.enum(PAYMENT_STATUSES, { error: msg('Kies een betaalstatus.', 'Choose a payment status.') }),
});

export const bookingRange = z
  .object({
    from: isoDate,
    to: isoDate,
    roomIds: z.array(id).max(100).default([]),
    renterId: id.nullable().default(null),
    statuses: z.array(z.enum(BOOKING_STATUSES)).max(4).default([]),
  })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 366, {
    message: AT_MOST_A_YEAR,
    path: ['to'],
  });

export const dateInput = z.object({ date: isoDate });

export const icalInput = z.object({ roomId: id.nullable().default(null) }).default({ roomId: null });

export const invoiceCreate = z
  .object({ renterId: id, from: isoDate, to: isoDate, dueDays: z.number().int().min(0).max(120).default(30) })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 366, {
    message: msg('Factureer een periode van hoogstens een jaar.', 'Invoice a period of at most a year.'),
    path: ['to'],
  });
export const invoicePaid = z.object({ id, paidOn: planDate });

export const reportInput = z
  .object({ from: isoDate, to: isoDate, granularity: z.enum(['week', 'month', 'quarter']).default('month') })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 400, {
    message: AT_MOST_A_YEAR,
    path: ['to'],
  });
