/** Local wall-clock time in Europe/Amsterdam, whatever the machine's own zone. */
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

export function localDateTime(at: Date = new Date()): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

export function localDate(at: Date = new Date()): string {
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
export function fileStamp(at: Date = new Date()): string {
  return localDateTime(at).replace(/[-:]/g, '').replace('T', '-');
}
