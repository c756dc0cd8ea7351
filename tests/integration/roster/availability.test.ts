import { describe, expect, it } from 'vitest';
import { daypartsOf } from '../../../db/modules/roster/dayparts';
import { fails, ok, openCore, setUp, rolesByName } from '../../helpers';
import { today } from '../../clock';

/** 2027-03-23 is a Tuesday. */
const TUESDAY = '2027-03-23';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  const roles = await rolesByName(core, token);
  const shift = (startTime: string, endTime: string, date = TUESDAY) =>
    ok(core, token, 'roster.createShift', {
      title: `Dienst ${startTime}`,
      date,
      startTime,
      endTime,
      needs: [{ roleId: roles['bar'], count: 2 }],
    });
  const volunteer = (name: string, dayparts: string[], extra: Record<string, unknown> = {}) =>
    ok(core, token, 'volunteers.create', {
      name,
      phone: '06 12345678',
      roleIds: [roles['bar']],
      startDate: '2024-01-01',
      availability: dayparts.map((daypart) => ({ weekday: 2, daypart })),
      ...extra,
    });
  return { core, token, roles, shift, volunteer };
}

describe('availability by day part', () => {
  it('judges a shift by the day parts it spends more than an hour in', () => {
    const parts = (s: string, e: string) => daypartsOf(`${TUESDAY}T${s}`, `${TUESDAY}T${e}`).map((p) => p.part);
    expect(parts('17:00', '22:00')).toEqual(['avond']);
    expect(parts('12:00', '15:00')).toEqual(['middag']);
    expect(parts('16:00', '19:00')).toEqual(['middag']);
    expect(parts('10:00', '17:00')).toEqual(['ochtend', 'middag']);
    expect(parts('09:00', '22:00')).toEqual(['ochtend', 'middag', 'avond']);
    // A short shift asks for the part it is longest in.
    expect(parts('12:30', '13:15')).toEqual(['ochtend']);
    expect(parts('17:30', '18:45')).toEqual(['avond']);
  });

  it('plans an evening volunteer on a 17:00–22:00 shift without a warning', async () => {
    const { core, token, roles, shift, volunteer } = await house();
    const evening = await shift('17:00', '22:00');
    const kees = await volunteer('Kees', ['avond']);
    await ok(core, token, 'roster.assign', { shiftId: evening.id, volunteerId: kees.id, roleId: roles['bar'] });
  });

  it('explains the rule when a volunteer did not state the day part the shift mostly covers', async () => {
    const { core, token, roles, shift, volunteer } = await house();
    const lunch = await shift('12:00', '15:00');
    const an = await volunteer('An', ['ochtend']);
    const warned = await fails(core, token, 'roster.assign', {
      shiftId: lunch.id,
      volunteerId: an.id,
      roleId: roles['bar'],
    });
    expect(warned.code).toBe('NEEDS_CONFIRMATION');
    expect(warned.fieldErrors.warnings).toEqual([
      'An heeft niet opgegeven beschikbaar te zijn op di middag: de dienst valt 2 uur in de middag (13:00–18:00). Een dagdeel telt mee als de dienst er meer dan een uur in valt.',
    ]);
  });
});

describe('volunteers on a break', () => {
  it('warns when planning someone on pauze, and shows it on shifts planned before the break', async () => {
    const { core, token, roles, shift, volunteer } = await house();
    const evening = await shift('18:00', '22:00');
    const yusuf = await volunteer('Yusuf', ['avond'], { status: 'pauze' });
    const warned = await fails(core, token, 'roster.assign', {
      shiftId: evening.id,
      volunteerId: yusuf.id,
      roleId: roles['bar'],
    });
    expect(warned.fieldErrors.warnings).toEqual(['Yusuf staat op pauze.']);
    const lies = await volunteer('Lies', ['avond']);
    await ok(core, token, 'roster.assign', { shiftId: evening.id, volunteerId: lies.id, roleId: roles['bar'] });
    await ok(core, token, 'volunteers.update', {
      id: lies.id,
      name: 'Lies',
      phone: '06 12345678',
      roleIds: [roles['bar']],
      startDate: '2024-01-01',
      availability: [{ weekday: 2, daypart: 'avond' }],
      status: 'pauze',
    });
    const [week] = await ok(core, token, 'roster.week', { from: TUESDAY, to: TUESDAY });
    expect(week.assignments.map((a: { volunteerStatus: string }) => a.volunteerStatus)).toEqual(['pauze']);
  });

  it('does not plan the demo volunteer who is on a break', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const from = today();
    const shifts = await ok(core, token, 'roster.week', { from, to: from.slice(0, 8) + '28' });
    const planned = shifts.flatMap((s: { assignments: { volunteerStatus: string; status: string }[] }) =>
      s.assignments.filter((a) => a.status === 'ingepland'),
    );
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.filter((a: { volunteerStatus: string }) => a.volunteerStatus === 'pauze')).toEqual([]);
  });
});
