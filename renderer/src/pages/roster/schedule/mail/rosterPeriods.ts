import { addDays, mondayOf } from '../../../../format';

export type RosterPeriod = 'week' | 'maand' | 'anders';
export interface Period {
  from: string;
  to: string;
}

/** Next week (Monday to Sunday) or next month (first to last day), counted from today. */
export function periodOf(kind: Exclude<RosterPeriod, 'anders'>, today: string): Period {
  if (kind === 'week') {
    const from = addDays(mondayOf(today), 7);
    return { from, to: addDays(from, 6) };
  }
  const [y, m] = today.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1));
  const from = next.toISOString().slice(0, 10);
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return { from, to: last };
}
