import { describe, expect, it } from 'vitest';
import { ok, openCore, setUp, tokenFor } from '../../helpers';
import { today } from '../../clock';
import { isoWeekday } from '../../../db/platform/clock';

const steps = (d: { firstSteps: { step: string; done: boolean }[] | null }) =>
  d.firstSteps && Object.fromEntries(d.firstSteps.map((s) => [s.step, s.done]));

describe('Zo begin je', () => {
  it('lists the first steps for the beheerder of an empty house and ticks them off from the data', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const empty = await ok(core, token, 'dashboard.today', {});
    expect(steps(empty)).toEqual({
      rooms: false,
      hours: false,
      tariffs: false,
      renters: false,
      volunteers: false,
      accounts: false,
    });
    // Closed today and nobody in the register: nothing needed cover, and nobody could have.
    expect(empty.coverageGaps).toEqual([]);
    expect(empty.coverage).toEqual({ needed: false, volunteers: 0, bhv: 0, keyHolders: 0 });
    await ok(core, token, 'hours.set', {
      kind: 'open',
      intervals: [{ weekday: isoWeekday(today()), start: '09:00', end: '17:00' }],
    });
    await ok(core, token, 'volunteers.create', { name: 'Piet', phone: '06 12345678', startDate: '2024-01-01' });
    const coordinator = await tokenFor(core, token, 'coordinator');
    const later = await ok(core, token, 'dashboard.today', {});
    expect(steps(later)).toMatchObject({ hours: true, volunteers: true, accounts: true, rooms: false });
    expect(later.coverage).toEqual({ needed: true, volunteers: 1, bhv: 0, keyHolders: 0 });
    expect(later.coverageGaps.length).toBeGreaterThan(0);
    // Only the beheerder can take these steps.
    expect((await ok(core, coordinator, 'dashboard.today', {})).firstSteps).toBeNull();
  });

  it('is gone once every step is done', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    // The demo has rooms, hours, tariffs, renters and volunteers, but only the beheerder's own account.
    expect(steps(await ok(core, token, 'dashboard.today', {}))).toMatchObject({ tariffs: true, accounts: false });
    await tokenFor(core, token, 'balie');
    const d = await ok(core, token, 'dashboard.today', {});
    expect(d.firstSteps).toBeNull();
    expect(d.coverage.volunteers).toBeGreaterThan(0);
  });
});
