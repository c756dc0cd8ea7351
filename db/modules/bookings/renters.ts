import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { renterInput, renterList, renterSearch, renterUpdate, type RENTER_TYPES } from './schemas';
import { describeChanges, personRef, type FieldLabel } from '../../contract/audit';
import { archiveMethods } from '../../contract/archiving';
import { localDateTime, type Clock } from '../../platform/clock';

type RenterFields = z.output<typeof renterInput>;

export interface Renter extends RenterFields {
  id: number;
  type: (typeof RENTER_TYPES)[number];
  tariffCategoryName: string;
  active: boolean;
}

const SELECT = `SELECT r.id, r.name, r.type, r.contact_person AS contactPerson, r.phone, r.email, r.invoice_address AS invoiceAddress,
  r.tariff_category_id AS tariffCategoryId, c.name AS tariffCategoryName, r.key_rights AS keyRights, r.notes, r.active
  FROM renters r JOIN tariff_categories c ON c.id = r.tariff_category_id`;

const toRenter = (row: Record<string, unknown>): Renter => ({
  ...(row as unknown as Renter),
  keyRights: row.keyRights === 1,
  active: row.active === 1,
});

/**
 * How a change to a renter reads in the audit log. Name and contact details only as "gewijzigd": a renter may be a
 * resident, and the log should not keep a person's old contact details. The category by name, so not its id.
 */
const RENTER_LABELS = {
  name: { label: 'Naam', personal: true },
  type: { label: 'Soort', show: (v) => v.replace('_', ' ') },
  contactPerson: { label: 'Contactpersoon', personal: true },
  phone: { label: 'Telefoon', personal: true },
  email: { label: 'E-mail', personal: true },
  invoiceAddress: { label: 'Factuuradres', personal: true },
  tariffCategoryName: { label: 'Tariefcategorie', show: String },
  keyRights: 'Sleutelrecht',
  notes: { label: 'Notities', onlyMention: true },
} satisfies { [K in keyof Renter]?: FieldLabel<Renter[K]> };

export function getRenter(db: Db, renterId: number): Renter {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(renterId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field('renterId', msg('Deze huurder bestaat niet.', 'This renter does not exist.'));
  return toRenter(row);
}

function assertCategory(db: Db, categoryId: number): void {
  if (!db.prepare('SELECT 1 FROM tariff_categories WHERE id = ? AND active = 1').get(categoryId)) {
    throw ApiError.field(
      'tariffCategoryId',
      msg('Kies een bestaande tariefcategorie.', 'Choose an existing tariff category.'),
    );
  }
}

export function insertRenter(db: Db, clock: Clock, r: RenterFields): number {
  assertCategory(db, r.tariffCategoryId);
  return Number(
    db
      .prepare(
        `INSERT INTO renters (name, type, contact_person, phone, email, invoice_address, tariff_category_id, key_rights, notes, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.name,
        r.type,
        r.contactPerson,
        r.phone,
        r.email,
        r.invoiceAddress,
        r.tariffCategoryId,
        r.keyRights ? 1 : 0,
        r.notes,
        localDateTime(clock.now()),
      ).lastInsertRowid,
  );
}

const renterArchiving = archiveMethods({
  table: 'renters',
  thisOne: msg('Deze huurder', 'This renter'),
  label: 'Huurder',
  load: getRenter,
  archiveDescription: 'Archiveert een huurder: niet meer te kiezen voor nieuwe boekingen, geschiedenis blijft.',
});

/** What a picker shows of a renter: its name, and what the booking needs to know (category, key, archived). */
export interface RenterChoice {
  id: number;
  name: string;
  tariffCategoryId: number;
  tariffCategoryName: string;
  keyRights: boolean;
  active: boolean;
}

const CHOICE = `SELECT r.id, r.name, r.tariff_category_id AS tariffCategoryId, c.name AS tariffCategoryName, r.key_rights AS keyRights, r.active
  FROM renters r JOIN tariff_categories c ON c.id = r.tariff_category_id`;

const toChoice = (row: Record<string, unknown>): RenterChoice => ({
  ...(row as unknown as RenterChoice),
  keyRights: row.keyRights === 1,
  active: row.active === 1,
});

/** `text` as a LIKE pattern that matches it literally (backslash as the escape). */
const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Renters whose name begins with what is typed first (a range of the name index), then those that have it
 * anywhere in their name, contact person or e-mail (the name index walked in order, stopping at `limit`):
 * a few rows whatever the number of renters.
 */
export function searchRenters(
  db: Db,
  q: { search: string; includeArchived: boolean; limit: number },
): { rows: RenterChoice[]; more: boolean } {
  const text = likeText(q.search);
  const archived = q.includeArchived ? 1 : 0;
  const prefix = (
    q.search === ''
      ? []
      : db
          .prepare(
            `${CHOICE} WHERE r.name LIKE @prefix ESCAPE '\\' AND (@archived = 1 OR r.active = 1)
             ORDER BY r.name COLLATE NOCASE, r.id LIMIT @limit`,
          )
          .all({ prefix: `${text}%`, archived, limit: q.limit + 1 })
  ) as Record<string, unknown>[];
  const rows = prefix.map(toChoice);
  if (rows.length <= q.limit) {
    const seen = new Set(rows.map((r) => r.id));
    const anywhere = db
      .prepare(
        `${CHOICE} WHERE (@search = '' OR r.name LIKE @like ESCAPE '\\' OR r.contact_person LIKE @like ESCAPE '\\' OR r.email LIKE @like ESCAPE '\\')
           AND (@archived = 1 OR r.active = 1)
         ORDER BY r.name COLLATE NOCASE, r.id LIMIT @limit`,
      )
      .all({ search: q.search, like: `%${text}%`, archived, limit: q.limit + 1 + rows.length }) as Record<
      string,
      unknown
    >[];
    for (const row of anywhere) if (!seen.has(row.id as number)) rows.push(toChoice(row));
  }
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit };
}

export const renterMethods = {
  'renters.list': method({
    description:
      'Een pagina huurders op naam (limit, offset; more zegt of er meer zijn), te zoeken op naam, contactpersoon of e-mail en te filteren op soort; gearchiveerde op verzoek.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: renterList,
    handler: ({ db }, q) => {
      const like = `%${likeText(q.search)}%`;
      const rows = db
        .prepare(
          `${SELECT} WHERE (@search = '' OR r.name LIKE @like ESCAPE '\\' OR r.contact_person LIKE @like ESCAPE '\\' OR r.email LIKE @like ESCAPE '\\')
           AND (@type IS NULL OR r.type = @type) AND (@archived = 1 OR r.active = 1)
           ORDER BY r.name COLLATE NOCASE, r.id LIMIT @limit OFFSET @offset`,
        )
        .all({
          search: q.search,
          like,
          type: q.type ?? null,
          archived: q.includeArchived ? 1 : 0,
          limit: q.limit + 1,
          offset: q.offset,
        }) as Record<string, unknown>[];
      return { rows: rows.slice(0, q.limit).map(toRenter), more: rows.length > q.limit };
    },
  }),
  'renters.search': method({
    description:
      'Voor een keuzelijst: hoogstens limit huurders bij wat getypt is (eerst wie zo begint, dan wie het ergens in naam, contactpersoon of e-mail heeft; more zegt of er meer zijn), en de huurders met de gegeven ids (chosen, ook gearchiveerd), met tariefcategorie en sleutelrecht.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: renterSearch,
    handler: ({ db }, q) => {
      const chosen = q.ids.length
        ? (
            db
              .prepare(`${CHOICE} WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.name COLLATE NOCASE`)
              .all(JSON.stringify(q.ids)) as Record<string, unknown>[]
          ).map(toChoice)
        : [];
      return { ...searchRenters(db, q), chosen };
    },
  }),
  'renters.get': method({
    description: 'Eén huurder.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => getRenter(db, input.id),
  }),
  'renters.create': method({
    description: 'Voegt een huurder toe (soort, contact, factuuradres, tariefcategorie, sleutelrecht).',
    access: ['beheerder'],
    mode: 'write',
    input: renterInput,
    handler: ({ db, clock, audit }, input) => {
      const renter = getRenter(db, insertRenter(db, clock, input));
      audit({
        entity: 'renters',
        entityId: renter.id,
        summary: `${personRef('Huurder', renter.id)} (${renter.type}) toegevoegd`,
      });
      return renter;
    },
  }),
  'renters.update': method({
    description: 'Wijzigt een huurder.',
    access: ['beheerder'],
    mode: 'write',
    input: renterUpdate,
    handler: ({ db, audit }, input) => {
      const { id: renterId, ...fields } = input;
      const before = getRenter(db, renterId);
      assertCategory(db, fields.tariffCategoryId);
      db.prepare(
        `UPDATE renters SET name = ?, type = ?, contact_person = ?, phone = ?, email = ?, invoice_address = ?, tariff_category_id = ?,
           key_rights = ?, notes = ? WHERE id = ?`,
      ).run(
        fields.name,
        fields.type,
        fields.contactPerson,
        fields.phone,
        fields.email,
        fields.invoiceAddress,
        fields.tariffCategoryId,
        fields.keyRights ? 1 : 0,
        fields.notes,
        renterId,
      );
      const after = getRenter(db, renterId);
      audit({
        entity: 'renters',
        entityId: renterId,
        summary: describeChanges({ ...before }, { ...after }, RENTER_LABELS),
      });
      return after;
    },
  }),
  'renters.archive': renterArchiving.archive,
  'renters.restore': renterArchiving.restore,
};
