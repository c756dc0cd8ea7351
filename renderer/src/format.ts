/**
 * Display formatting. Everything happens in Europe/Amsterdam whatever the computer's own zone,
 * because the house, its opening hours and the database's wall-clock times are all in Rotterdam.
 */
export const TIME_ZONE = 'Europe/Amsterdam';
export type AppLocale = 'nl-NL' | 'en-GB';

const formats = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });
    formats.set(key, f);
  }
  return f;
}

/** Noon UTC is the same calendar day in Amsterdam in summer and winter time. */
function noonOf(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}

/** 'ma 23 nov 2026' */
export function formatDate(isoDate: string, locale: AppLocale = 'nl-NL'): string {
  return dtf(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(noonOf(isoDate));
}

/** 'maandag 23 november 2026' */
export function formatDateLong(isoDate: string, locale: AppLocale = 'nl-NL'): string {
  return dtf(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(noonOf(isoDate));
}

/** 'november 2026' */
export function formatMonth(isoDate: string, locale: AppLocale = 'nl-NL'): string {
  return dtf(locale, { month: 'long', year: 'numeric' }).format(noonOf(isoDate));
}

/** 1 = maandag … 7 = zondag (ISO weekdays, the week starts on Monday). */
export function formatWeekday(weekday: number, locale: AppLocale = 'nl-NL', style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return dtf(locale, { weekday: style }).format(noonOf(addDays('2024-01-01', weekday - 1)));
}

/** 'HH:MM' or 'HH:MM:SS' wall-clock text → '09:30'; always the 24-hour clock. */
export function formatTime(clock: string): string {
  return clock.slice(0, 5);
}

export function formatInterval(interval: { start: string; end: string }): string {
  return `${formatTime(interval.start)}–${formatTime(interval.end)}`;
}

/** A wall-clock 'YYYY-MM-DDTHH:MM:SS' as stored by the core (already Amsterdam time) → 'ma 23 nov 2026 14:05'. */
export function formatWallClock(wallClock: string, locale: AppLocale = 'nl-NL'): string {
  return `${formatDate(wallClock.slice(0, 10), locale)} ${formatTime(wallClock.slice(11, 16))}`;
}

/** An instant (ISO with zone, e.g. a file time) shown as Amsterdam wall-clock time. */
export function formatInstant(iso: string, locale: AppLocale = 'nl-NL'): string {
  return formatWallClock(wallClockOf(new Date(iso)), locale);
}

/** Money is kept in integer cents; shown as '€ 1.234,50'. */
export function formatMoney(cents: number, locale: AppLocale = 'nl-NL'): string {
  return euros(locale).format(cents / 100);
}

// Made once per locale: a meeting or a ledger formats hundreds of amounts, and a formatter is costly to make.
const euroFormats = new Map<AppLocale, Intl.NumberFormat>();
function euros(locale: AppLocale): Intl.NumberFormat {
  let f = euroFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    euroFormats.set(locale, f);
  }
  return f;
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** 1536 → '1,5 kB' (1 kB = 1024 bytes, as file managers show it). */
export function formatFileSize(bytes: number, locale: AppLocale = 'nl-NL'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** The Amsterdam wall clock at an instant: 'YYYY-MM-DDTHH:MM:SS'. */
export function wallClockOf(at: Date): string {
  const p = Object.fromEntries(
    dtf('nl-NL', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Today's date in Rotterdam, 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  return wallClockOf(now).slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = noonOf(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = noonOf(isoDate).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the (ISO, Monday-first) week a date falls in. */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, 1 - isoWeekday(isoDate));
}
