/** The volunteers' register is sent a page at a time (issue 19): limit and offset, filters applied in the core. */
import { describe, expect, it } from 'vitest';
import { fails, ok, openCore, setUp, tokenFor } from '../../helpers';

describe('volunteers.list pages', () => {
  it('sends at most limit volunteers from offset, in the register order, and only to coordination', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const roles = (await ok<{ id: number; name: string }[]>(core, token, 'volunteers.roles')).map((r) => r.id);
    for (let i = 1; i <= 12; i++)
      await ok(core, token, 'volunteers.create', {
        name: `Vrijwilliger ${String(i).padStart(2, '0')}`,
        phone: '06 12345678',
        roleIds: [roles[i % 2]!],
        startDate: '2024-01-01',
        status: i === 1 ? 'pauze' : 'actief',
      });
    const names = async (input: object) =>
      (await ok<{ name: string }[]>(core, token, 'volunteers.list', input)).map((v) => v.name);
    const all = await names({});
    expect(all).toHaveLength(12);
    // Active first, then paused; a page is a slice of that order.
    expect(all.at(-1)).toBe('Vrijwilliger 01');
    expect(await names({ limit: 5 })).toEqual(all.slice(0, 5));
    expect(await names({ limit: 5, offset: 10 })).toEqual(all.slice(10));
    expect(await names({ roleId: roles[0], limit: 3, offset: 3 })).toEqual(
      (await names({ roleId: roles[0] })).slice(3, 6),
    );
    expect((await fails(core, token, 'volunteers.list', { limit: 1001 })).code).toBe('VALIDATION');
    const balie = await tokenFor(core, token, 'balie');
    expect((await fails(core, balie, 'volunteers.list', { limit: 5 })).code).toBe('FORBIDDEN');
  });
});
