import { describe, expect, it } from 'vitest';
import { formatPriceNote } from '../../renderer/src/priceNote';
import { formatCents } from '../../db/platform/clock';

describe('a booking’s price note in the interface language (issue 18)', () => {
  it('stays as stored in Dutch', () => {
    expect(formatPriceNote('2,5 uur × € 60,00', 'nl-NL')).toBe('2,5 uur × € 60,00');
  });

  it('writes hours, day parts, discounts and money the English way', () => {
    const note = `2,5 uur × ${formatCents(6000)} + 2 dagdelen × ${formatCents(123450)} + korting ${formatCents(1000)}`;
    expect(formatPriceNote(note, 'en-GB')).toBe('2.5 hours × €60.00 + 2 day parts × €1,234.50 + discount €10.00');
    expect(formatPriceNote(`1 uur × ${formatCents(5000)}`, 'en-GB')).toBe('1 hour × €50.00');
    expect(formatPriceNote(`1 dagdeel × ${formatCents(5000)}`, 'en-GB')).toBe('1 day part × €50.00');
    expect(formatPriceNote('Gratis: Bewonersinitiatief', 'en-GB')).toBe('Free: Bewonersinitiatief');
    expect(formatPriceNote('Vrijgesteld: buurtfeest', 'en-GB')).toBe('Exempt: buurtfeest');
    expect(formatPriceNote('Geen tarief', 'en-GB')).toBe('No tariff');
    expect(formatPriceNote('iets anders', 'en-GB')).toBe('iets anders');
  });
});
