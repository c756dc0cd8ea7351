import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API } from '../../db/contract/api';
import nl from '../../renderer/src/i18n/system.nl.json';
import en from '../../renderer/src/i18n/system.en.json';

/** Every method name written to the audit log outside dispatch (routines, sign-in bookkeeping), found in the code. */
function writtenByHand(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/writeAudit\([^']*'([a-zA-Z]+\.[a-zA-Z]+)'/g)])
    .map((m) => m[1]!);
}

const labelOf = (texts: typeof nl, name: string): unknown => {
  const [prefix, rest] = name.split('.') as [string, string];
  return (texts.audit.methods as Record<string, Record<string, string> | undefined>)[prefix]?.[rest];
};

describe('the audit log names every function in words', () => {
  const logged = [
    ...Object.entries(API)
      .filter(([, m]) => m.mode !== 'read')
      .map(([name]) => name),
    ...writtenByHand(join(import.meta.dirname, '../../db')),
  ];

  it.each([
    ['nl', nl],
    ['en', en],
  ])('has a short %s label for every method that writes to the log', (_, texts) => {
    expect(logged.length).toBeGreaterThan(100);
    expect(logged.filter((name) => typeof labelOf(texts, name) !== 'string')).toEqual([]);
  });
});
