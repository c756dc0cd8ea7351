import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDate,
  formatDateLong,
  formatFileSize,
  formatInstant,
  formatInterval,
  formatMoney,
  formatTime,
  formatWallClock,
  formatWeekday,
  isoWeekday,
  todayIso,
} from '../../renderer/src/format';

// Intl puts a no-break space between € and the amount, so it never wraps; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Dutch formatting', () => {
  it('formats dates with a short weekday, in Europe/Amsterdam', () => {
    expect(formatDate('2026-11-23')).toBe('ma 23 nov 2026');
    expect(formatDateLong('2026-11-23')).toBe('maandag 23 november 2026');
    expect(formatDate('2026-11-23', 'en-GB')).toBe('Mon, 23 Nov 2026');
  });

  it('names weekdays from Monday (1) to Sunday (7)', () => {
    expect(formatWeekday(1)).toBe('maandag');
    expect(formatWeekday(7)).toBe('zondag');
    expect(formatWeekday(3, 'nl-NL', 'short')).toBe('wo');
  });

  it('keeps the 24-hour clock', () => {
    expect(formatTime('21:30')).toBe('21:30');
    expect(formatTime('09:05:59')).toBe('09:05');
    expect(formatInterval({ start: '09:00', end: '17:30' })).toBe('09:00–17:30');
    expect(formatWallClock('2026-11-23T21:05:00')).toBe('ma 23 nov 2026 21:05');
  });

  it('shows instants in Amsterdam time, summer and winter', () => {
    expect(formatInstant('2026-07-01T12:00:00Z')).toBe('wo 1 jul 2026 14:00');
    expect(formatInstant('2026-01-05T12:00:00Z')).toBe('ma 5 jan 2026 13:00');
  });

  it('formats money from cents as € 1.234,50', () => {
    expect(plain(formatMoney(123450))).toBe('€ 1.234,50');
    expect(plain(formatMoney(0))).toBe('€ 0,00');
    expect(plain(formatMoney(-2500))).toBe('€ -25,00');
  });

  it('formats file sizes with a decimal comma', () => {
    expect(plain(formatFileSize(512))).toBe('512 byte');
    expect(plain(formatFileSize(1536))).toBe('1,5 kB');
    expect(plain(formatFileSize(5 * 1024 * 1024))).toBe('5 MB');
  });

  it('knows the date in Rotterdam around midnight and across DST', () => {
    expect(todayIso(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(todayIso(new Date('2026-10-24T21:30:00Z'))).toBe('2026-10-24');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
});
