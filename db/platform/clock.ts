/**
 * The one source of "now" for the core: every handler, routine and job reads time from the clock in its
 * context, so tests freeze it and give the same result on any date. Local wall-clock strings in
 * Europe/Amsterdam are computed from it, whatever the machine's own zone.
 */
export interface Clock {
  now(): Date;
}

/** The computer's own clock: what the app uses. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at one moment (ISO time; without an offset it is read as Amsterdam time). */
export function fixedClock(at: string): Clock {
  const ms = parseMoment(at);
  return { now: () => new Date(ms) };
}

/** A clock that starts at a given moment and then runs with real time: for a preview or an e2e run on a chosen date. */
export function clockFrom(at: string): Clock {
  const offset = parseMoment(at) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** 'YYYY-MM-DDTHH:MM[:SS]' as Amsterdam wall-clock time, or any ISO time with Z or an offset. */
function parseMoment(at: string): number {
  if (/(Z|[+-]\d\d:\d\d)$/.test(at)) return Date.parse(at);
  const asUtc = Date.parse(`${at.length === 10 ? `${at}T12:00` : at}Z`);
  if (Number.isNaN(asUtc)) throw new Error(`Not a moment: ${at}`);
  // Two passes find the offset that was in force at that wall-clock time, also around the change of summer time.
  const first = asUtc - amsterdamOffsetMs(asUtc);
  return asUtc - amsterdamOffsetMs(first);
}

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const HOUR_MS = 3_600_000;
let offsetHour = Number.NaN;
let offsetMs = 0;

/**
 * Amsterdam's offset from UTC, asked of Intl once per UTC hour: summer and winter time change on
 * a whole UTC hour, and formatting every audit row's time through Intl cost a tenth of a write.
 */
function amsterdamOffsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  if (hour !== offsetHour) {
    const p = Object.fromEntries(parts.formatToParts(new Date(hour * HOUR_MS)).map((x) => [x.type, Number(x.value)]));
    offsetMs = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - hour * HOUR_MS;
    offsetHour = hour;
  }
  return offsetMs;
}

export function localDateTime(at: Date): string {
  const ms = at.getTime();
  return new Date(ms + amsterdamOffsetMs(ms)).toISOString().slice(0, 19);
}

export function localDate(at: Date): string {
  return localDateTime(at).slice(0, 10);
}

/** 1 = Monday … 7 = Sunday, for a 'YYYY-MM-DD' date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A file-name-safe timestamp, same on Windows, macOS and Linux. */
export function fileStamp(at: Date): string {
  return localDateTime(at).replace(/[-:]/g, '').replace('T', '-');
}

/** Wall-clock arithmetic on 'YYYY-MM-DDTHH:MM' strings: minutes as the clock shows them, no zone involved. */
export function addMinutes(stamp: string, minutes: number): string {
  return new Date(Date.parse(`${stamp}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

export function minutesBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;
}

/** 'HH:MM' to minutes after midnight. */
export function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const dutchDay = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 'do 24 dec 2026' for messages from the core. */
export function formatDateNl(date: string): string {
  return dutchDay.format(new Date(`${date}T12:00:00Z`)).replace(/\./g, '');
}

const englishDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 'Thu 24 Dec 2026' for the English text of messages from the core. */
export function formatDateEn(date: string): string {
  return englishDay.format(new Date(`${date}T12:00:00Z`)).replace(/,/g, '');
}

/** The date as a message in that language writes it: 'do 24 dec 2026' or 'Thu 24 Dec 2026'. */
export function formatDateIn(date: string, lang: 'nl' | 'en'): string {
  return lang === 'nl' ? formatDateNl(date) : formatDateEn(date);
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** '€ 1.234,50' from cents. */
export function formatCents(cents: number): string {
  return euro.format(cents / 100).replace(/\u00a0/g, ' ');
}

const euroEn = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

/** '€1,234.50' from cents, for the English text of messages from the core. */
export function formatCentsEn(cents: number): string {
  return euroEn.format(cents / 100);
}

/** The amount as a message in that language writes it: '€ 1.234,50' or '€1,234.50'. */
export function formatCentsIn(cents: number, lang: 'nl' | 'en'): string {
  return lang === 'nl' ? formatCents(cents) : formatCentsEn(cents);
}
