import { describe, expect, it } from 'vitest';
import { ok, openCore, setUp, rolesByName } from '../../helpers';
import { today } from '../../clock';
import { addDays } from '../../../db/platform/clock';

// Issue 18, point 9: putting a volunteer on pauze (or stopping them) while they are still on coming shifts.

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  const roles = await rolesByName(core, token);
  const shift = (date: string, title: string) =>
    ok(core, token, 'roster.createShift', {
      title,
      date,
      startTime: '09:00',
      endTime: '12:00',
      needs: [{ roleId: roles['bar'], count: 2 }],
    });
  const volunteer = await ok(core, token, 'volunteers.create', {
    name: 'Samira',
    phone: '06 12345678',
    roleIds: [roles['bar']],
    startDate: '2024-01-01',
  });
  const plan = async (date: string, title: string) => {
    const s = await shift(date, title);
    await ok(core, token, 'roster.assign', {
      shiftId: s.id,
      volunteerId: volunteer.id,
      roleId: roles['bar'],
      confirmWarnings: true,
    });
    return s;
  };
  return { core, token, volunteer, plan };
}

describe('a volunteer put on pauze while still rostered', () => {
  it('lists the coming shifts only, in order', async () => {
    const { core, token, volunteer, plan } = await house();
    await plan(addDays(today(), -7), 'Vorige week');
    await plan(addDays(today(), 14), 'Over twee weken');
    await plan(addDays(today(), 7), 'Volgende week');
    const coming = await ok(core, token, 'volunteers.comingShifts', { id: volunteer.id });
    expect(coming.map((s: { title: string }) => s.title)).toEqual(['Volgende week', 'Over twee weken']);
    expect(coming[0].roleName).toBe('bar');
  });

  it('signs them off every coming shift when asked, leaving the past and the open place in the roster', async () => {
    const { core, token, volunteer, plan } = await house();
    const past = await plan(addDays(today(), -7), 'Vorige week');
    const next = await plan(addDays(today(), 7), 'Volgende week');
    const { id, ...rest } = volunteer;
    await ok(core, token, 'volunteers.update', {
      ...pick(rest),
      id,
      status: 'pauze',
      signOffComingShifts: true,
    });
    expect(await ok(core, token, 'volunteers.comingShifts', { id })).toEqual([]);
    const planned = async (date: string, shiftId: number) => {
      const shifts = await ok(core, token, 'roster.week', { from: date, to: date });
      const shift = shifts.find((s: { id: number }) => s.id === shiftId);
      return shift.assignments.some((a: { volunteerId: number }) => a.volunteerId === id);
    };
    expect(await planned(next.date, next.id)).toBe(false);
    expect(await planned(past.date, past.id)).toBe(true);
    const audit = await ok(core, token, 'audit.list', { search: 'komende dienst' });
    expect(audit.rows.map((r: { summary: string }) => r.summary).join(' ')).toContain('afgemeld voor 1 komende dienst');
  });

  it('keeps the planning when not asked, and never signs off someone who stays active', async () => {
    const { core, token, volunteer, plan } = await house();
    await plan(addDays(today(), 7), 'Volgende week');
    const { id, ...rest } = volunteer;
    await ok(core, token, 'volunteers.update', { ...pick(rest), id, status: 'pauze' });
    expect(await ok(core, token, 'volunteers.comingShifts', { id })).toHaveLength(1);
    await ok(core, token, 'volunteers.update', { ...pick(rest), id, status: 'actief', signOffComingShifts: true });
    expect(await ok(core, token, 'volunteers.comingShifts', { id })).toHaveLength(1);
  });
});

/** The editable fields of a volunteer as the form sends them back. */
function pick(v: Record<string, unknown>) {
  return {
    name: v.name,
    phone: v.phone,
    email: v.email,
    roleIds: v.roleIds,
    startDate: v.startDate,
    availability: v.availability,
  };
}
