import { addDays } from '../../../format';

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterOfDate(date: string): { year: number; quarter: number } {
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/** First and last day of a quarter, as the core's quarterRange computes them. */
export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const from = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`;
  return { from, to: addDays(next, -1) };
}

export function monthRange(date: string): { from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  return { from: `${date.slice(0, 7)}-01`, to: addDays(next, -1) };
}
