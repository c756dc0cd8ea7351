import { addDays } from '../../platform/clock';

export interface Holiday {
  date: string;
  name: string;
}

/** Easter Sunday (Gregorian), the anonymous computus. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ymd = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Koningsdag on 27 April (26 April when the 27th is a Sunday); before 2014 Koninginnedag on 30 April (29th when Sunday). */
function kingsDay(year: number): Holiday {
  if (year >= 2014) {
    const sunday = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0;
    return { date: ymd(year, 4, sunday ? 26 : 27), name: 'Koningsdag' };
  }
  const sunday = new Date(Date.UTC(year, 3, 30)).getUTCDay() === 0;
  return { date: ymd(year, 4, sunday ? 29 : 30), name: 'Koninginnedag' };
}

const byYear = new Map<number, readonly Holiday[]>();

/** The Dutch public holidays of a year, in date order; worked out once per year (every booking's warnings ask). */
export function dutchHolidays(year: number): readonly Holiday[] {
  let holidays = byYear.get(year);
  if (!holidays) byYear.set(year, (holidays = Object.freeze(holidaysOf(year))));
  return holidays;
}

function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    { date: ymd(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    kingsDay(year),
    { date: ymd(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: ymd(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: ymd(year, 12, 26), name: 'Tweede Kerstdag' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}
