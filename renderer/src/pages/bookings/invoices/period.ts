import { addDays } from '../../../format';

/** First and last day of the month `offset` months from the month of `date` (0 = that month, -1 = the one before). */
export function monthOf(date: string, offset = 0): { from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + offset;
  const first = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const next = new Date(Date.UTC(y, m + 1, 1)).toISOString().slice(0, 10);
  return { from: first, to: addDays(next, -1) };
}
