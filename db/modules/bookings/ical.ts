import ical, { ICalEventStatus, ICalWeekday, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Db } from '../../platform/database';
import { AMSTERDAM as ZONE, amsterdamVtimezone } from '../../platform/amsterdamZone';
import { addDays, isoWeekday } from '../../platform/clock';
import { ruleDates, nthInMonth, type SeriesRule } from './recurrence';
import { bookingsBetween, type BookingRow } from './bookings';

const WEEKDAYS = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
];

/** Wall-clock stamps become zoned luxon times: ical-generator then writes TZID=Europe/Amsterdam correctly. */
const at = (stamp: string) => DateTime.fromISO(stamp, { zone: ZONE });

interface SeriesRecord {
  id: number;
  rule: string;
  first_date: string;
  start_time: string;
  end_time: string;
}

function eventOf(b: BookingRow, houseName: string): ICalEventData {
  return {
    id: `booking-${b.id}@wijkhuis`,
    start: at(b.start),
    end: at(b.end),
    timezone: ZONE,
    summary: b.title,
    description: [b.activity, b.notes].filter(Boolean).join('\n') || undefined,
    location: `${b.roomNames.join(', ')} – ${houseName}`,
    status: b.status === 'bevestigd' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
  };
}

const localStamp = (t: DateTime) => t.toFormat("yyyyMMdd'T'HHmmss");

/**
 * The RRULE and EXDATE lines of a series, written here rather than by ical-generator because it writes UNTIL
 * in the calendar's zone, while RFC 5545 (§3.3.10) wants UNTIL in UTC next to a DTSTART with TZID. UNTIL is
 * the end of the last day in Amsterdam ("tot en met"), so an evening booking on that day is still included.
 */
function recurrenceLines(rule: SeriesRule, first: string, exclude: DateTime[]): string {
  const parts = [
    `FREQ=${rule.kind === 'monthly' ? 'MONTHLY' : 'WEEKLY'}`,
    ...(rule.count ? [`COUNT=${rule.count}`] : []),
    `INTERVAL=${rule.kind === 'biweekly' ? 2 : 1}`,
    ...(rule.until ? [`UNTIL=${at(`${rule.until}T23:59:59`).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`] : []),
    `BYDAY=${WEEKDAYS[isoWeekday(first) - 1]!}`,
    ...(rule.kind === 'monthly' ? [`BYSETPOS=${nthInMonth(first)}`] : []),
  ];
  const lines = [`RRULE:${parts.join(';')}`];
  // Same clock time as DTSTART, as RFC 5545 wants an EXDATE to match the occurrence it removes.
  if (exclude.length) lines.push(`EXDATE;TZID=${ZONE}:${exclude.map(localStamp).join(',')}`);
  return lines.join('\r\n');
}

/**
 * The calendar of the house, or of one room: single bookings as events, each series as one event with
 * its RRULE, EXDATEs for dates without a booking (skipped, cancelled or in another room) and
 * RECURRENCE-ID overrides for occurrences edited on their own. It runs from 90 days before `today` to two years after.
 */
export function bookingsCalendar(db: Db, houseName: string, roomId: number | null, today: string): string {
  const cal = ical({
    name: roomId ? `${houseName} – ruimte` : houseName,
    prodId: { company: 'Wijkhuis', product: 'Wijkhuis', language: 'NL' },
    timezone: { name: ZONE, generator: amsterdamVtimezone },
  });
  const from = addDays(today, -90);
  const rows = bookingsBetween(db, from, addDays(today, 730)).filter((b) => b.status !== 'geannuleerd');
  const inRoom = (b: BookingRow) => roomId === null || b.roomIds.includes(roomId);
  const bySeries = new Map<number, BookingRow[]>();
  for (const b of rows) {
    if (b.seriesId === null) {
      if (inRoom(b)) cal.createEvent(eventOf(b, houseName));
    } else bySeries.set(b.seriesId, [...(bySeries.get(b.seriesId) ?? []), b]);
  }
  const seriesQuery = db.prepare('SELECT id, rule, first_date, start_time, end_time FROM booking_series WHERE id = ?');
  for (const [seriesId, occurrences] of bySeries) {
    const s = seriesQuery.get(seriesId) as SeriesRecord;
    const template = occurrences.find((o) => !o.detached) ?? occurrences[0]!;
    if (!inRoom(template)) {
      for (const o of occurrences.filter(inRoom)) cal.createEvent(eventOf(o, houseName));
      continue;
    }
    const rule = JSON.parse(s.rule) as SeriesRule;
    const endsNextDay = s.end_time <= s.start_time;
    const byDate = new Map(occurrences.map((o) => [o.occurrenceDate!, o]));
    const exclude: DateTime[] = [];
    const overrides: BookingRow[] = [];
    for (const date of ruleDates(rule, s.first_date)) {
      const o = byDate.get(date);
      if (date < from && !o) continue;
      if (!o || !inRoom(o)) {
        if (date >= from || o) exclude.push(at(`${date}T${s.start_time}`));
      } else if (o.detached || o.start !== `${date}T${s.start_time}`) overrides.push(o);
    }
    const uid = `series-${seriesId}@wijkhuis`;
    const first = s.first_date;
    cal.createEvent({
      ...eventOf(template, houseName),
      id: uid,
      start: at(`${first}T${s.start_time}`),
      end: at(`${endsNextDay ? addDays(first, 1) : first}T${s.end_time}`),
      repeating: recurrenceLines(rule, first, exclude),
    });
    for (const o of overrides)
      cal.createEvent({ ...eventOf(o, houseName), id: uid, recurrenceId: at(`${o.occurrenceDate}T${s.start_time}`) });
  }
  return cal.toString();
}

/** A calendar of the given bookings, each as its own event: the .ics a renter gets with a confirmation. */
export function bookingEventsCalendar(houseName: string, rows: readonly BookingRow[]): string {
  const cal = ical({
    name: houseName,
    prodId: { company: 'Wijkhuis', product: 'Wijkhuis', language: 'NL' },
    timezone: { name: ZONE, generator: amsterdamVtimezone },
  });
  for (const b of rows) cal.createEvent(eventOf(b, houseName));
  return cal.toString();
}

/** A volunteer's own calendar: the shifts they are planned on, from 30 days back. */
export function shiftsCalendar(
  houseName: string,
  volunteerName: string,
  shifts: { id: number; title: string; start: string; end: string; roleName: string }[],
): string {
  const cal = ical({
    name: `${houseName} – rooster ${volunteerName}`,
    prodId: { company: 'Wijkhuis', product: 'Wijkhuis', language: 'NL' },
    timezone: { name: ZONE, generator: amsterdamVtimezone },
  });
  for (const s of shifts) {
    cal.createEvent({
      id: `shift-${s.id}-${volunteerName.replace(/\W+/g, '')}@wijkhuis`,
      start: at(s.start),
      end: at(s.end),
      timezone: ZONE,
      summary: `${s.title} (${s.roleName})`,
      location: houseName,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
