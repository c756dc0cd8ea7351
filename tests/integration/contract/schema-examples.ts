/**
 * A valid example input for an API method, derived from its zod schema (for the fuzzer and the escaping test):
 * leaves try plausible values until the schema accepts one; where a refinement rejects the whole (end before
 * start, IBAN, …) the rejected paths move on to their next plausible value. The demo house has rows with id 1
 * and 2 in every table, so ids mostly resolve.
 */
import type { z } from 'zod';
import { addDays, isoWeekday } from '../../../db/platform/clock';
import { today as testToday } from '../../clock';

type Schema = z.ZodType;
type Def = { type: string; [key: string]: any };
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

// Yesterday: late enough for what must not lie in the future (hours, incidents), close enough to the demo data.
const DAY = addDays(testToday(), -1);
const YEAR = Number(DAY.slice(0, 4));
// The ISO week of DAY (its Thursday decides the year, as ISO 8601 says).
const THURSDAY = addDays(DAY, 4 - isoWeekday(DAY));
const WEEK = `${THURSDAY.slice(0, 4)}-W${String(Math.ceil((Date.parse(THURSDAY) - Date.parse(`${THURSDAY.slice(0, 4)}-01-01`)) / 86_400_000 / 7 + 1e-9)).padStart(2, '0')}`;
const PLAUSIBLE_STRINGS = [
  DAY,
  '10:00',
  '12:00',
  `${DAY}T10:00`,
  `${DAY}T12:00`,
  `${DAY}T10:00:00`,
  'bea@example.nl',
  '010-1234567',
  'NL91ABNA0417164300',
  'FREQ=WEEKLY;COUNT=3',
  '#228be6',
  '3011 AB',
  'https://example.nl',
  'correct-paard-batterij-2',
  `${YEAR}-12-31`,
  WEEK,
  DAY.slice(0, 7),
];
const PLAUSIBLE_NUMBERS = [1, 2, 10, 100, YEAR, 0, 50];

/** The `skip`-th candidate the schema accepts (so a rejected value can move on to the next), or undefined. */
function accepted(s: Schema, candidates: unknown[], skip: number): unknown {
  for (const candidate of candidates) if (s.safeParse(candidate).success && skip-- <= 0) return candidate;
  return undefined;
}

function generate(s: Schema, path: string, skips: Map<string, number>, text: (path: string) => string): unknown {
  const def = defOf(s);
  const skip = skips.get(path) ?? 0;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        const value = generate(field, at(key), skips, text);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'intersection':
      return {
        ...(generate(def.left, path, skips, text) as object),
        ...(generate(def.right, path, skips, text) as object),
      };
    case 'array': {
      const min = (def.checks ?? []).map((c: Schema) => defOf(c).minimum ?? 0)[0] ?? 0;
      return Array.from({ length: Math.max(1, min) }, (_, i) => generate(def.element, at(i), skips, text));
    }
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'prefault':
    case 'nonoptional':
      // An optional field a refinement keeps rejecting is left out.
      return skip > 3 ? undefined : generate(def.innerType, path, skips, text);
    case 'union': {
      for (const option of def.options as Schema[]) {
        const value = generate(option, path, skips, text);
        if (option.safeParse(value).success) return value;
      }
      return generate(def.options[0], path, skips, text);
    }
    case 'enum': {
      const values = Object.values(def.entries);
      return values[skip % values.length];
    }
    case 'literal':
      return def.values[0];
    case 'boolean':
      return skip % 2 === 1;
    case 'null':
      return null;
    case 'record':
      return {};
    case 'tuple':
      return (def.items as Schema[]).map((item, i) => generate(item, at(i), skips, text));
    case 'lazy':
      return generate(def.getter(), path, skips, text);
    case 'pipe': {
      const inner = defOf(def.in).type === 'transform' ? def.out : def.in;
      const value = generate(inner, path, skips, text);
      return s.safeParse(value).success
        ? value
        : (accepted(s, [text(path), ...PLAUSIBLE_STRINGS, ...PLAUSIBLE_NUMBERS], skip) ?? value);
    }
    // Free text takes the caller's text; a field with a format (date, time, e-mail …) a plausible value of it.
    case 'string':
      return accepted(s, [text(path), ...PLAUSIBLE_STRINGS], skip);
    case 'number':
    case 'int':
      return accepted(s, PLAUSIBLE_NUMBERS, skip);
    default:
      return undefined;
  }
}

/** A value the schema accepts, with `text(path)` in every free-text field that takes it; undefined when none is found. */
export function validExample(s: Schema, text: (path: string) => string = () => 'Voorbeeld'): unknown {
  const skips = new Map<string, number>();
  for (let attempt = 0; attempt < 12; attempt++) {
    const value = generate(s, '', skips, text);
    const parsed = s.safeParse(value);
    if (parsed.success) return value;
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      skips.set(key, (skips.get(key) ?? 0) + 1);
    }
  }
  return undefined;
}
