import { addDays } from './format';

/** A span of whole days, 'YYYY-MM-DD' to 'YYYY-MM-DD', both included: what every report and invoice asks for. */
export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of the month `offset` months from the month of `date` (0 = that month, -1 = the one before). */
export function monthOf(date: string, offset = 0): Period {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  const first = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
  const next = `${Math.floor((index + 1) / 12)}-${pad(((index + 1) % 12) + 1)}-01`;
  return { from: first, to: addDays(next, -1) };
}

export function quarterOfDate(date: string): { year: number; quarter: number } {
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/** First and last day of a quarter, as the core's quarterRange computes them. */
export function quarterRange(year: number, quarter: number): Period {
  const from = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  return { from, to: monthOf(from, 2).to };
}

/** The quarter `date` lies in. */
export function quarterOf(date: string): Period {
  const q = quarterOfDate(date);
  return quarterRange(q.year, q.quarter);
}

/** The whole year `date` lies in. */
export function yearOf(date: string): Period {
  return { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` };
}
