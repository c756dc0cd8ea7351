import { addDays, addMinutes } from '../../db/platform/clock';
import { ruleDates, type SeriesRule } from '../../db/modules/bookings/recurrence';
import type { GenContext } from './context';
import type { House } from './house';

const WEEKDAY_SLOTS = [
  ['09:00', '11:00'],
  ['11:30', '13:00'],
  ['13:30', '15:30'],
  ['16:00', '17:30'],
  ['19:00', '21:30'],
] as const;
const SATURDAY_SLOTS = [
  ['10:00', '12:00'],
  ['12:30', '14:30'],
  ['15:00', '17:00'],
] as const;
const TITLES = [
  'Taalcafé',
  'Koffieochtend',
  'Yoga',
  'Financieel spreekuur',
  'Huiswerkklas',
  'Bewonersoverleg',
  'Naaiatelier',
  'Koor',
  'Schaakclub',
  'Kookles',
  'Valpreventie',
  'Kotercafé',
  'Computerles',
  'Buurtmaaltijd',
  'Dansles',
  'Training',
];

/** A lane: one room, one weekday, one time slot. Series run along lanes, singles fill the holes. */
interface Lane {
  roomId: number;
  weekday: number;
  start: string;
  end: string;
  taken: Set<string>;
}

interface PlannedSeries {
  lane: Lane;
  firstDate: string;
  rule: SeriesRule;
  dates: string[];
  skipDates: string[];
}

export interface BookingsResult {
  /** Series with the booking ids they got, for activities and their sessions. */
  series: { seriesId: number; title: string; renterId: number }[];
  singles: number[];
  exceptions: { detached: number; cancelled: number; seriesEnded: number; skippedDates: number };
}

function lanesOf(house: House): Lane[] {
  const lanes: Lane[] = [];
  for (const roomId of house.roomIds) {
    for (let weekday = 1; weekday <= 6; weekday++) {
      for (const [start, end] of weekday === 6 ? SATURDAY_SLOTS : WEEKDAY_SLOTS)
        lanes.push({ roomId, weekday, start, end, taken: new Set() });
    }
  }
  return lanes;
}

/** Series along each lane: weekly, fortnightly or monthly runs with gaps between them, about 85% of the bookings. */
function planSeries(ctx: GenContext, lanes: Lane[]): PlannedSeries[] {
  const { random, time, amounts } = ctx;
  const planned: PlannedSeries[] = [];
  // The mean gap between runs follows from how busy each lane must be.
  const occupancy = (amounts.bookings * 0.85) / (lanes.length * time.weeks);
  const meanGap = Math.max(1, Math.round(25 / occupancy - 31));
  for (const lane of lanes) {
    let week = random.int(0, meanGap);
    while (week < time.weeks) {
      const firstDate = addDays(time.from, week * 7 + lane.weekday - 1);
      const roll = random.next();
      const rule: SeriesRule =
        roll < 0.7
          ? { kind: 'weekly', until: null, count: random.int(8, 52) }
          : roll < 0.9
            ? { kind: 'biweekly', until: null, count: random.int(6, 26) }
            : { kind: 'monthly', until: null, count: random.int(4, 12) };
      const all = ruleDates(rule, firstDate).filter((d) => d <= time.until);
      if (all.length < 2) break;
      if (all.length < rule.count!) rule.count = all.length;
      // A run skips a date now and then (a holiday, the renter's own day off): the series keeps it as an exception.
      const skipDates = random.chance(0.15) ? [all[random.int(1, all.length - 1)]!] : [];
      const dates = all.filter((d) => !skipDates.includes(d));
      planned.push({ lane, firstDate, rule, dates, skipDates });
      for (const d of all) lane.taken.add(d);
      week =
        Math.round((Date.parse(all.at(-1)!) - Date.parse(time.from)) / 604_800_000) + 1 + random.int(0, 2 * meanGap);
    }
  }
  return planned;
}

function baseInput(ctx: GenContext, house: House, lane: Lane, date: string) {
  const { random } = ctx;
  return {
    roomIds: [lane.roomId],
    renterId: random.pick(house.renterIds),
    title: `${random.pick(TITLES)} ${lane.start}`,
    activity: '',
    date,
    startTime: lane.start,
    endTime: lane.end,
    setupMinutes: random.chance(0.2) ? 15 : 0,
    status: 'bevestigd' as const,
    keyHolder: random.chance(0.5) ? 'Vrijwilliger met sleutel' : '',
    confirmWarnings: true,
  };
}

/**
 * At least `amounts.bookings` bookings through bookings.create: series with skipped dates, then
 * exceptions on them (an occurrence edited on its own and so detached, an occurrence cancelled, a
 * series cancelled from some date on), and single bookings in the free slots.
 */
export async function generateBookings(ctx: GenContext, house: House): Promise<BookingsResult> {
  const { caller, random, amounts, time } = ctx;
  const lanes = lanesOf(house);
  const planned = planSeries(ctx, lanes);
  const result: BookingsResult = {
    series: [],
    singles: [],
    exceptions: { detached: 0, cancelled: 0, seriesEnded: 0, skippedDates: 0 },
  };
  let bookings = 0;
  const cancelReason = 'Afgezegd door de huurder';

  for (const [i, p] of planned.entries()) {
    if (bookings >= amounts.bookings * 0.85) break;
    const input = baseInput(ctx, house, p.lane, p.firstDate);
    const created = await caller.call<{ ids: number[]; bookings: { seriesId: number }[] }>('bookings.create', {
      ...input,
      recurrence: { kind: p.rule.kind, count: p.rule.count, until: null, skipDates: p.skipDates },
      skipConflicts: true,
    });
    bookings += created.ids.length;
    result.exceptions.skippedDates += p.skipDates.length;
    result.series.push({ seriesId: created.bookings[0]!.seriesId, title: input.title, renterId: input.renterId });
    for (const [k, id] of created.ids.entries()) {
      const date = p.dates[k]!;
      if (random.chance(0.03)) {
        await caller.call('bookings.update', {
          ...input,
          id,
          scope: 'this',
          date,
          startTime: addMinutes(`${date}T${p.lane.start}`, 15).slice(11),
          notes: 'Een kwartier later begonnen op verzoek van de huurder.',
        });
        result.exceptions.detached++;
      } else if (random.chance(0.02)) {
        await caller.call('bookings.cancel', { id, scope: 'this', reason: cancelReason });
        result.exceptions.cancelled++;
      }
    }
    if (random.chance(0.04) && created.ids.length > 4) {
      const from = created.ids[random.int(Math.floor(created.ids.length / 2), created.ids.length - 1)]!;
      const r = await caller.attempt('bookings.cancel', {
        id: from,
        scope: 'following',
        reason: 'De groep stopt ermee',
      });
      if (r.ok) result.exceptions.seriesEnded++;
    }
    if (i % 500 === 0) ctx.log(`boekingen: ${bookings} (${result.series.length} reeksen)`);
  }

  // Single bookings in the holes of the lanes: parties, meetings, trainings; options and requests ahead.
  while (bookings < amounts.bookings) {
    const lane = random.pick(lanes);
    const week = random.int(0, time.weeks - 1);
    const date = addDays(time.from, week * 7 + lane.weekday - 1);
    if (lane.taken.has(date)) continue;
    lane.taken.add(date);
    const future = date > time.today;
    const roll = random.next();
    const status = future && roll < 0.1 ? 'optie' : future && roll < 0.2 ? 'aanvraag' : 'bevestigd';
    const r = await caller.attempt('bookings.create', {
      ...baseInput(ctx, house, lane, date),
      status,
      optionUntil: status === 'optie' ? addDays(time.today, random.int(1, 14)) : null,
    });
    if (!r.ok) {
      if (r.error.code === 'CONFLICT') continue;
      throw new Error(`bookings.create: ${JSON.stringify(r.error)}`);
    }
    const ids = (r.value as { ids: number[] }).ids;
    result.singles.push(...ids);
    bookings += ids.length;
    if (bookings % 5000 === 0) ctx.log(`boekingen: ${bookings}`);
  }
  caller.commit();
  return result;
}
