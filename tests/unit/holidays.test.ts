import { describe, expect, it } from 'vitest';
import { dutchHolidays, easterSunday } from '../../db/modules/building/holidays';

describe('Dutch public holidays', () => {
  it('computes Easter Sunday', () => {
    expect(['2019', '2024', '2025', '2026', '2027', '2038', '2285'].map((y) => easterSunday(Number(y)))).toEqual([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it('lists the eleven holidays of 2026 with their dates', () => {
    expect(dutchHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday', () => {
    expect(dutchHolidays(2025).find((h) => h.name === 'Koningsdag')?.date).toBe('2025-04-26');
    expect(dutchHolidays(2031).find((h) => h.name === 'Koningsdag')?.date).toBe('2031-04-26');
    expect(dutchHolidays(2032).find((h) => h.name === 'Koningsdag')?.date).toBe('2032-04-27');
  });

  it('knows Koninginnedag before 2014', () => {
    expect(dutchHolidays(2013).find((h) => h.name === 'Koninginnedag')?.date).toBe('2013-04-30');
    expect(dutchHolidays(2006).find((h) => h.name === 'Koninginnedag')?.date).toBe('2006-04-29');
  });

  it('returns the holidays in date order for any year', () => {
    for (let year = 1990; year <= 2100; year++) {
      const dates = dutchHolidays(year).map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
    }
  });
});
