import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { API } from '../../db/api';
import type { MethodSpec } from '../../db/contract';
import { dispatch } from '../../db/dispatch';
import { addDays, localDate } from '../../db/clock';
import { fingerprint, openCore, setUp, tokenFor } from '../helpers';

// Property-based fuzzing of the whole API: every method gets (1) its valid example, (2) that example with one
// field at a time replaced by a hostile value ("almost valid" input that reaches the deep checks and the
// handler), and (3) entirely random hostile values. Every answer must be a correct result or an error other
// than INTERNAL, and a failed write must leave the database exactly as it was.

// ---------------------------------------------------------------------------------------------------------
// A valid example per method, derived from its zod schema: leaves try plausible values until the schema
// accepts one; where a refinement rejects the whole (end before start, IBAN, …) the rejected paths move on to
// their next plausible value. The demo house has rows with id 1 and 2 in every table, so ids mostly resolve.

type Schema = z.ZodType;
type Def = { type: string; [key: string]: any };
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

// Yesterday: late enough for what must not lie in the future (hours, incidents), close enough to the demo data.
const DAY = addDays(localDate(), -1);
const PLAUSIBLE_STRINGS = [
  'Voorbeeld', DAY, '10:00', '12:00', `${DAY}T10:00`, `${DAY}T12:00`, `${DAY}T10:00:00`, 'bea@example.nl',
  '010-1234567', 'NL91ABNA0417164300', 'FREQ=WEEKLY;COUNT=3', '#228be6', '3011 AB', 'https://example.nl', 'correct-paard-batterij-2',
  '2026-12-31', '2026-W49', '2026-12',
];
const PLAUSIBLE_NUMBERS = [1, 2, 10, 100, 2026, 0, 50];

/** The `skip`-th candidate the schema accepts (so a rejected value can move on to the next), or undefined. */
function accepted(s: Schema, candidates: unknown[], skip: number): unknown {
  for (const candidate of candidates) if (s.safeParse(candidate).success && skip-- <= 0) return candidate;
  return undefined;
}

function generate(s: Schema, path: string, skips: Map<string, number>): unknown {
  const def = defOf(s);
  const skip = skips.get(path) ?? 0;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        const value = generate(field, at(key), skips);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'intersection':
      return { ...(generate(def.left, path, skips) as object), ...(generate(def.right, path, skips) as object) };
    case 'array': {
      const min = (def.checks ?? []).map((c: Schema) => defOf(c).minimum ?? 0)[0] ?? 0;
      return Array.from({ length: Math.max(1, min) }, (_, i) => generate(def.element, at(i), skips));
    }
    case 'optional': case 'default': case 'nullable': case 'readonly': case 'catch': case 'prefault': case 'nonoptional':
      // An optional field a refinement keeps rejecting is left out.
      return skip > 3 ? undefined : generate(def.innerType, path, skips);
    case 'union': {
      for (const option of def.options as Schema[]) {
        const value = generate(option, path, skips);
        if (option.safeParse(value).success) return value;
      }
      return generate(def.options[0], path, skips);
    }
    case 'enum': { const values = Object.values(def.entries); return values[skip % values.length]; }
    case 'literal': return def.values[0];
    case 'boolean': return skip % 2 === 1;
    case 'null': return null;
    case 'record': return {};
    case 'tuple': return (def.items as Schema[]).map((item, i) => generate(item, at(i), skips));
    case 'lazy': return generate(def.getter(), path, skips);
    case 'pipe': {
      const inner = defOf(def.in).type === 'transform' ? def.out : def.in;
      const value = generate(inner, path, skips);
      return s.safeParse(value).success ? value : (accepted(s, [...PLAUSIBLE_STRINGS, ...PLAUSIBLE_NUMBERS], skip) ?? value);
    }
    case 'string': return accepted(s, PLAUSIBLE_STRINGS, skip);
    case 'number': case 'int': return accepted(s, PLAUSIBLE_NUMBERS, skip);
    default: return undefined;
  }
}

function validExample(s: Schema): unknown {
  const skips = new Map<string, number>();
  for (let attempt = 0; attempt < 12; attempt++) {
    const value = generate(s, '', skips);
    const parsed = s.safeParse(value);
    if (parsed.success) return value;
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      skips.set(key, (skips.get(key) ?? 0) + 1);
    }
  }
  return undefined;
}

/** Every place in a value one mutation can hit: nested object fields and array elements. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(inner, path)];
  });
}

const REMOVE = Symbol('remove the field');
function withMutation(example: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(example) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === REMOVE) delete target[last];
  else target[last] = replacement;
  return copy;
}

// ---------------------------------------------------------------------------------------------------------
// Hostile values.

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    // injections
    "'; DROP TABLE rooms; --", "1 OR 1=1", "x' UNION SELECT password_hash FROM users --", '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=1">', 'javascript:window.__xss=1', '{{constructor.constructor("return 1")()}}', '../../etc/passwd', '%s%n%x',
    // out-of-range and malformed dates and times
    '2026-02-30', '2026-13-01', '9999-12-31', '0000-01-01', '9999-12-31T23:59', '0000-01-01T00:00', '2026-02-30T10:00', '2026-03-29T02:30', '24:00', '23:60', '9999-99-99',
    // amounts as strings
    'NaN', 'Infinity', '-1', '1e309', '9007199254740993', '12,50', '€ 12,50',
    // unicode: RTL override, zero-width, emoji, NUL, combining, lookalikes
    '\u202Eloog\u202C', 'a\u200Bb', '\u200B', '🏠👩‍👩‍👧‍👦', 'Ünïcødé ĳ', '\u0000', 'nul\u0000byte', 'e\u0301\u0301\u0301', '𝕎𝕚𝕛𝕜𝕙𝕦𝕚𝕤', '\uD800', '\uFEFF',
    // size and emptiness
    '', '   ', '\n\t', 'x'.repeat(100_000), 'é'.repeat(5_000),
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 0.5, -0, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3 },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constantFrom(null, undefined, [], {}),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('id', 'name', 'date', 'from', 'to', 'roomIds', 'renterId', 'total', 'kind', 'year', 'startTime', 'endTime', 'status', 'amountCents', '__proto__', 'constructor'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const hostileInteger = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER));

const valueAt = (value: unknown, path: (string | number)[]): unknown => path.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)[key], value);

/**
 * Mostly a hostile value of the field's own type (a string for a string, an integer for a number), which passes
 * the type check and tests the refinements and the handler; sometimes any hostile value, sometimes no field at all.
 */
function replacementFor(original: unknown): fc.Arbitrary<unknown> {
  const sameType = typeof original === 'string' ? hostileString : typeof original === 'number' ? fc.oneof(hostileInteger, hostileNumber) : hostileValue;
  return fc.oneof({ weight: 6, arbitrary: sameType }, { weight: 3, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(REMOVE) });
}

// ---------------------------------------------------------------------------------------------------------

/** Methods that end or lock the fuzzer's own session, or swap the whole database file, are tested elsewhere. */
const SKIPPED = new Set(['auth.logout', 'auth.lock', 'backups.restore']);
const MUTATIONS_PER_METHOD = 80;
const RANDOM_PER_METHOD = 20;

describe('hostile input to every API method', () => {
  it('always gives a validation error or a correct result, never INTERNAL, never a partial write; the database stays consistent', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const entries = (Object.entries(API) as [string, MethodSpec][]).filter(([name]) => !SKIPPED.has(name));
    const failures: string[] = [];
    const withoutExample: string[] = [];
    let knownFingerprint: string | null = null;
    const currentFingerprint = () => (knownFingerprint ??= fingerprint(core.db));

    const call = async (name: string, spec: MethodSpec, input: unknown, authToken: string) => {
      // Only a write whose input passes the schema reaches the database; only then is there anything to compare.
      // (system methods such as login bookkeeping write on failure by design).
      const reachesHandler = spec.mode === 'write' && spec.input.safeParse(input).success;
      const before = reachesHandler ? currentFingerprint() : null;
      const isAuth = name.startsWith('auth.');
      const result = await dispatch(core, name, input, isAuth ? authToken : token);
      const shown = `${name} ${String(JSON.stringify(input)).slice(0, 300)}`;
      if (result.ok || spec.mode === 'system') knownFingerprint = null;
      if (result.ok) return;
      if (result.error.code === 'INTERNAL') failures.push(`${shown}: INTERNAL ${result.error.message}`);
      if (typeof result.error.message !== 'string' || result.error.message.length === 0) failures.push(`${shown}: no message`);
      if (!isAuth && (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'LOCKED')) failures.push(`${shown}: lost the session (${result.error.message})`);
      if (before !== null) {
        if (currentFingerprint() !== before) failures.push(`${shown}: failed (${result.error.code}) but changed the database`);
      }
    };

    for (const [index, [name, spec]] of entries.entries()) {
      // Wrong passwords to auth.unlock lock their account by design: each auth method gets an account of its own.
      const authToken = name.startsWith('auth.') ? await tokenFor(core, token, 'beheerder') : token;
      knownFingerprint = null;
      const example = validExample(spec.input);
      if (example === undefined) withoutExample.push(name);
      else {
        await call(name, spec, example, authToken);
        const paths = pathsOf(example);
        if (paths.length > 0) {
          const mutation = fc.constantFrom(...paths).chain((path) => fc.tuple(fc.constant(path), replacementFor(valueAt(example, path))));
          for (const [path, replacement] of fc.sample(mutation, { numRuns: MUTATIONS_PER_METHOD, seed: 20261123 + index })) {
            await call(name, spec, withMutation(example, path, replacement), authToken);
          }
        }
      }
      for (const input of fc.sample(hostileValue, { numRuns: RANDOM_PER_METHOD, seed: 20261123 - index })) await call(name, spec, input, authToken);
    }

    expect(failures).toEqual([]);
    // The example generator must keep up with the schemas: almost every method gets almost-valid input.
    expect(withoutExample.length, `no valid example for ${withoutExample.join(', ')}`).toBeLessThanOrEqual(entries.length / 20);
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 300_000);
});
