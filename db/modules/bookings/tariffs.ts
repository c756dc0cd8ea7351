import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { emptyInput, id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { tariffCategoryInput, tariffCategoryUpdate, tariffInput, tariffUpdate } from './schemas';
import { clockMinutes, formatCents, formatDateNl, minutesBetween } from '../../platform/clock';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import type { Renter } from './renters';

export interface TariffCategory {
  id: number;
  name: string;
  description: string;
  free: boolean;
  active: boolean;
}

export interface Tariff {
  id: number;
  categoryId: number;
  categoryName: string;
  roomId: number | null;
  roomName: string | null;
  validFrom: string;
  hourlyCents: number;
  daypartCents: number | null;
  vatPercent: number;
}

/** How a change to a tariff category reads in the audit log. */
const CATEGORY_LABELS = {
  name: 'Naam',
  description: { label: 'Omschrijving', onlyMention: true },
  free: 'Gratis',
  active: 'Actief',
} satisfies { [K in keyof TariffCategory]?: FieldLabel<TariffCategory[K]> };

/** How a change to a tariff reads in the audit log: category and room by name (names are unique), so not their ids. */
const TARIFF_LABELS = {
  categoryName: { label: 'Categorie', show: String },
  roomName: { label: 'Ruimte', show: (v) => v ?? 'alle ruimtes' },
  validFrom: { label: 'Geldig vanaf', show: formatDateNl },
  hourlyCents: { label: 'Uurtarief', show: formatCents },
  daypartCents: { label: 'Dagdeeltarief', show: (v) => (v === null ? '(geen)' : formatCents(v)) },
  vatPercent: { label: 'Btw', show: (v) => `${v} %` },
} satisfies { [K in keyof Tariff]?: FieldLabel<Tariff[K]> };

const TARIFF_SELECT = `SELECT t.id, t.category_id AS categoryId, c.name AS categoryName, t.room_id AS roomId, r.name AS roomName,
  t.valid_from AS validFrom, t.hourly_cents AS hourlyCents, t.daypart_cents AS daypartCents, t.vat_percent AS vatPercent
  FROM tariffs t JOIN tariff_categories c ON c.id = t.category_id LEFT JOIN rooms r ON r.id = t.room_id`;

export function listCategories(db: Db): TariffCategory[] {
  return (
    db
      .prepare('SELECT id, name, description, free, active FROM tariff_categories ORDER BY active DESC, name')
      .all() as Record<string, unknown>[]
  ).map((r) => ({ ...(r as unknown as TariffCategory), free: r.free === 1, active: r.active === 1 }));
}

export function insertCategory(db: Db, c: z.output<typeof tariffCategoryInput>): number {
  if (db.prepare('SELECT 1 FROM tariff_categories WHERE name = ?').get(c.name))
    throw ApiError.field(
      'name',
      msg('Er is al een categorie met deze naam.', 'There is already a category with this name.'),
    );
  return Number(
    db
      .prepare('INSERT INTO tariff_categories (name, description, free) VALUES (?, ?, ?)')
      .run(c.name, c.description, c.free ? 1 : 0).lastInsertRowid,
  );
}

function checkTariff(db: Db, t: z.output<typeof tariffInput>, exceptId = 0): void {
  if (!db.prepare('SELECT 1 FROM tariff_categories WHERE id = ?').get(t.categoryId))
    throw ApiError.field(
      'categoryId',
      msg('Kies een bestaande tariefcategorie.', 'Choose an existing tariff category.'),
    );
  if (t.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(t.roomId))
    throw ApiError.field('roomId', msg('Kies een bestaande ruimte.', 'Choose an existing room.'));
  if (
    db
      .prepare('SELECT 1 FROM tariffs WHERE category_id = ? AND room_id IS ? AND valid_from = ? AND id <> ?')
      .get(t.categoryId, t.roomId, t.validFrom, exceptId)
  ) {
    throw ApiError.field(
      'validFrom',
      msg(
        'Voor deze categorie en ruimte is er al een tarief vanaf deze datum.',
        'This category and room already have a tariff from this date.',
      ),
    );
  }
}

export function insertTariff(db: Db, t: z.output<typeof tariffInput>): number {
  checkTariff(db, t);
  return Number(
    db
      .prepare(
        'INSERT INTO tariffs (category_id, room_id, valid_from, hourly_cents, daypart_cents, vat_percent) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(t.categoryId, t.roomId, t.validFrom, t.hourlyCents, t.daypartCents, t.vatPercent).lastInsertRowid,
  );
}

function getTariff(db: Db, tariffId: number): Tariff {
  const row = db.prepare(`${TARIFF_SELECT} WHERE t.id = ?`).get(tariffId) as Tariff | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Dit tarief bestaat niet.', 'This tariff does not exist.'));
  return row;
}

/** The rate that applies on a date: the room's own rate if it has one, else the rate for every room. */
export function tariffOn(db: Db, categoryId: number, roomId: number, date: string): Tariff | null {
  const find = (room: number | null) =>
    db
      .prepare(
        `${TARIFF_SELECT} WHERE t.category_id = ? AND t.room_id IS ? AND t.valid_from <= ? ORDER BY t.valid_from DESC LIMIT 1`,
      )
      .get(categoryId, room, date) as Tariff | undefined;
  return find(roomId) ?? find(null) ?? null;
}

/** Day parts for the day-part rate: morning until 13:00, afternoon until 18:00, evening after. */
const DAYPARTS = [
  [0, 13 * 60],
  [13 * 60, 18 * 60],
  [18 * 60, 24 * 60],
] as const;

/** How many day parts the wall-clock span touches, across days. */
export function daypartsTouched(from: string, to: string): number {
  let count = 0;
  for (
    let day = from.slice(0, 10);
    day <= to.slice(0, 10);
    day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  ) {
    const startMin = day === from.slice(0, 10) ? clockMinutes(from.slice(11)) : 0;
    const endMin = day === to.slice(0, 10) ? clockMinutes(to.slice(11)) : 24 * 60;
    count += DAYPARTS.filter(([a, b]) => startMin < b && endMin > a).length;
  }
  return count;
}

export interface Price {
  cents: number;
  vatPercent: number;
  note: string;
  /** Set when no rate applies and the price is therefore zero. */
  missingTariff: boolean;
}

/**
 * The price of occupying rooms from `from` to `to` (setup and teardown included): per room the hourly
 * rate, or the day-part rate where that is cheaper; free categories and exemptions pay nothing;
 * a manual discount comes off the total.
 */
export function priceFor(
  db: Db,
  renter: Pick<Renter, 'tariffCategoryId'>,
  roomIds: number[],
  from: string,
  to: string,
  exemption: string,
  discountCents: number,
): Price {
  const category = db.prepare('SELECT name, free FROM tariff_categories WHERE id = ?').get(renter.tariffCategoryId) as {
    name: string;
    free: number;
  };
  if (category.free) return { cents: 0, vatPercent: 0, note: `Gratis: ${category.name}`, missingTariff: false };
  if (exemption) return { cents: 0, vatPercent: 0, note: `Vrijgesteld: ${exemption}`, missingTariff: false };
  const hours = minutesBetween(from, to) / 60;
  const parts = daypartsTouched(from, to);
  let total = 0;
  let vat = 0;
  const notes: string[] = [];
  let missing = false;
  for (const roomId of roomIds) {
    const t = tariffOn(db, renter.tariffCategoryId, roomId, from.slice(0, 10));
    if (!t) {
      missing = true;
      continue;
    }
    const byHour = Math.round(t.hourlyCents * hours);
    const byPart = t.daypartCents === null ? Infinity : t.daypartCents * parts;
    const cents = Math.min(byHour, byPart);
    total += cents;
    vat = Math.max(vat, t.vatPercent);
    notes.push(
      byPart < byHour
        ? `${parts} ${parts === 1 ? 'dagdeel' : 'dagdelen'} × ${formatCents(t.daypartCents!)}`
        : `${hours.toLocaleString('nl-NL')} uur × ${formatCents(t.hourlyCents)}`,
    );
  }
  const cents = Math.max(0, total - discountCents);
  if (discountCents > 0) notes.push(`korting ${formatCents(Math.min(discountCents, total))}`);
  return { cents, vatPercent: vat, note: notes.join(' + ') || 'Geen tarief', missingTariff: missing };
}

export const tariffMethods = {
  'tariffs.categories': method({
    description: 'De tariefcategorieën (bijvoorbeeld gratis voor bewonersinitiatieven, sociaal tarief, commercieel).',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => listCategories(db),
  }),
  'tariffs.createCategory': method({
    description: 'Voegt een tariefcategorie toe.',
    access: ['beheerder'],
    mode: 'write',
    input: tariffCategoryInput,
    handler: ({ db }, input) => {
      const categoryId = insertCategory(db, input);
      return listCategories(db).find((c) => c.id === categoryId)!;
    },
  }),
  'tariffs.updateCategory': method({
    description: 'Wijzigt een tariefcategorie.',
    access: ['beheerder'],
    mode: 'write',
    input: tariffCategoryUpdate,
    handler: ({ db, audit }, input) => {
      const before = listCategories(db).find((c) => c.id === input.id);
      if (!before)
        throw new ApiError('NOT_FOUND', msg('Deze categorie bestaat niet.', 'This category does not exist.'));
      if (db.prepare('SELECT 1 FROM tariff_categories WHERE name = ? AND id <> ?').get(input.name, input.id))
        throw ApiError.field(
          'name',
          msg('Er is al een categorie met deze naam.', 'There is already a category with this name.'),
        );
      db.prepare('UPDATE tariff_categories SET name = ?, description = ?, free = ?, active = ? WHERE id = ?').run(
        input.name,
        input.description,
        input.free ? 1 : 0,
        input.active ? 1 : 0,
        input.id,
      );
      const after = listCategories(db).find((c) => c.id === input.id)!;
      audit({
        entity: 'tariffs',
        entityId: `categorie-${input.id}`,
        summary: describeChanges({ ...before }, { ...after }, CATEGORY_LABELS),
      });
      return after;
    },
  }),
  'tariffs.list': method({
    description: 'Alle tarieven: per categorie en ruimte (of voor alle ruimtes), met ingangsdatum.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) =>
      db.prepare(`${TARIFF_SELECT} ORDER BY c.name, r.name NULLS FIRST, t.valid_from DESC`).all() as Tariff[],
  }),
  'tariffs.create': method({
    description: 'Voegt een tarief toe (uurtarief, optioneel dagdeeltarief, btw), geldig vanaf een datum.',
    access: ['beheerder'],
    mode: 'write',
    input: tariffInput,
    handler: ({ db }, input) => getTariff(db, insertTariff(db, input)),
  }),
  'tariffs.update': method({
    description: 'Wijzigt een tarief. Bestaande boekingen houden hun prijs.',
    access: ['beheerder'],
    mode: 'write',
    input: tariffUpdate,
    handler: ({ db, audit }, input) => {
      const { id: tariffId, ...fields } = input;
      const before = getTariff(db, tariffId);
      checkTariff(db, fields, tariffId);
      db.prepare(
        'UPDATE tariffs SET category_id = ?, room_id = ?, valid_from = ?, hourly_cents = ?, daypart_cents = ?, vat_percent = ? WHERE id = ?',
      ).run(
        fields.categoryId,
        fields.roomId,
        fields.validFrom,
        fields.hourlyCents,
        fields.daypartCents,
        fields.vatPercent,
        tariffId,
      );
      const after = getTariff(db, tariffId);
      audit({
        entity: 'tariffs',
        entityId: tariffId,
        summary: describeChanges({ ...before }, { ...after }, TARIFF_LABELS),
      });
      return after;
    },
  }),
  'tariffs.delete': method({
    description: 'Verwijdert een tarief. Bestaande boekingen houden hun prijs.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const t = getTariff(db, input.id);
      db.prepare('DELETE FROM tariffs WHERE id = ?').run(input.id);
      audit({
        entity: 'tariffs',
        entityId: input.id,
        summary: `Tarief verwijderd: ${t.categoryName}, ${t.roomName ?? 'alle ruimtes'}, vanaf ${t.validFrom}`,
      });
      return { id: input.id };
    },
  }),
};
