import { describe, expect, it } from 'vitest';
import { API } from '../../../db/contract/api';
import type { MethodSpec } from '../../../db/contract/method';
import { dispatch } from '../../../db/contract/dispatch';
import { openCore, setUp } from '../../helpers';
import { validExample } from './schema-examples';

// Years such as 0100 or 9999 used to pass the format check and then break the handlers (rrule, Intl, the week
// arithmetic) with INTERNAL. Every date, date-time, month, week and year field has a range now: such a year is a
// VALIDATION error with a Dutch message next to the field, in every method.

/** Methods that end the session or swap the database are tested elsewhere. */
const SKIPPED = new Set(['auth.logout', 'auth.lock', 'backups.restore']);
/** Fields whose example happens to look like a date (a password, a phone number) but are not dates. */
const NOT_A_DATE = /password|phone|^next$|^current$/i;

type Path = (string | number)[];
const DATE_LIKE = /^(\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?|\d{4}-W\d{2})$/;

/** Every string field of the example that holds a date, date-time, month or week, and every `year` number. */
function datePaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    if (typeof inner === 'string' && DATE_LIKE.test(inner) && !NOT_A_DATE.test(key)) return [path];
    if (typeof inner === 'number' && /year$/i.test(key)) return [path];
    return datePaths(inner, path);
  });
}

function withYear(example: unknown, path: Path, year: string): unknown {
  const copy = structuredClone(example) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const old = target[last];
  target[last] = typeof old === 'number' ? Number(year) : `${year}${String(old).slice(4)}`;
  return copy;
}

describe('date ranges', () => {
  it('refuses the years 0100 and 9999 in every date field of every method with VALIDATION and a Dutch message', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const problems: string[] = [];
    let probed = 0;
    for (const [name, spec] of Object.entries(API) as [string, MethodSpec][]) {
      if (SKIPPED.has(name)) continue;
      const example = validExample(spec.input);
      for (const path of datePaths(example)) {
        for (const year of ['0100', '9999']) {
          probed++;
          const input = withYear(example, path, year);
          const result = await dispatch(core, name, input, token);
          const shown = `${name} ${path.join('.')}=${year}`;
          if (result.ok) problems.push(`${shown}: accepted`);
          else if (result.error.code !== 'VALIDATION') problems.push(`${shown}: ${result.error.code}`);
          else if (!result.error.fieldErrors?.[path.join('.')]?.some((m) => /^Kies een (datum|jaar)/.test(m)))
            problems.push(`${shown}: no range message at the field (${JSON.stringify(result.error.fieldErrors)})`);
        }
      }
    }
    expect(probed).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 120_000);
});
