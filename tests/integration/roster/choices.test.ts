import { describe, expect, it } from 'vitest';
import { ok, openCore, setUp } from '../../helpers';

// Issue 19: the roster week downloaded the whole register with certificates (460 KB on ten years) to fill its
// pick lists; it now asks for who can be planned, with their roles and nothing more.

describe('volunteers to choose from', () => {
  it('lists everyone who has not stopped, by name, with roles and status only', async () => {
    const core = await openCore({ demo: true });
    const token = await setUp(core, true);
    const choices = await ok(core, token, 'volunteers.choices', {});
    const register = await ok(core, token, 'volunteers.list', {});
    const notStopped = register.filter((v: { status: string }) => v.status !== 'gestopt');
    expect(choices.map((c: { id: number }) => c.id).sort()).toEqual(notStopped.map((v: { id: number }) => v.id).sort());
    for (const c of choices) {
      expect(Object.keys(c).sort()).toEqual(['id', 'name', 'roleIds', 'status']);
      const full = register.find((v: { id: number }) => v.id === c.id);
      expect(c.roleIds.sort()).toEqual([...full.roleIds].sort());
    }
    const names = choices.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    expect(JSON.stringify(choices).length).toBeLessThan(JSON.stringify(notStopped).length / 4);
  });
});
