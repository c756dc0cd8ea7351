import { describe, expect, it } from 'vitest';
import { API } from '../../../db/contract/api';
import type { MethodSpec } from '../../../db/contract/method';
import { ROLES } from '../../../db/contract/fields';
import { dispatch } from '../../../db/contract/dispatch';
import { auditCount, fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';

const entries = Object.entries(API) as [string, MethodSpec][];

describe('the API contract', () => {
  it('declares for every method a description, its roles, its mode and an input schema', () => {
    for (const [name, spec] of entries) {
      expect(name, name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(spec.description.length, name).toBeGreaterThan(5);
      expect(
        spec.access === 'public' ||
          spec.access === 'signed-in' ||
          (Array.isArray(spec.access) && spec.access.length > 0),
        name,
      ).toBe(true);
      expect(['read', 'write', 'system'], name).toContain(spec.mode);
      expect(typeof spec.input.safeParse, name).toBe('function');
    }
  });

  it('refuses every non-public method without a valid session, before looking at the input', async () => {
    const core = await openCore();
    await setUp(core);
    for (const [name, spec] of entries) {
      if (spec.access === 'public') continue;
      expect((await fails(core, null, name, 'onzin')).code, name).toBe('UNAUTHENTICATED');
      expect((await fails(core, 'verzonnen-token', name, {})).code, name).toBe('UNAUTHENTICATED');
    }
  });

  it('lets each role call exactly the methods that list it (walks the whole table with every role)', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const tokens = Object.fromEntries(
      await Promise.all(
        ROLES.map(async (role) => [role, role === 'beheerder' ? admin : await tokenFor(core, admin, role)] as const),
      ),
    );
    for (const [name, spec] of entries) {
      if (spec.access === 'public') continue;
      for (const role of ROLES) {
        // An input that can never validate: allowed roles get past the role check to a validation error.
        const r = await dispatch(core, name, 'ongeldige-invoer', tokens[role]!);
        const allowed = spec.access === 'signed-in' || spec.access.includes(role);
        expect(r.ok, `${name} as ${role}`).toBe(false);
        expect(!r.ok && r.error.code, `${name} as ${role}`).toBe(allowed ? 'VALIDATION' : 'FORBIDDEN');
      }
    }
  });

  it('answers bad input to every method with a Dutch validation error and writes nothing, not even an audit row', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const before = fingerprint(core.db);
    const audits = auditCount(core.db);
    for (const [name] of entries) {
      for (const bad of ['ongeldige-invoer', 42, [1, 2], true]) {
        const error = await dispatch(core, name, bad, token);
        expect(error.ok, `${name} ${JSON.stringify(bad)}`).toBe(false);
        if (!error.ok) {
          expect(error.error.code, `${name} ${JSON.stringify(bad)}`).toBe('VALIDATION');
          expect(error.error.message, name).toMatch(/^Controleer de invoer/);
        }
      }
    }
    expect(fingerprint(core.db)).toBe(before);
    expect(auditCount(core.db)).toBe(audits);
  });

  it('writes one audit row per successful write, with who and what', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const before = auditCount(core.db);
    const room = await ok(core, token, 'rooms.create', {
      name: 'Zaal',
      layouts: [{ layout: 'theater', capacity: 40 }],
    });
    expect(auditCount(core.db)).toBe(before + 1);
    const { rows } = await ok(core, token, 'audit.list', { entity: 'rooms' });
    expect(rows[0]).toMatchObject({
      method: 'rooms.create',
      entity: 'rooms',
      entityId: String(room.id),
      userName: 'Bea Beheer',
    });
    expect(rows[0].summary).toContain('Zaal');
  });

  it('rolls a failing write back whole: no partial rows and no audit row', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'rooms.create', { name: 'Zaal' });
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'rooms.create', {
      name: 'zaal',
      layouts: [{ layout: 'kring', capacity: 10 }],
    });
    expect(error.fieldErrors.name).toEqual(['Er is al een ruimte met deze naam.']);
    expect(fingerprint(core.db)).toBe(before);
  });

  it('refuses an unknown method name', async () => {
    const core = await openCore();
    expect((await fails(core, null, 'rooms.dropTable', {})).code).toBe('NOT_FOUND');
    expect((await fails(core, null, 'constructor', {})).code).toBe('NOT_FOUND');
    expect((await fails(core, null, '__proto__', {})).code).toBe('NOT_FOUND');
  });
});
