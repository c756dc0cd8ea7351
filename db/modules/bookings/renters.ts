import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { renterInput, renterList, renterUpdate, type RENTER_TYPES } from './schemas';
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

export const renterMethods = {
  'renters.list': method({
    description:
      'Huurders, te zoeken op naam, contactpersoon of e-mail en te filteren op soort; gearchiveerde op verzoek.',
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: renterList,
    handler: ({ db }, q) => {
      const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = db
        .prepare(
          `${SELECT} WHERE (? = '' OR r.name LIKE ? ESCAPE '\\' OR r.contact_person LIKE ? ESCAPE '\\' OR r.email LIKE ? ESCAPE '\\')
           AND (? IS NULL OR r.type = ?) AND (? = 1 OR r.active = 1) ORDER BY r.active DESC, r.name COLLATE NOCASE`,
        )
        .all(q.search, like, like, like, q.type ?? null, q.type ?? null, q.includeArchived ? 1 : 0) as Record<
        string,
        unknown
      >[];
      return rows.map(toRenter);
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
