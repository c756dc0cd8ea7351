import { method } from '../../contract/method';
import { icalInput } from './schemas';
import { getBuilding } from '../building/building';
import { getRoom } from '../building/rooms';
import { bookingsCalendar } from './ical';
import { localDate } from '../../platform/clock';

/** File names that are safe on Windows, macOS and Linux. */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'wijkhuis'
  );
}

export const bookingExportMethods = {
  'bookings.ical': method({
    description:
      'De agenda als iCalendar-bestand (.ics): het hele huis of één ruimte, met reeksen als herhaling en uitzonderingen.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: icalInput,
    handler: ({ db, clock }, { roomId }) => {
      const house = getBuilding(db).name;
      const room = roomId === null ? null : getRoom(db, roomId);
      return {
        fileName: `${safeFileName(room ? `${house} ${room.name}` : house)}.ics`,
        content: bookingsCalendar(db, house, roomId, localDate(clock.now())),
      };
    },
  }),
};
