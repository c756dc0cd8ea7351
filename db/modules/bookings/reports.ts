import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { MAX_BOOKING_MINUTES, reportInput } from './schemas';
import { addDays, clockMinutes, isoWeekday } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { listRooms } from '../building/rooms';

export interface Period {
  label: string;
  from: string;
  to: string;
}

/** Calendar weeks (Monday first), months or quarters covering [from, to], clipped to it. */
export function periodsOf(from: string, to: string, granularity: 'week' | 'month' | 'quarter'): Period[] {
  const out: Period[] = [];
  let start = from;
  while (start <= to) {
    let end: string;
    let label: string;
    const y = Number(start.slice(0, 4));
    const m = Number(start.slice(5, 7));
    if (granularity === 'week') {
      end = addDays(start, 7 - isoWeekday(start));
      label = `week ${isoWeek(start)} ${isoWeekYear(start)}`;
    } else if (granularity === 'month') {
      end = addDays(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1);
      label = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${start}T12:00:00Z`),
      );
    } else {
      const q = Math.floor((m - 1) / 3);
      end = addDays(q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`, -1);
      label = `Q${q + 1} ${y}`;
    }
    out.push({ label, from: start, to: end < to ? end : to });
    start = addDays(end, 1);
  }
  return out;
}

export function isoWeekYear(date: string): number {
  return Number(addDays(date, 4 - isoWeekday(date)).slice(0, 4));
}
export function isoWeek(date: string): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((Date.parse(thursday) - Date.parse(jan1)) / (7 * 86_400_000)) + 1;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Confirmed bookings overlapping [from, to] with their rooms: only what occupancy needs. The full
 * booking rows (names, prices, rooms as JSON) made a quarter's report spend most of its time here.
 */
function confirmedSpans(db: Db, from: string, to: string): { start: string; end: string; roomIds: number[] }[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.start, b.end, br.room_id FROM bookings b JOIN booking_rooms br ON br.booking_id = b.id
       WHERE b.start >= ? AND b.start < ? AND b.end > ? AND b.status = 'bevestigd'`,
    )
    .raw()
    .all(
      `${addDays(from, -Math.ceil(MAX_BOOKING_MINUTES / 1440))}T00:00`,
      `${addDays(to, 1)}T00:00`,
      `${from}T00:00`,
    ) as [id: number, start: string, end: string, roomId: number][];
  const byId = new Map<number, { start: string; end: string; roomIds: number[] }>();
  for (const [id, start, end, roomId] of rows) {
    const b = byId.get(id);
    if (b) b.roomIds.push(roomId);
    else byId.set(id, { start, end, roomIds: [roomId] });
  }
  return [...byId.values()];
}

/**
 * Bezettingsgraad: per room and period, the confirmed booked minutes that fall inside the opening
 * hours, against the opening hours (closures and, if so set, holidays excluded).
 */
export function occupancy(db: Db, from: string, to: string, granularity: 'week' | 'month' | 'quarter') {
  const periods = periodsOf(from, to, granularity);
  const days = dayStatuses(db, from, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
  // Days by position: a quarter of 30 rooms adds up minutes per room and day many thousand times.
  const dayIndex = new Map(days.map((d, i) => [d.date, i]));
  const openSpans = days.map((d) => d.open.map((o) => [clockMinutes(o.start), clockMinutes(o.end)] as const));
  const rooms = listRooms(db, false);
  const booked = new Map(rooms.map((r) => [r.id, new Float64Array(days.length)]));
  for (const b of confirmedSpans(db, from, to)) {
    const startDate = b.start.slice(0, 10);
    const endDate = b.end.slice(0, 10);
    const first = startDate < from ? 0 : dayIndex.get(startDate)!;
    const last = endDate > to ? days.length - 1 : dayIndex.get(endDate)!;
    for (let i = first; i <= last; i++) {
      const date = days[i]!.date;
      const s = date === startDate ? clockMinutes(b.start.slice(11)) : 0;
      const e = date === endDate ? clockMinutes(b.end.slice(11)) : 1440;
      const minutes = openSpans[i]!.reduce((sum, [o0, o1]) => sum + overlap(s, e, o0, o1), 0);
      for (const roomId of b.roomIds) {
        const perDay = booked.get(roomId);
        if (perDay) perDay[i]! += minutes;
      }
    }
  }
  const ranges = periods.map((p) => ({ first: dayIndex.get(p.from)!, last: dayIndex.get(p.to)! }));
  const sum = (values: ArrayLike<number>, first: number, last: number) => {
    let total = 0;
    for (let i = first; i <= last; i++) total += values[i]!;
    return total;
  };
  const openPerDay = openSpans.map((spans) => spans.reduce((x, [a, b]) => x + b - a, 0));
  const openPerPeriod = ranges.map((r) => sum(openPerDay, r.first, r.last));
  return {
    periods,
    rows: rooms.map((room) => ({
      roomId: room.id,
      roomName: room.name,
      cells: ranges.map((r, k) => {
        const open = openPerPeriod[k]!;
        const minutes = sum(booked.get(room.id)!, r.first, r.last);
        return {
          bookedHours: Math.round(minutes / 6) / 10,
          openHours: Math.round(open / 6) / 10,
          percent: open ? Math.round((1000 * Math.min(minutes, open)) / open) / 10 : 0,
        };
      }),
    })),
  };
}

export function revenue(db: Db, from: string, to: string) {
  const rows = db
    .prepare(
      `SELECT c.name AS category, count(*) AS bookings, sum((julianday(b.end) - julianday(b.start)) * 24) AS hours,
         sum(b.price_cents) AS revenueCents,
         sum(CASE WHEN b.payment_status IN ('gefactureerd', 'betaald') THEN b.price_cents ELSE 0 END) AS invoicedCents,
         sum(CASE WHEN b.payment_status = 'betaald' THEN b.price_cents ELSE 0 END) AS paidCents
       FROM bookings b JOIN renters r ON r.id = b.renter_id JOIN tariff_categories c ON c.id = r.tariff_category_id
       WHERE b.start >= ? AND b.start < ? AND b.status = 'bevestigd'
       GROUP BY c.id ORDER BY revenueCents DESC, c.name`,
    )
    .all(`${from}T00:00`, `${addDays(to, 1)}T00:00`) as {
    category: string;
    bookings: number;
    hours: number;
    revenueCents: number;
    invoicedCents: number;
    paidCents: number;
  }[];
  return rows.map((r) => ({ ...r, hours: Math.round(r.hours * 10) / 10 }));
}

export const bookingReportMethods = {
  'reports.occupancy': method({
    description:
      'Bezettingsgraad per ruimte per week, maand of kwartaal: geboekte uren binnen de openingstijden tegen de openingsuren.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: reportInput,
    handler: ({ db }, q) => occupancy(db, q.from, q.to, q.granularity),
  }),
  'reports.revenue': method({
    description:
      'Opbrengst van bevestigde boekingen per tariefcategorie in een periode, met wat gefactureerd en betaald is.',
    access: ['beheerder'],
    mode: 'read',
    input: reportInput,
    handler: ({ db }, q) => revenue(db, q.from, q.to),
  }),
};
