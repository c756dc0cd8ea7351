import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import type { ApiErrorBody } from '../../../db/platform/errors';
import { DUTCH } from '../../dutchWords';
import { ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token, ...(await bookingHouse(core, token)) };
}

/** Issue 18: the bookings module's refusals, warnings and series rule in the caller's language. */
describe('bookings in English', () => {
  it('refuses a taken room and asks to confirm warnings in English, with English dates', async () => {
    const { core, token, kamer, zaal, bewoners, stichting } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id));
    const call = (method: string, input: unknown, lang: 'nl' | 'en') =>
      dispatch(core, method, input, token, 'test', lang);

    const taken = single(kamer.id, bewoners.id, { startTime: '11:00', endTime: '13:00' });
    const en = (await call('bookings.create', taken, 'en')) as { ok: false; error: ApiErrorBody };
    expect(en.error.message).toBe(
      'Kamer is already taken on Tue 9 Mar 2027 by "Bijeenkomst" (10:00–12:00), including the time to set up and clear away.',
    );
    expect(en.error.fieldErrors.conflicts).toEqual([en.error.message]);
    const nl = (await call('bookings.create', taken, 'nl')) as { ok: false; error: ApiErrorBody };
    expect(nl.error.message).toBe(
      'Kamer is op di 9 mrt 2027 al bezet door "Bijeenkomst" (10:00–12:00), inclusief de tijd om klaar te zetten en op te ruimen.',
    );

    // Sunday: the house is not open, outside the beheerder's hours, and more people than fit.
    const sunday = single(zaal.id, stichting.id, {
      date: '2027-03-14',
      expectedPeople: 60,
      layout: 'theater',
    });
    const asked = (await call('bookings.create', sunday, 'en')) as { ok: false; error: ApiErrorBody };
    expect(asked.error.code).toBe('NEEDS_CONFIRMATION');
    expect(asked.error.message).toBe('Confirm the warnings first.');
    expect(asked.error.fieldErrors.warnings).toEqual([
      'The house is not open on Sun 14 Mar 2027.',
      'More people (60) than fit in Zaal in layout theater (50).',
      "Outside the building manager's hours and no key holder named: name who opens and closes (a renter with key rights or someone with a key in the key register).",
    ]);
    const preview = (await call('bookings.preview', sunday, 'en')) as {
      ok: true;
      value: { occurrences: { warnings: string[] }[] };
    };
    expect(preview.value.occurrences[0]!.warnings).toEqual(asked.error.fieldErrors.warnings);
    for (const text of [asked.error.message, ...asked.error.fieldErrors.warnings!]) expect(text).not.toMatch(DUTCH);
  });

  it('describes a series and refuses archived renters in the caller’s language', async () => {
    const { core, token, kamer, bewoners } = await house();
    const made = await ok<{ ids: number[] }>(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { recurrence: { kind: 'monthly', count: 3 } }),
    );
    const get = async (lang: 'nl' | 'en') =>
      (
        (await dispatch(core, 'bookings.get', { id: made.ids[0] }, token, 'test', lang)) as {
          value: { series: { description: string } };
        }
      ).value.series.description;
    expect(await get('nl')).toBe('elke 2e dinsdag van de maand, 3 keer');
    expect(await get('en')).toBe('every 2nd Tuesday of the month, 3 times');

    await ok(core, token, 'renters.archive', { id: bewoners.id });
    const again = (await dispatch(core, 'renters.archive', { id: bewoners.id }, token, 'test', 'en')) as {
      error: ApiErrorBody;
    };
    expect(again.error.message).toBe('This renter is already archived.');
  });
});
