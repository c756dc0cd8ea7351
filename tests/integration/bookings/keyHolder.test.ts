import { describe, expect, it } from 'vitest';
import { fails, ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';
import { today } from '../../clock';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token, ...(await bookingHouse(core, token)) };
}

/** An evening booking for a renter without key rights: outside the beheerder's hours (09:00–17:00). */
const evening = (roomId: number, renterId: number, keyHolder: string) =>
  single(roomId, renterId, { startTime: '19:00', endTime: '21:00', keyHolder });

const notHolding = (name: string) =>
  `Buiten de uren van de beheerder: "${name}" heeft op di 9 mrt 2027 geen sleutel of pas van het huis volgens het sleutelregister en is geen huurder met sleutelrecht. Geef eerst een sleutel uit, of noem iemand die er een heeft.`;

describe('the key holder of a booking outside the beheerder’s hours', () => {
  it('is not satisfied by any typed name: only by someone holding a key or pass in the register on that date', async () => {
    const { core, token, kamer, zaal, stichting } = await house();
    const refused = await fails(core, token, 'bookings.create', evening(kamer.id, stichting.id, 'Piet van Dijk'));
    expect(refused.fieldErrors.warnings).toEqual([notHolding('Piet van Dijk')]);

    const key = await ok(core, token, 'keys.create', { kind: 'sleutel', label: 'Voordeur 1' });
    await ok(core, token, 'keys.handOut', {
      keyId: key.id,
      holderKind: 'vrijwilliger',
      holderName: 'Piet van Dijk (vrijwilliger)',
      handedOutOn: today(),
    });
    // The name as the register has it, without case or the note in brackets: no warning left to confirm.
    await ok(core, token, 'bookings.create', evening(kamer.id, stichting.id, 'piet  van dijk'));

    // A key handed back before the date no longer counts, nor does knowing the alarm code.
    await ok(core, token, 'keys.return', { keyId: key.id, returnedOn: today() });
    const code = await ok(core, token, 'keys.create', { kind: 'alarmcode', label: 'Alarm' });
    await ok(core, token, 'keys.handOut', {
      keyId: code.id,
      holderKind: 'vrijwilliger',
      holderName: 'Piet van Dijk',
      handedOutOn: today(),
    });
    const later = await fails(core, token, 'bookings.create', evening(zaal.id, stichting.id, 'Piet van Dijk'));
    expect(later.code).toBe('NEEDS_CONFIRMATION');
    expect(later.fieldErrors.warnings).toEqual([notHolding('Piet van Dijk')]);
  });

  it('accepts a renter with key rights, by its name or its contact person', async () => {
    const { core, token, kamer, zaal, stichting, gratis } = await house();
    await ok(core, token, 'renters.create', {
      name: 'Buurtvereniging Noord',
      type: 'bewonersgroep',
      tariffCategoryId: gratis.id,
      contactPerson: 'Henk Bakker',
      keyRights: true,
    });
    await ok(core, token, 'bookings.create', evening(kamer.id, stichting.id, 'Henk Bakker'));
    await ok(core, token, 'bookings.create', evening(zaal.id, stichting.id, 'Buurtvereniging Noord'));
    // The form's empty key holder still gets its own warning.
    const none = await fails(core, token, 'bookings.create', {
      ...evening(kamer.id, stichting.id, ''),
      date: '2027-03-16',
    });
    expect(none.fieldErrors.warnings?.[0]).toMatch(/^Buiten de uren van de beheerder en geen sleutelhouder genoemd/);
  });
});
