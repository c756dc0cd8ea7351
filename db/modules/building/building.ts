import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { emptyInput, id, isoDate } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  GEBIEDEN,
  buildingProfile,
  closureInput,
  closureUpdate,
  dateRange,
  setHoursInput,
  yearInput,
  type BuildingProfile,
  type Gebied,
  type HoursInterval,
} from './schemas';
import { ALL_ROLES } from '../../contract/roles';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import { dutchHolidays } from './holidays';
import { addDays, formatDateNl, isoWeekday } from '../../platform/clock';

export interface Building extends BuildingProfile {
  welfareProvider: string | null;
}

export interface Closure {
  id: number;
  startDate: string;
  endDate: string;
  reason: string;
}

const MANAGEMENT_FORM_NAMES: Record<BuildingProfile['managementForm'], string> = {
  sociaal_beheer: 'sociaal beheer',
  zelfbeheer: 'zelfbeheer',
};

/** How a change to the house's profile reads in the audit log; the house's own phone and e-mail are no personal data. */
const BUILDING_LABELS = {
  name: 'Naam',
  street: 'Straat en huisnummer',
  postcode: 'Postcode',
  city: 'Plaats',
  gebied: { label: 'Gebied', show: (v) => v ?? '(geen)' },
  wijken: 'Wijken',
  managementForm: { label: 'Beheervorm', show: (v) => MANAGEMENT_FORM_NAMES[v] },
  phone: 'Telefoon',
  email: 'E-mail',
  accessibility: { label: 'Toegankelijkheid', onlyMention: true },
  closedOnHolidays: 'Gesloten op feestdagen',
  iban: 'IBAN',
  invoiceNote: { label: 'Tekst onder de factuur', onlyMention: true },
  kvkNumber: 'KvK-nummer',
  vatNumber: 'Btw-nummer',
} satisfies { [K in keyof BuildingProfile]?: FieldLabel<BuildingProfile[K]> };

/** How a change to a closure reads in the audit log. */
const CLOSURE_LABELS = {
  startDate: { label: 'Eerste dag', show: formatDateNl },
  endDate: { label: 'Laatste dag', show: formatDateNl },
  reason: 'Reden',
} satisfies { [K in keyof Closure]?: FieldLabel<Closure[K]> };

export function getBuilding(db: Db): Building {
  const row = db.prepare('SELECT * FROM building WHERE id = 1').get() as Record<string, unknown> | undefined;
  if (!row)
    throw new ApiError('NOT_FOUND', msg('Het huis is nog niet ingericht.', 'The house has not been set up yet.'));
  const gebied = (row.gebied as Gebied | null) ?? null;
  return {
    name: row.name as string,
    street: row.street as string,
    postcode: row.postcode as string,
    city: row.city as string,
    gebied,
    wijken: JSON.parse(row.wijken as string) as string[],
    managementForm: row.management_form as BuildingProfile['managementForm'],
    phone: row.phone as string,
    email: row.email as string,
    accessibility: row.accessibility as string,
    closedOnHolidays: row.closed_on_holidays === 1,
    iban: row.iban as string,
    invoiceNote: row.invoice_note as string,
    kvkNumber: row.kvk_number as string,
    vatNumber: row.vat_number as string,
    welfareProvider: gebied ? GEBIEDEN[gebied] : null,
  };
}

export function saveBuilding(db: Db, p: BuildingProfile): void {
  db.prepare(
    `INSERT INTO building (id, name, street, postcode, city, gebied, wijken, management_form, phone, email, accessibility, closed_on_holidays, iban, invoice_note,
       kvk_number, vat_number)
     VALUES (1, @name, @street, @postcode, @city, @gebied, @wijken, @managementForm, @phone, @email, @accessibility, @closedOnHolidays, @iban, @invoiceNote,
       @kvkNumber, @vatNumber)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, street = excluded.street, postcode = excluded.postcode, city = excluded.city,
       gebied = excluded.gebied, wijken = excluded.wijken, management_form = excluded.management_form, phone = excluded.phone,
       email = excluded.email, accessibility = excluded.accessibility, closed_on_holidays = excluded.closed_on_holidays,
       iban = excluded.iban, invoice_note = excluded.invoice_note, kvk_number = excluded.kvk_number, vat_number = excluded.vat_number`,
  ).run({ ...p, wijken: JSON.stringify(p.wijken), closedOnHolidays: p.closedOnHolidays ? 1 : 0 });
}

export function getHours(db: Db, kind: 'open' | 'beheerder'): HoursInterval[] {
  return db
    .prepare('SELECT weekday, start, end FROM weekly_hours WHERE kind = ? ORDER BY weekday, start')
    .all(kind) as HoursInterval[];
}

export function setHours(db: Db, kind: 'open' | 'beheerder', intervals: HoursInterval[]): void {
  db.prepare('DELETE FROM weekly_hours WHERE kind = ?').run(kind);
  const insert = db.prepare('INSERT INTO weekly_hours (kind, weekday, start, end) VALUES (?, ?, ?, ?)');
  for (const i of intervals) insert.run(kind, i.weekday, i.start, i.end);
}

export function insertClosure(db: Db, c: Omit<Closure, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO closures (start_date, end_date, reason) VALUES (?, ?, ?)')
      .run(c.startDate, c.endDate, c.reason).lastInsertRowid,
  );
}

const CLOSURE_COLUMNS = 'id, start_date AS startDate, end_date AS endDate, reason';

export function closuresBetween(db: Db, from: string, to: string): Closure[] {
  return db
    .prepare(`SELECT ${CLOSURE_COLUMNS} FROM closures WHERE end_date >= ? AND start_date <= ? ORDER BY start_date`)
    .all(from, to) as Closure[];
}

export interface DayStatus {
  date: string;
  weekday: number;
  open: { start: string; end: string }[];
  beheerder: { start: string; end: string }[];
  closedBecause: string | null;
}

/**
 * Whether the house is open on each of `days` dates from `from`, and when: opening hours minus
 * closures and (if so set) public holidays. Loads hours and closures once for the whole range.
 */
export function dayStatuses(db: Db, from: string, days: number): DayStatus[] {
  const to = addDays(from, days - 1);
  const closures = closuresBetween(db, from, to);
  const closedOnHolidays = getBuilding(db).closedOnHolidays;
  const holidays = new Map<string, string>();
  if (closedOnHolidays) {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
      for (const h of dutchHolidays(y)) holidays.set(h.date, h.name);
  }
  const hours = { open: getHours(db, 'open'), beheerder: getHours(db, 'beheerder') };
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    const weekday = isoWeekday(date);
    const closedBecause =
      closures.find((c) => c.startDate <= date && date <= c.endDate)?.reason ?? holidays.get(date) ?? null;
    const pick = (kind: 'open' | 'beheerder') =>
      closedBecause ? [] : hours[kind].filter((h) => h.weekday === weekday).map(({ start, end }) => ({ start, end }));
    return { date, weekday, open: pick('open'), beheerder: pick('beheerder'), closedBecause };
  });
}

function closureOrThrow(db: Db, closureId: number): Closure {
  const row = db.prepare(`SELECT ${CLOSURE_COLUMNS} FROM closures WHERE id = ?`).get(closureId) as Closure | undefined;
  if (!row)
    throw new ApiError(
      'NOT_FOUND',
      msg('Deze sluiting bestaat niet (meer).', 'This closure does not exist (any more).'),
    );
  return row;
}

const dayInput = z.object({
  date: isoDate,
  days: z.number().int().min(1).max(42, msg('Hoogstens 42 dagen.', 'At most 42 days.')).default(1),
});

export const buildingMethods = {
  'building.get': method({
    description: 'Het profiel van het huis: naam, adres, gebied en welzijnsaanbieder, wijken, beheervorm.',
    access: ALL_ROLES,
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => getBuilding(db),
  }),
  'building.update': method({
    description: 'Wijzigt het profiel van het huis.',
    access: ['beheerder'],
    mode: 'write',
    input: buildingProfile,
    handler: ({ db, audit }, input) => {
      const { welfareProvider: _, ...before } = getBuilding(db);
      saveBuilding(db, input);
      audit({ entity: 'building', entityId: 1, summary: describeChanges(before, input, BUILDING_LABELS) });
      return getBuilding(db);
    },
  }),
  'hours.get': method({
    description: 'De openingstijden en de uren van de sociaal beheerder per weekdag (1 = maandag).',
    access: ALL_ROLES,
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => ({ open: getHours(db, 'open'), beheerder: getHours(db, 'beheerder') }),
  }),
  'hours.set': method({
    description:
      'Vervangt de openingstijden (kind "open") of de uren van de beheerder (kind "beheerder") door de gegeven tijdvakken.',
    access: ['beheerder'],
    mode: 'write',
    input: setHoursInput,
    handler: ({ db, audit }, { kind, intervals }) => {
      const before = getHours(db, kind);
      setHours(db, kind, intervals);
      const fmt = (xs: HoursInterval[]) => xs.map((x) => `${x.weekday}:${x.start}-${x.end}`).join(', ') || 'geen';
      audit({ entity: 'hours', entityId: kind, summary: `${kind}: ${fmt(before)} → ${fmt(intervals)}` });
      return getHours(db, kind);
    },
  }),
  'closures.list': method({
    description: 'Sluitingen (periodes met een reden) die de gegeven periode raken.',
    access: ALL_ROLES,
    mode: 'read',
    input: dateRange,
    handler: ({ db }, { from, to }) => closuresBetween(db, from, to),
  }),
  'closures.create': method({
    description: 'Legt een sluiting vast (van–tot, met reden).',
    access: ['beheerder'],
    mode: 'write',
    input: closureInput,
    handler: ({ db }, input) => closureOrThrow(db, insertClosure(db, input)),
  }),
  'closures.update': method({
    description: 'Wijzigt een sluiting.',
    access: ['beheerder'],
    mode: 'write',
    input: closureUpdate,
    handler: ({ db, audit }, input) => {
      const before = closureOrThrow(db, input.id);
      db.prepare('UPDATE closures SET start_date = ?, end_date = ?, reason = ? WHERE id = ?').run(
        input.startDate,
        input.endDate,
        input.reason,
        input.id,
      );
      const after = closureOrThrow(db, input.id);
      audit({
        entity: 'closures',
        entityId: input.id,
        summary: describeChanges({ ...before }, { ...after }, CLOSURE_LABELS),
      });
      return after;
    },
  }),
  'closures.delete': method({
    description: 'Verwijdert een sluiting.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const before = closureOrThrow(db, input.id);
      db.prepare('DELETE FROM closures WHERE id = ?').run(input.id);
      audit({
        entity: 'closures',
        entityId: input.id,
        summary: `Verwijderd: ${before.startDate} t/m ${before.endDate} (${before.reason})`,
      });
      return { id: input.id };
    },
  }),
  'calendar.holidays': method({
    description: 'De Nederlandse feestdagen van een jaar.',
    access: ALL_ROLES,
    mode: 'read',
    input: yearInput,
    handler: (_ctx, { year }) => dutchHolidays(year),
  }),
  'calendar.days': method({
    description:
      'Per dag vanaf een datum: open of gesloten (en waarom), de openingstijden en de uren van de beheerder.',
    access: ALL_ROLES,
    mode: 'read',
    input: dayInput,
    handler: ({ db }, { date, days }) => dayStatuses(db, date, days),
  }),
};
