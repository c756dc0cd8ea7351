import type { Db } from '../../platform/database';
import { addDays } from '../../platform/clock';
import { describeRule, ruleDates, type SeriesRule } from './recurrence';
import { msg } from '../../platform/messages';
import type { BookingRow } from './bookings';

/** A series is audited once, as the series: each of its bookings shows that row in its history. */
export const seriesAuditId = (seriesId: number) => `reeks-${seriesId}`;

export function insertSeries(
  db: Db,
  s: { rule: SeriesRule; firstDate: string; startTime: string; endTime: string; skipDates: string[] },
  now: string,
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO booking_series (rule, first_date, start_time, end_time, skip_dates, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(JSON.stringify(s.rule), s.firstDate, s.startTime, s.endTime, JSON.stringify(s.skipDates), now)
      .lastInsertRowid,
  );
}

/** The series as it was created, which a part split off it was taken from. */
export function familyRoot(db: Db, seriesId: number): number {
  return (
    db.prepare('SELECT coalesce(family_id, id) AS root FROM booking_series WHERE id = ?').get(seriesId) as {
      root: number;
    }
  ).root;
}

/**
 * Every series of the family a series belongs to: the series as it was created and each part "this and
 * following" split off it. For the user it is still one series, so "all" means all of these.
 */
export function seriesFamily(db: Db, seriesId: number): number[] {
  const root = familyRoot(db, seriesId);
  return (
    db.prepare('SELECT id FROM booking_series WHERE id = ? OR family_id = ? ORDER BY first_date').all(root, root) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** `b.series_id IN (?, ?, …)` for a family, with its parameters. */
export function inFamily(db: Db, seriesId: number): { sql: string; ids: number[] } {
  const ids = seriesFamily(db, seriesId);
  return { sql: `b.series_id IN (${ids.map(() => '?').join(', ')})`, ids };
}

/** A series as the booking screen shows it: its rule in words, its exceptions and how many bookings are left. */
export function seriesSummary(db: Db, seriesId: number) {
  const s = db
    .prepare('SELECT rule, first_date AS firstDate, skip_dates AS skipDates FROM booking_series WHERE id = ?')
    .get(seriesId) as { rule: string; firstDate: string; skipDates: string };
  const rule = JSON.parse(s.rule) as SeriesRule;
  const count = (
    db.prepare("SELECT count(*) AS n FROM bookings WHERE series_id = ? AND status <> 'geannuleerd'").get(seriesId) as {
      n: number;
    }
  ).n;
  return {
    id: seriesId,
    rule,
    // In the caller's language (a msg): the booking screen shows it.
    description: msg(describeRule(rule, s.firstDate), describeRule(rule, s.firstDate, 'en')),
    firstDate: s.firstDate,
    skipDates: JSON.parse(s.skipDates) as string[],
    activeCount: count,
  };
}

/**
 * "This and following": the old series ends the day before this occurrence, a new series with the
 * same rule starts here and takes over this and the later occurrences.
 */
export function splitSeries(db: Db, b: BookingRow, now: string): void {
  const series = db.prepare('SELECT * FROM booking_series WHERE id = ?').get(b.seriesId) as {
    rule: string;
    first_date: string;
    start_time: string;
    end_time: string;
    skip_dates: string;
  };
  const splitDate = b.occurrenceDate ?? b.start.slice(0, 10);
  if (splitDate <= series.first_date) return;
  const rule = JSON.parse(series.rule) as SeriesRule;
  const allDates = ruleDates(rule, series.first_date);
  const remaining = allDates.filter((d) => d >= splitDate);
  const newRule: SeriesRule = rule.count ? { ...rule, count: remaining.length } : rule;
  const oldRule: SeriesRule = { kind: rule.kind, until: addDays(splitDate, -1), count: null };
  const skips = JSON.parse(series.skip_dates) as string[];
  db.prepare('UPDATE booking_series SET rule = ?, skip_dates = ? WHERE id = ?').run(
    JSON.stringify(oldRule),
    JSON.stringify(skips.filter((d) => d < splitDate)),
    b.seriesId,
  );
  const newId = insertSeries(
    db,
    {
      rule: remaining.length === 1 && newRule.count ? { ...newRule, count: null, until: splitDate } : newRule,
      firstDate: splitDate,
      startTime: series.start_time,
      endTime: series.end_time,
      skipDates: skips.filter((d) => d >= splitDate),
    },
    now,
  );
  // The new part stays in the family of the series it came from (at its root), so a later "all" reaches it.
  db.prepare(
    'UPDATE booking_series SET family_id = (SELECT coalesce(family_id, id) FROM booking_series WHERE id = ?) WHERE id = ?',
  ).run(b.seriesId, newId);
  db.prepare('UPDATE bookings SET series_id = ? WHERE series_id = ? AND occurrence_date >= ?').run(
    newId,
    b.seriesId,
    splitDate,
  );
}
