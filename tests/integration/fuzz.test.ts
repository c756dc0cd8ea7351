import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { API } from '../../db/api';
import { dispatch } from '../../db/dispatch';
import { openCore, setUp } from '../helpers';

/** Values a hostile or careless caller sends: wrong types, huge and odd strings, injections, edge numbers and dates. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom(
    "'; DROP TABLE rooms; --", '<script>alert(1)</script>', '\u0000', '𝕎𝕚𝕛𝕜𝕙𝕦𝕚𝕤 🏠', 'Ünïcødé ĳ', '../../etc/passwd', '%s%n', '9999-99-99', '2026-02-30', '24:60',
    'x'.repeat(100_000), '   ', '1e309', 'NaN',
  ),
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308));
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('id', 'name', 'date', 'from', 'to', 'roomIds', 'renterId', 'total', 'kind', 'year', 'startTime', 'endTime', 'status', 'amountCents', 'source'), tie('value'), { maxKeys: 5 })),
})).value;

describe('hostile input to every API method', () => {
  it('always gives a validation error or a correct result, never a crash, and leaves the database consistent', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const names = Object.keys(API).filter((n) => n !== 'auth.logout' && n !== 'auth.lock' && n !== 'backups.restore');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), hostileValue, async (name, input) => {
        const result = await dispatch(core, name, input, token);
        if (!result.ok) {
          expect(result.error.code, `${name} ${JSON.stringify(input)?.slice(0, 200)}: ${result.error.message}`).not.toBe('INTERNAL');
          expect(typeof result.error.message).toBe('string');
        }
      }),
      { numRuns: 1500, seed: 20261123 },
    );
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 180_000);
});
