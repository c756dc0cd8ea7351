import { describe, expect, it } from 'vitest';
import { ok, openCore, setUp, tokenFor } from '../../helpers';
import { bookingHouse, single } from './fixture';

/** Fields about money the balie may not read (only beheerder and coordinator read bookings' finances). */
const FINANCE = /price|discount|exemption|payment|invoice|vat|cents/i;

function keysDeep(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysDeep(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [`${path}.${k}`, ...keysDeep(v, `${path}.${k}`)]);
  return [];
}

describe("the desk's day sheet (bookings.day)", () => {
  it('gives the balie what the desk needs, and no prices, discounts, exemptions, payments or invoices', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const { zaal, stichting } = await bookingHouse(core, token);
    const booked = await ok(core, token, 'bookings.create', {
      ...single(zaal.id, stichting.id, { keyHolder: 'Karel Sleutel', notes: 'Beamer klaarzetten' }),
      discountCents: 500,
      discountReason: 'Vaste huurder',
    });
    await ok(core, token, 'bookings.setPayment', { id: booked.ids[0], paymentStatus: 'betaald' });

    const balie = await tokenFor(core, token, 'balie');
    const sheet = await ok(core, balie, 'bookings.day', { date: '2027-03-09' });
    expect(sheet.bookings).toHaveLength(1);
    const [b] = sheet.bookings;
    // What the screen shows: time, rooms, who, whom to call, the key and the notes.
    expect(b).toMatchObject({
      title: 'Bijeenkomst',
      start: '2027-03-09T10:00',
      end: '2027-03-09T12:00',
      roomNames: ['Zaal'],
      renterName: 'Stichting Zuid',
      keyHolder: 'Karel Sleutel',
      keyHolderShown: 'Karel Sleutel',
      notes: 'Beamer klaarzetten',
      status: 'bevestigd',
    });
    expect(keysDeep(sheet).filter((k) => FINANCE.test(k))).toEqual([]);
    expect(JSON.stringify(sheet)).not.toContain('Vaste huurder');
  });
});
