import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { isoDate } from '../../contract/fields';
import { z } from '../../contract/zod';
import { addDays, isoWeekday, localDate } from '../../platform/clock';
import { getBuilding } from '../building/building';
import { AMSTERDAM, amsterdamVtimezone } from '../../platform/amsterdamZone';
import { safeFileName } from '../bookings/exports';

export interface ProgrammeItem {
  sessionId: number;
  activityId: number;
  name: string;
  description: string;
  category: string;
  targetGroup: string;
  priorityGroups: string[];
  date: string;
  start: string;
  end: string;
  rooms: string[];
  wheelchairAccessible: boolean;
}

/** Public activities' sessions between two dates (inclusive), in time order. */
export function programmeBetween(db: Db, from: string, to: string): ProgrammeItem[] {
  const rows = db
    .prepare(
      `SELECT s.id AS sessionId, a.id AS activityId, a.name, a.description, c.name AS category, a.target_group AS targetGroup, a.priority_groups AS priorityGroups,
      s.date, s.start, s.end,
      (SELECT json_group_array(r.name) FROM booking_rooms br JOIN rooms r ON r.id = br.room_id WHERE br.booking_id = s.booking_id) AS rooms,
      coalesce((SELECT min(r.wheelchair_accessible) FROM booking_rooms br JOIN rooms r ON r.id = br.room_id WHERE br.booking_id = s.booking_id), 1) AS accessible
    FROM sessions s JOIN activities a ON a.id = s.activity_id JOIN activity_categories c ON c.id = a.category_id
    WHERE s.date BETWEEN ? AND ? AND s.cancelled = 0 AND a.public = 1 AND a.active = 1 AND a.walk_in = 0 ORDER BY s.start, a.name`,
    )
    .all(from, to) as Record<string, unknown>[];
  return rows.map(({ accessible, ...r }) => ({
    ...(r as unknown as ProgrammeItem),
    wheelchairAccessible: accessible === 1,
    priorityGroups: JSON.parse(r.priorityGroups as string) as string[],
    rooms: r.rooms ? (JSON.parse(r.rooms as string) as string[]) : [],
  }));
}

export const programmeMethods = {
  'programme.week': method({
    description:
      'Het weekprogramma van de openbare activiteiten (maandag t/m zondag van de week van een datum), om af te drukken als poster of flyer.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: z.object({ date: isoDate.optional() }).default({}),
    handler: ({ db, clock }, q) => {
      const date = q.date ?? localDate(clock.now());
      const monday = addDays(date, 1 - isoWeekday(date));
      const b = getBuilding(db);
      return {
        from: monday,
        to: addDays(monday, 6),
        house: {
          name: b.name,
          street: b.street,
          postcode: b.postcode,
          city: b.city,
          phone: b.phone,
          email: b.email,
          accessibility: b.accessibility,
          wijken: b.wijken,
        },
        items: programmeBetween(db, monday, addDays(monday, 6)),
      };
    },
  }),
  'programme.ical': method({
    description:
      'De openbare activiteiten van de komende drie maanden als iCalendar-bestand (.ics), voor de website of de wijkraad.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db, clock }) => {
      const house = getBuilding(db);
      const today = localDate(clock.now());
      const cal = ical({
        name: `${house.name} – programma`,
        prodId: { company: 'Wijkhuis', product: 'Wijkhuis', language: 'NL' },
        timezone: { name: AMSTERDAM, generator: amsterdamVtimezone },
      });
      const at = (stamp: string) => DateTime.fromISO(stamp, { zone: AMSTERDAM });
      for (const item of programmeBetween(db, today, addDays(today, 92))) {
        cal.createEvent({
          id: `session-${item.sessionId}@wijkhuis`,
          start: at(item.start),
          end: at(item.end),
          timezone: AMSTERDAM,
          summary: item.name,
          description:
            [item.description, item.targetGroup && `Voor: ${item.targetGroup}`].filter(Boolean).join('\n') || undefined,
          location: [
            item.rooms.join(', '),
            house.name,
            [house.street, house.postcode, house.city].filter(Boolean).join(' '),
          ]
            .filter(Boolean)
            .join(', '),
          status: ICalEventStatus.CONFIRMED,
        });
      }
      return { fileName: `${safeFileName(`programma ${house.name}`)}.ics`, content: cal.toString() };
    },
  }),
};
