import { method } from '../../contract/method';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { addDays, localDate } from '../../platform/clock';
import { getBuilding } from '../building/building';
import { getVolunteer } from './volunteers';
import { shiftsBetween } from './shifts';
import { shiftsCalendar } from '../bookings/ical';
import { safeFileName } from '../bookings/exports';

export const rosterExportMethods = {
  'roster.ical': method({
    description: 'Het rooster van één vrijwilliger als iCalendar-bestand (.ics), om in een agenda op te nemen.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: z.object({ volunteerId: id }),
    handler: ({ db, clock }, { volunteerId }) => {
      const volunteer = getVolunteer(db, volunteerId, null);
      const house = getBuilding(db).name;
      const today = localDate(clock.now());
      const shifts = shiftsBetween(db, addDays(today, -30), addDays(today, 90)).flatMap((s) =>
        s.assignments
          .filter((a) => a.volunteerId === volunteerId && a.status === 'ingepland')
          .map((a) => ({ id: s.id, title: s.title, start: s.start, end: s.end, roleName: a.roleName })),
      );
      return {
        fileName: `${safeFileName(`rooster ${volunteer.name}`)}.ics`,
        content: shiftsCalendar(house, volunteer.name, shifts),
      };
    },
  }),
};
