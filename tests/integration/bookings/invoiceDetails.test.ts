import { describe, expect, it } from 'vitest';
import { fails, ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token, ...(await bookingHouse(core, token)) };
}

const profile = { name: 'Huis van de Wijk De Esch', managementForm: 'sociaal_beheer', closedOnHolidays: true };

describe("the house's KvK and btw numbers", () => {
  it('keeps them, without the spaces and dots people copy along, and puts them on the invoice', async () => {
    const { core, token, zaal, stichting } = await house();
    const saved = await ok(core, token, 'building.update', {
      ...profile,
      kvkNumber: '4123 4567',
      vatNumber: 'nl 0000.99998.b57',
    });
    expect(saved).toMatchObject({ kvkNumber: '41234567', vatNumber: 'NL000099998B57' });
    await ok(core, token, 'bookings.create', single(zaal.id, stichting.id));
    const made = await ok(core, token, 'invoices.create', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(made.sender).toMatchObject({ kvkNumber: '41234567', vatNumber: 'NL000099998B57' });
  });

  it('refuses a KvK number without 8 digits and a btw-id in the wrong form or with a wrong check, next to each field', async () => {
    const { core, token } = await house();
    const bad = async (kvkNumber: string, vatNumber: string) =>
      (await fails(core, token, 'building.update', { ...profile, kvkNumber, vatNumber })).fieldErrors;
    expect(await bad('1234567', '123456789B01')).toEqual({
      kvkNumber: ['Een KvK-nummer heeft 8 cijfers.'],
      vatNumber: ['Vul een btw-nummer in als NL123456789B01.'],
    });
    expect(await bad('12345678', 'NL123456789B01')).toEqual({
      vatNumber: ['Dit btw-nummer klopt niet: controleer de cijfers.'],
    });
    // The eleven-proof of a legal entity's number and the mod-97 check of a sole trader's both pass.
    for (const vatNumber of ['NL123456782B01', 'NL000099998B57', ''])
      await ok(core, token, 'building.update', { ...profile, kvkNumber: '', vatNumber });
  });
});

describe('an invoice line with set-up and clearing time', () => {
  it("says which time it bills: the booking's own times, and the set-up and clearing time spelled out", async () => {
    const { core, token, kamer, stichting } = await house();
    // 10:00–12:00 with 30 minutes set-up and 15 clearing up: 2,75 hours at € 10.
    await ok(core, token, 'bookings.create', single(kamer.id, stichting.id, { setupMinutes: 30, teardownMinutes: 15 }));
    const preview = await ok(core, token, 'invoices.candidates', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(preview.lines[0].description).toBe(
      'di 9 mrt 2027 10:00–12:00 (gefactureerd 09:30–12:15, incl. opbouw 30 min en afbouw 15 min) Kamer: Bijeenkomst (2,75 uur × € 10,00)',
    );
    const made = await ok(core, token, 'invoices.create', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    const got = await ok(core, token, 'invoices.get', { id: made.invoice.id });
    expect(got.lines[0]).toMatchObject({
      startTime: '10:00',
      endTime: '12:00',
      setupMinutes: 30,
      teardownMinutes: 15,
      billedFrom: '09:30',
      billedTo: '12:15',
      amountCents: 2750,
    });
  });
});
