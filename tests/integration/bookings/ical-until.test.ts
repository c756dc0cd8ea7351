import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';
import { today as testToday } from '../../clock';
import { addDays, isoWeekday } from '../../../db/platform/clock';

// RFC 5545 §3.3.10: next to a DTSTART with a TZID, UNTIL must be a UTC time (ending in Z). A local UNTIL is
// read by some calendar programs as UTC and by others as floating, so the last evening of a series could drop.

/** Start times of every occurrence of the first recurring event, in Amsterdam wall-clock time. */
function occurrences(ics: string): { until: string; starts: string[] } {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const vevent = comp.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('rrule'))!;
  const untilText = /RRULE:[^\r\n]*UNTIL=([0-9TZ]+)/.exec(ics)![1]!;
  const event = new ICAL.Event(vevent);
  const starts: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && starts.length < 100; next = it.next())
    starts.push(event.getOccurrenceDetails(next).startDate.toString().slice(0, 16));
  return { until: untilText, starts };
}

describe('iCal export of a series with an end date', () => {
  // Next year's March: `dst` is the Sunday summer time starts, so the series runs from winter into summer time.
  const year = Number(testToday().slice(0, 4)) + 1;
  const dst = addDays(`${year}-03-31`, -(isoWeekday(`${year}-03-31`) % 7));

  it.each([
    ['weekly', addDays(dst, -15), addDays(dst, 6), 7, 4],
    ['biweekly', addDays(dst, -15), addDays(dst, 13), 14, 3],
  ] as const)(
    'writes UNTIL in UTC and ends on the last date (%s, late evening, into summer time)',
    async (kind, first, until, step, count) => {
      const core = await openCore();
      const token = await setUp(core);
      const { kamer, bewoners } = await bookingHouse(core, token);
      await ok(
        core,
        token,
        'bookings.create',
        single(kamer.id, bewoners.id, {
          title: 'Nachtcafé',
          date: first,
          startTime: '23:00',
          endTime: '23:45',
          keyHolder: 'Joke',
          confirmWarnings: true,
          recurrence: { kind, until },
        }),
      );
      const { content } = await ok(core, token, 'bookings.ical');
      const parsed = occurrences(content);
      // The end of `until` in Amsterdam (summer time, UTC+2) as a UTC time.
      expect(parsed.until).toMatch(/^\d{8}T\d{6}Z$/);
      expect(parsed.until).toBe(`${until.replaceAll('-', '')}T215959Z`);
      const expected = Array.from({ length: count }, (_, i) => `${addDays(first, i * step)}T23:00`);
      expect(expected.at(-1)).toBe(`${until}T23:00`);
      expect(parsed.starts).toEqual(expected);
    },
  );
});
