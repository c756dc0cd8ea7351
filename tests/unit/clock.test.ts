import { describe, expect, it } from 'vitest';
import { localDate, localDateTime } from '../../db/platform/clock';

describe('local time in Amsterdam', () => {
  it('follows summer and winter time to the second, around both changes', () => {
    expect(localDateTime(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:59:59');
    expect(localDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00');
    expect(localDateTime(new Date('2026-10-25T00:59:59Z'))).toBe('2026-10-25T02:59:59');
    expect(localDateTime(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25T02:00:00');
    expect(localDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('gives what Intl gives for any moment over years', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    for (let ms = Date.UTC(2020, 0, 1); ms < Date.UTC(2030, 0, 1); ms += 7_777_777) {
      expect(localDateTime(new Date(ms))).toBe(intl.format(new Date(ms)).replace(' ', 'T'));
    }
  });
});
