import { DAYPARTS } from '../../../../../db/modules/beheer/schemas';
import { wallClockOf } from '../../../format';

export type Daypart = (typeof DAYPARTS)[number];

/** The part of the day a shift is most likely writing about: before noon, before six, or the evening. */
export function currentDaypart(now: Date = new Date()): Daypart {
  const hour = Number(wallClockOf(now).slice(11, 13));
  return hour < 12 ? 'ochtend' : hour < 18 ? 'middag' : 'avond';
}

/** Entries grouped per day (oldest first) and, within a day, per daypart in the order of the day. */
export function groupByDay<E extends { date: string; daypart: Daypart; createdAt: string; id: number }>(
  entries: readonly E[],
): { date: string; parts: { daypart: Daypart; entries: E[] }[] }[] {
  const dates = [...new Set(entries.map((e) => e.date))].sort();
  return dates.map((date) => ({
    date,
    parts: DAYPARTS.map((daypart) => ({
      daypart,
      entries: entries
        .filter((e) => e.date === date && e.daypart === daypart)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id),
    })).filter((p) => p.entries.length > 0),
  }));
}

/** "maandag 23 november 2026" → "Maandag 23 november 2026": a heading starts with a capital, the month stays small. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
