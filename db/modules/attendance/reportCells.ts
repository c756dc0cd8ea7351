import type { Db } from '../../platform/database';
import { addDays } from '../../platform/clock';
import type { AgeBand } from './activities';
import { isoWeek, isoWeekYear } from '../bookings/reports';

/** Jeugd are the bands that lie within 4–23 years, ouderen the bands from 65 up (the welfare assignment's groups). */
export function priorityOfBand(b: Pick<AgeBand, 'minAge' | 'maxAge'>): 'jeugd' | 'ouderen' | null {
  if (b.minAge >= 4 && b.maxAge !== null && b.maxAge <= 23) return 'jeugd';
  if (b.minAge >= 65) return 'ouderen';
  return null;
}

// The cells of the attendance reports: each activity's counts per period, with what they add to each priority
// group. Every grouping of a report (per period, activity, category, wijk) is a sum of these.

export type Granularity = 'week' | 'month' | 'quarter' | 'year';
export type Reach = { jeugd: number; ouderen: number; 'kwetsbare bewoners': number };

/** The period a date falls in, the same in SQL and in JavaScript (ISO weeks, like periodsOf). */
const PERIOD_KEY_SQL: Record<Granularity, (date: string) => string> = {
  week: (date) => `strftime('%G-%V', ${date})`,
  month: (date) => `substr(${date}, 1, 7)`,
  quarter: (date) => `substr(${date}, 1, 4) || '-Q' || ((CAST(substr(${date}, 6, 2) AS INTEGER) + 2) / 3)`,
  year: (date) => `substr(${date}, 1, 4)`,
};
export function periodKey(date: string, granularity: Granularity): string {
  if (granularity === 'week') return `${isoWeekYear(date)}-${String(isoWeek(date)).padStart(2, '0')}`;
  if (granularity === 'month') return date.slice(0, 7);
  if (granularity === 'quarter') return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) + 2) / 3)}`;
  return date.slice(0, 4);
}

/** The counted sessions of one activity in one period, added up, with what they add to each priority group. */
export interface Cell {
  activityId: number;
  period: string;
  activity: string;
  category: string;
  wijk: string;
  sessions: number;
  total: number;
  newVisitors: number;
  volunteersPresent: number;
  bands: [bandId: number, count: number][];
  unknown: number;
  reach: Reach;
}

/** One activity's counts in one period, as read: from the counts themselves or from the month sums. */
interface Sum {
  activityId: number;
  period: string;
  sessions: number;
  total: number;
  newVisitors: number;
  volunteersPresent: number;
  bands: Map<number, number>;
}

/** The first of the month after `date`'s. */
function nextMonth(date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The whole months inside [from, to], to read from the month sums the triggers of migration 012 keep, and the
 * days at either end that do not fill a month, to read from the counts. Weeks do not fall in months: they always
 * use the counts (a week report covers at most a year).
 */
function segments(from: string, to: string, granularity: Granularity) {
  const whole: [string, string][] = [[from, to]];
  if (granularity === 'week') return { days: whole, months: null };
  const firstWhole = from.endsWith('-01') ? from : nextMonth(from);
  const afterLastWhole = nextMonth(to) === addDays(to, 1) ? addDays(to, 1) : `${to.slice(0, 7)}-01`;
  if (firstWhole >= afterLastWhole) return { days: whole, months: null };
  const days: [string, string][] = [];
  if (from < firstWhole) days.push([from, addDays(firstWhole, -1)]);
  if (afterLastWhole <= to) days.push([afterLastWhole, to]);
  return { days, months: [firstWhole.slice(0, 7), addDays(afterLastWhole, -1).slice(0, 7)] as const };
}

/**
 * Each activity's counts per period: SQLite adds up the counts of the days outside whole months; the whole
 * months come from their sums, one row per activity and month. A report over five years thus handles some ten
 * thousand rows instead of a million counts; each grouping of the report is then a sum of these cells.
 */
export function cellsOf(db: Db, from: string, to: string, granularity: Granularity, allBands: AgeBand[]): Cell[] {
  const { days, months } = segments(from, to, granularity);
  const key = PERIOD_KEY_SQL[granularity];
  const sums = new Map<string, Sum>();
  const sumOf = (activityId: number, period: string): Sum => {
    const k = `${activityId}|${period}`;
    let sum = sums.get(k);
    if (!sum) {
      sum = { activityId, period, sessions: 0, total: 0, newVisitors: 0, volunteersPresent: 0, bands: new Map() };
      sums.set(k, sum);
    }
    return sum;
  };
  const add = (sum: Sum, sessions: number, total: number, newVisitors: number, volunteersPresent: number) => {
    sum.sessions += sessions;
    sum.total += total;
    sum.newVisitors += newVisitors;
    sum.volunteersPresent += volunteersPresent;
  };
  const addBand = (sum: Sum, bandId: number, count: number) =>
    sum.bands.set(bandId, (sum.bands.get(bandId) ?? 0) + count);
  for (const [dayFrom, dayTo] of days) {
    const counted = db
      .prepare(
        `SELECT s.activity_id, ${key('s.date')}, count(*), sum(n.total), sum(n.new_visitors), sum(n.volunteers_present)
    FROM sessions s JOIN session_counts n ON n.session_id = s.id WHERE s.date BETWEEN ? AND ? AND s.cancelled = 0 GROUP BY 1, 2`,
      )
      .raw()
      .all(dayFrom, dayTo) as [number, string, number, number, number, number][];
    for (const [activityId, period, ...figures] of counted) add(sumOf(activityId, period), ...figures);
    const banded = db
      .prepare(
        `SELECT s.activity_id, ${key('s.date')}, b.band_id, sum(b.count)
    FROM session_band_counts b JOIN sessions s ON s.id = b.session_id WHERE s.date BETWEEN ? AND ? AND s.cancelled = 0 GROUP BY 1, 2, 3`,
      )
      .raw()
      .all(dayFrom, dayTo) as [number, string, number, number][];
    for (const [activityId, period, bandId, count] of banded) addBand(sumOf(activityId, period), bandId, count);
  }
  if (months) {
    const monthly = db
      .prepare(
        `SELECT month, activity_id, sessions, total, new_visitors, volunteers_present, bands FROM attendance_months WHERE month BETWEEN ? AND ?`,
      )
      .raw()
      .all(...months) as [string, number, number, number, number, number, string][];
    for (const [month, activityId, sessions, total, newVisitors, volunteersPresent, bands] of monthly) {
      const sum = sumOf(activityId, periodKey(`${month}-01`, granularity));
      add(sum, sessions, total, newVisitors, volunteersPresent);
      // for…in over the parsed object: a third of the time of Object.entries over ten thousand rows.
      const counts = JSON.parse(bands) as Record<string, number>;
      for (const bandId in counts) addBand(sum, Number(bandId), counts[bandId]!);
    }
  }
  // As before the month sums: only an activity's periods with counted sessions are cells.
  return cellsFrom(
    db,
    [...sums.values()].filter((s) => s.sessions > 0),
    allBands,
  );
}

function cellsFrom(db: Db, sums: Sum[], allBands: AgeBand[]): Cell[] {
  const activities = new Map(
    (
      db
        .prepare(
          `SELECT a.id, a.name, c.name, a.wijk, a.priority_groups FROM activities a JOIN activity_categories c ON c.id = a.category_id`,
        )
        .raw()
        .all() as [number, string, string, string, string][]
    ).map(([id, name, category, wijk, groups]) => [
      id,
      { name, category, wijk, vulnerable: (JSON.parse(groups) as string[]).includes('kwetsbare bewoners') },
    ]),
  );
  const groupOf = new Map(allBands.map((b) => [b.id, priorityOfBand(b)]));
  return sums.map(({ activityId, period, sessions, total, newVisitors, volunteersPresent, bands: bandMap }) => {
    const a = activities.get(activityId)!;
    const bands = [...bandMap];
    const reach: Reach = { jeugd: 0, ouderen: 0, 'kwetsbare bewoners': 0 };
    let known = 0;
    for (const [bandId, count] of bands) {
      known += count;
      const group = groupOf.get(bandId);
      if (group) reach[group] += count;
    }
    // Kwetsbare bewoners have no age band: activities meant for them count all their visitors.
    if (a.vulnerable) reach['kwetsbare bewoners'] = total;
    return {
      activityId,
      period,
      activity: a.name,
      category: a.category,
      wijk: a.wijk,
      sessions,
      total,
      newVisitors,
      volunteersPresent,
      bands,
      unknown: total - known,
      reach,
    };
  });
}
