import type { Db } from '../../platform/database';
import { addMinutes, formatDateIn } from '../../platform/clock';
import { compose } from '../../platform/messages';
import { MAX_BOOKING_MINUTES } from './schemas';

export interface Span {
  start: string;
  end: string;
  busyFrom: string;
  busyTo: string;
}

export interface Conflict {
  bookingId: number;
  roomId: number;
  roomName: string;
  title: string;
  start: string;
  end: string;
  status: string;
}

/** Start and end as the renter sees them, and the span the room is occupied (setup to teardown). */
export function spanOf(
  date: string,
  startTime: string,
  endTime: string,
  endsNextDay: boolean,
  setupMinutes: number,
  teardownMinutes: number,
): Span {
  const start = `${date}T${startTime}`;
  const end = endsNextDay ? addMinutes(`${date}T${endTime}`, 24 * 60) : `${date}T${endTime}`;
  return { start, end, busyFrom: addMinutes(start, -setupMinutes), busyTo: addMinutes(end, teardownMinutes) };
}

/**
 * Bookings that keep a room busy within its changeover time of the given span. Cancelled bookings
 * never count; options count until their last day has passed. Runs inside the caller's transaction,
 * so the check and the save that follows cannot be interleaved with another writer.
 */
export function conflictsFor(
  db: Db,
  roomIds: number[],
  span: Pick<Span, 'busyFrom' | 'busyTo'>,
  today: string,
  exclude: number[] = [],
): Conflict[] {
  const query = db.prepare(
    `SELECT br.booking_id AS bookingId, br.room_id AS roomId, r.name AS roomName, b.title, b.start, b.end, b.status
     FROM booking_rooms br
     JOIN bookings b ON b.id = br.booking_id
     JOIN rooms r ON r.id = br.room_id
     WHERE br.room_id = @roomId AND br.active = 1
       AND br.busy_from >= @lowest AND br.busy_from < @until AND br.busy_to > @since
       AND NOT (b.status = 'optie' AND b.option_until < @today)
     ORDER BY br.busy_from`,
  );
  const changeover = db.prepare('SELECT changeover_minutes AS m FROM rooms WHERE id = ?');
  const out: Conflict[] = [];
  for (const roomId of roomIds) {
    const minutes = (changeover.get(roomId) as { m: number } | undefined)?.m ?? 0;
    const since = addMinutes(span.busyFrom, -minutes);
    const rows = query.all({
      roomId,
      // A booking lasts at most MAX_BOOKING_MINUTES plus setup and teardown: this bound keeps the scan on the index.
      lowest: addMinutes(since, -(MAX_BOOKING_MINUTES + 480)),
      until: addMinutes(span.busyTo, minutes),
      since,
      today,
    }) as Conflict[];
    out.push(...rows.filter((r) => !exclude.includes(r.bookingId)));
  }
  return out;
}

/** The conflict in both languages (a `msg`): shown in the refusal and in the preview. */
export function describeConflict(c: Conflict): string {
  const times = `${c.start.slice(11)}–${c.end.slice(11)}`;
  return compose((_, lang) => {
    const date = formatDateIn(c.start.slice(0, 10), lang);
    return lang === 'nl'
      ? `${c.roomName} is op ${date} al bezet door "${c.title}" (${times}), inclusief de tijd om klaar te zetten en op te ruimen.`
      : `${c.roomName} is already taken on ${date} by "${c.title}" (${times}), including the time to set up and clear away.`;
  });
}
