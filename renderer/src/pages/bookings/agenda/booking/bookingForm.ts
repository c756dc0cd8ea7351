/**
 * The booking form's values and their translation to the core's input. The form holds what the
 * inputs hold (strings for pick lists, '' for an empty number, euros); the core gets ids, cents and
 * null, so zod judges exactly what would be sent.
 */
import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { Input } from '../../../../api/client';
import type { EDIT_SCOPES, EXEMPTIONS, RECURRENCE_KINDS } from '../../../../../../db/modules/bookings/schemas';
import { addDays, isoWeekday, todayIso } from '../../../../format';
import type { ErrorAliases } from '../../../../forms';
import type { Booking } from '../types';

export type Exemption = Exclude<(typeof EXEMPTIONS)[number], ''> | 'geen';
export type RepeatKind = 'none' | (typeof RECURRENCE_KINDS)[number];
export type EditScope = (typeof EDIT_SCOPES)[number];
type NumberValue = number | string;

export interface BookingValues {
  roomIds: string[];
  renterId: string | null;
  title: string;
  activity: string;
  date: string;
  startTime: string;
  endTime: string;
  endsNextDay: boolean;
  expectedPeople: NumberValue;
  layout: string | null;
  setupMinutes: NumberValue;
  teardownMinutes: NumberValue;
  status: 'optie' | 'aanvraag' | 'bevestigd';
  optionUntil: string;
  keyHolder: string;
  exemption: Exemption;
  discountEuros: NumberValue;
  discountReason: string;
  notes: string;
  repeat: RepeatKind;
  repeatEnd: 'count' | 'until';
  count: NumberValue;
  until: string;
  skipDates: string[];
  /** Editing an occurrence of a series: which occurrences the change applies to. */
  scope: EditScope;
}

/** Where a selection in the calendar or the "Nieuwe boeking" button starts the form. */
export interface BookingPrefill {
  roomIds?: string[];
  date?: string;
  startTime?: string;
  endTime?: string;
  endsNextDay?: boolean;
}

/** An option holds a room for a week unless the beheerder says otherwise. */
const OPTION_DAYS = 7;

export function newValues(prefill: BookingPrefill = {}): BookingValues {
  const today = todayIso();
  return {
    roomIds: prefill.roomIds ?? [],
    renterId: null,
    title: '',
    activity: '',
    date: prefill.date ?? today,
    startTime: prefill.startTime ?? '19:00',
    endTime: prefill.endTime ?? '21:00',
    endsNextDay: prefill.endsNextDay ?? false,
    expectedPeople: '',
    layout: null,
    setupMinutes: 0,
    teardownMinutes: 0,
    status: 'bevestigd',
    optionUntil: addDays(today, OPTION_DAYS),
    keyHolder: '',
    exemption: 'geen',
    discountEuros: '',
    discountReason: '',
    notes: '',
    repeat: 'none',
    repeatEnd: 'count',
    count: 4,
    until: '',
    skipDates: [],
    scope: 'this',
  };
}

export function valuesOf(b: Booking): BookingValues {
  const date = b.start.slice(0, 10);
  return {
    ...newValues(),
    roomIds: b.roomIds.map(String),
    renterId: String(b.renterId),
    title: b.title,
    activity: b.activity,
    date,
    startTime: b.start.slice(11, 16),
    endTime: b.end.slice(11, 16),
    endsNextDay: b.end.slice(0, 10) > date,
    expectedPeople: b.expectedPeople ?? '',
    layout: b.layout || null,
    setupMinutes: b.setupMinutes,
    teardownMinutes: b.teardownMinutes,
    // A cancelled booking cannot be edited; the form never sees that status.
    status: b.status === 'geannuleerd' ? 'bevestigd' : b.status,
    optionUntil: b.optionUntil ?? addDays(todayIso(), OPTION_DAYS),
    keyHolder: b.keyHolder,
    exemption: b.exemption || 'geen',
    discountEuros: b.discountCents ? b.discountCents / 100 : '',
    discountReason: b.discountReason,
    notes: b.notes,
  };
}

const num = (v: NumberValue): number | undefined => (v === '' || v === null || v === undefined ? undefined : Number(v));

function fieldsOf(v: BookingValues) {
  return {
    roomIds: v.roomIds.map(Number),
    // A missing renter is caught by checkBooking with its own message; zod would only say "invalid item".
    renterId: v.renterId ? Number(v.renterId) : (undefined as unknown as number),
    title: v.title,
    activity: v.activity,
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    endsNextDay: v.endsNextDay,
    expectedPeople: num(v.expectedPeople) ?? null,
    layout: v.layout ?? '',
    setupMinutes: num(v.setupMinutes),
    teardownMinutes: num(v.teardownMinutes),
    status: v.status,
    optionUntil: v.status === 'optie' ? v.optionUntil || null : null,
    keyHolder: v.keyHolder,
    exemption: v.exemption === 'geen' ? ('' as const) : v.exemption,
    // Euros with two decimals; rounding keeps 12,10 from becoming 1209.9999 cents.
    discountCents: num(v.discountEuros) === undefined ? 0 : Math.round(Number(v.discountEuros) * 100),
    discountReason: v.discountReason,
    notes: v.notes,
  };
}

export function toCreateInput(v: BookingValues): Input<'bookings.create'> {
  return {
    ...fieldsOf(v),
    recurrence:
      v.repeat === 'none'
        ? null
        : {
            kind: v.repeat,
            until: v.repeatEnd === 'until' ? v.until || null : null,
            count: v.repeatEnd === 'count' ? (num(v.count) ?? null) : null,
            skipDates: v.skipDates,
          },
  };
}

export function toUpdateInput(v: BookingValues, id: number): Input<'bookings.update'> {
  return { id, scope: v.scope, ...fieldsOf(v) };
}

/** The core's error paths that name something the form calls differently. */
export const BOOKING_ALIASES: ErrorAliases = {
  discountCents: 'discountEuros',
  'recurrence.until': 'until',
  'recurrence.count': 'count',
  'recurrence.skipDates': 'skipDates',
  'recurrence.kind': 'repeat',
};

/** Checks of the form itself, in words the core's generic "Kies een geldig item." cannot give. */
export function checkBookingForm(t: TFunction, v: BookingValues): FormErrors {
  return v.renterId ? {} : { renterId: t('booking.renterRequired') };
}

/** 2 for the second Tuesday of its month; 'last' for one in the last seven days (as the core's rule counts). */
export function nthInMonth(date: string): 1 | 2 | 3 | 4 | 'last' {
  const nth = Math.ceil(Number(date.slice(8, 10)) / 7);
  return nth >= 5 ? 'last' : (nth as 1 | 2 | 3 | 4);
}

/** "elke dinsdag", "om de week op dinsdag", "elke 2e dinsdag van de maand", for the chosen date. */
export function describeRepeat(
  t: TFunction,
  weekdayName: (n: number) => string,
  kind: RepeatKind,
  date: string,
): string {
  if (kind === 'none' || !date) return '';
  const weekday = weekdayName(isoWeekday(date));
  if (kind === 'monthly') {
    const nth = nthInMonth(date);
    return t('booking.repeatMonthlyNth', { nth: t(`booking.nth.${nth}`), weekday });
  }
  return t(kind === 'weekly' ? 'booking.repeatWeeklyOn' : 'booking.repeatBiweeklyOn', { weekday });
}
