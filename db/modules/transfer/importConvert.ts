import type { Db } from '../../platform/database';
import { compose, msg } from '../../platform/messages';
import { normalizeName } from './importParse';

/** A cell turned into what the create method expects, or the reason (a `msg`) it cannot be. */
export type Converted = { value: unknown } | { error: string };
export type Convert = (raw: string, db: Db) => Converted;

export const text: Convert = (raw) => ({ value: raw });

/** Dates as people type them in the Netherlands (23-11-2026, 23/11/2026, 23.11.2026) or as ISO. */
export const date: Convert = (raw) => {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(raw);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!y || !m || !d)
    return {
      error: msg('Vul een datum in als DD-MM-JJJJ of JJJJ-MM-DD.', 'Fill in a date as DD-MM-YYYY or YYYY-MM-DD.'),
    };
  return { value: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
};

export const wholeNumber: Convert = (raw) => {
  const n = Number(raw.replace(/\s/g, '').replace(',', '.'));
  return Number.isInteger(n) ? { value: n } : { error: msg('Vul een heel getal in.', 'Fill in a whole number.') };
};

export const YES = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', '1', 'x']);
export const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0', '-']);
export const yesNo: Convert = (raw) => {
  const v = raw.toLowerCase();
  return YES.has(v)
    ? { value: true }
    : NO.has(v)
      ? { value: false }
      : { error: msg('Vul ja of nee in.', 'Fill in yes or no (ja or nee).') };
};

export const split = (raw: string) =>
  raw
    .split(/[,;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
export const list: Convert = (raw) => ({ value: split(raw) });

/** A fixed set of values, each with the words a spreadsheet may use for it. */
export const choice =
  (options: Record<string, string[]>): Convert =>
  (raw) => {
    const wanted = normalizeName(raw);
    const hit = Object.entries(options).find(([value, words]) =>
      [value, ...words].some((w) => normalizeName(w) === wanted),
    );
    return hit
      ? { value: hit[0] }
      : {
          error: msg(
            `Kies een van: ${Object.values(options)
              .map((w) => w[0])
              .join(', ')}.`,
            `Choose one of: ${Object.values(options)
              .map((w) => w[0])
              .join(', ')}.`,
          ),
        };
  };

/** Names of records in a lookup table (roles, tariff categories) to their ids, accent- and case-insensitive. */
export function lookup(db: Db, sql: string, names: string[], what: string): Converted {
  const rows = db.prepare(sql).all() as { id: number; name: string }[];
  const byName = new Map(rows.map((r) => [normalizeName(r.name), r.id]));
  const unknown = names.filter((n) => !byName.has(normalizeName(n)));
  if (unknown.length)
    return {
      error: compose((t, lang) =>
        lang === 'nl'
          ? `Onbekende ${t(what)}: ${unknown.map((n) => `"${n}"`).join(', ')}. Bestaande: ${rows.map((r) => r.name).join(', ') || 'geen'}.`
          : `Unknown ${t(what)}: ${unknown.map((n) => `"${n}"`).join(', ')}. Existing: ${rows.map((r) => r.name).join(', ') || 'none'}.`,
      ),
    };
  return { value: names.map((n) => byName.get(normalizeName(n))!) };
}

/** "theater 80, vergadering 20" or "theater: 80; kring: 15". */
export const layouts: Convert = (raw) => {
  const parts = split(raw);
  const out: { layout: string; capacity: number }[] = [];
  for (const part of parts) {
    const m = /^(.+?)\s*[:=]?\s+(\d+)$|^(.+?)[:=](\d+)$/.exec(part);
    if (!m)
      return {
        error: msg(
          'Schrijf per opstelling de naam en het aantal personen, bijvoorbeeld: theater 80, vergadering 20.',
          'Write the name and the number of people for each layout, for example: theatre 80, meeting 20.',
        ),
      };
    out.push({ layout: (m[1] ?? m[3])!.trim(), capacity: Number(m[2] ?? m[4]) });
  }
  return { value: out };
};
