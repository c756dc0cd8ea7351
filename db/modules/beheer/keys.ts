import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import {
  handoutInput,
  keyInput,
  keyUpdate,
  returnInput,
  type HOLDER_KINDS,
  type KEY_KINDS,
  type KEY_STATUSES,
} from './schemas';
import { z } from '../../contract/zod';
import { id } from '../../contract/fields';
import { localDate, type Clock } from '../../platform/clock';
import { describeChanges, personRef } from '../../contract/audit';
import { msg } from '../../platform/messages';

export interface Handout {
  id: number;
  keyId: number;
  keyLabel: string;
  keyKind: (typeof KEY_KINDS)[number];
  holderKind: (typeof HOLDER_KINDS)[number];
  holderName: string;
  renterId: number | null;
  handedOutOn: string;
  handedOutBy: string;
  returnedOn: string | null;
  returnedTo: string | null;
  lostOn: string | null;
  notes: string;
}

export interface KeyItem {
  id: number;
  kind: (typeof KEY_KINDS)[number];
  label: string;
  code: string;
  notes: string;
  status: (typeof KEY_STATUSES)[number];
  holder: Handout | null;
}

const HANDOUT = `SELECT h.id, h.key_id AS keyId, k.label AS keyLabel, k.kind AS keyKind, h.holder_kind AS holderKind, h.holder_name AS holderName,
  h.renter_id AS renterId, h.handed_out_on AS handedOutOn, h.handed_out_by AS handedOutBy, h.returned_on AS returnedOn, h.returned_to AS returnedTo,
  h.lost_on AS lostOn, h.notes FROM key_handouts h JOIN key_items k ON k.id = h.key_id`;

function openHandout(db: Db, keyId: number): Handout | null {
  return (
    (db.prepare(`${HANDOUT} WHERE h.key_id = ? AND h.returned_on IS NULL AND h.lost_on IS NULL`).get(keyId) as
      Handout | undefined) ?? null
  );
}

export function listKeys(db: Db): KeyItem[] {
  const rows = db
    .prepare(
      "SELECT id, kind, label, code, notes, status FROM key_items ORDER BY CASE kind WHEN 'sleutel' THEN 1 WHEN 'pas' THEN 2 ELSE 3 END, label",
    )
    .all() as Omit<KeyItem, 'holder'>[];
  return rows.map((k) => ({ ...k, holder: openHandout(db, k.id) }));
}

function getKey(db: Db, keyId: number): KeyItem {
  const key = listKeys(db).find((k) => k.id === keyId);
  if (!key) throw ApiError.field('keyId', msg('Deze sleutel bestaat niet.', 'This key does not exist.'));
  return key;
}

export function insertKey(db: Db, k: z.output<typeof keyInput>): number {
  if (db.prepare('SELECT 1 FROM key_items WHERE kind = ? AND label = ?').get(k.kind, k.label))
    throw ApiError.field('label', msg('Er is er al een met deze naam.', 'There already is one with this name.'));
  return Number(
    db
      .prepare('INSERT INTO key_items (kind, label, code, notes) VALUES (?, ?, ?, ?)')
      .run(k.kind, k.label, k.code, k.notes).lastInsertRowid,
  );
}

export function handOut(db: Db, clock: Clock, input: z.output<typeof handoutInput>, by: string): number {
  const key = getKey(db, input.keyId);
  if (key.status !== 'beschikbaar')
    throw ApiError.field(
      'keyId',
      msg(
        `${key.label} is ${key.status === 'verloren' ? 'verloren' : 'buiten gebruik'} en kan niet worden uitgegeven.`,
        `${key.label} is ${key.status === 'verloren' ? 'lost' : 'out of use'} and cannot be handed out.`,
      ),
    );
  if (key.holder)
    throw ApiError.field(
      'keyId',
      msg(
        `${key.label} is al uitgegeven aan ${key.holder.holderName} (sinds ${key.holder.handedOutOn}). Neem hem eerst in.`,
        `${key.label} is already handed out to ${key.holder.holderName} (since ${key.holder.handedOutOn}). Take it back first.`,
      ),
    );
  if (input.handedOutOn > localDate(clock.now()))
    throw ApiError.field(
      'handedOutOn',
      msg('De datum van uitgifte kan niet in de toekomst liggen.', 'The hand-out date cannot be in the future.'),
    );
  if (input.renterId !== null) {
    const renter = db.prepare('SELECT key_rights AS k FROM renters WHERE id = ?').get(input.renterId) as
      { k: number } | undefined;
    if (!renter) throw ApiError.field('renterId', msg('Deze huurder bestaat niet.', 'This renter does not exist.'));
    if (!renter.k)
      throw ApiError.field(
        'renterId',
        msg(
          'Deze huurder heeft geen sleutelrecht. Geef dat eerst bij de huurder aan.',
          'This renter has no key rights. Set that first on the renter.',
        ),
      );
  }
  return Number(
    db
      .prepare(
        'INSERT INTO key_handouts (key_id, holder_kind, holder_name, renter_id, handed_out_on, handed_out_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(input.keyId, input.holderKind, input.holderName, input.renterId, input.handedOutOn, by, input.notes)
      .lastInsertRowid,
  );
}

export const keyMethods = {
  'keys.list': method({
    description:
      'Sleutels, passen en alarmcodes met wie ze nu heeft (van een alarmcode alleen wie hem kent, nooit de code).',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => listKeys(db),
  }),
  'keys.history': method({
    description: 'De uitgiftegeschiedenis: van één sleutel, of van één houder (op naam).',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z
      .object({ keyId: id.nullable().default(null), holderName: z.string().trim().max(120).default('') })
      .default({ keyId: null, holderName: '' }),
    handler: ({ db }, q) =>
      db
        .prepare(
          `${HANDOUT} WHERE (? IS NULL OR h.key_id = ?) AND (? = '' OR h.holder_name = ? COLLATE NOCASE) ORDER BY h.handed_out_on DESC, h.id DESC`,
        )
        .all(q.keyId, q.keyId, q.holderName, q.holderName) as Handout[],
  }),
  'keys.holderNames': method({
    description:
      'De namen die een boeking als sleutelhouder kan krijgen: wie nu een sleutel of pas heeft (geen alarmcode) en de contactpersonen van huurders met sleutelrecht, op naam.',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => {
      const holders = db
        .prepare(
          `SELECT DISTINCT h.holder_name AS name FROM key_handouts h JOIN key_items k ON k.id = h.key_id
           WHERE h.returned_on IS NULL AND h.lost_on IS NULL AND k.kind <> 'alarmcode'`,
        )
        .pluck()
        .all() as string[];
      const renters = (
        db
          .prepare('SELECT name, contact_person AS contactPerson FROM renters WHERE key_rights = 1 AND active = 1')
          .all() as { name: string; contactPerson: string }[]
      ).map((r) => (r.contactPerson ? `${r.contactPerson} (${r.name})` : r.name));
      return [...new Set([...holders, ...renters])].sort((a, b) => a.localeCompare(b, 'nl'));
    },
  }),
  'keys.holders': method({
    description: 'Wie nu sleutels, passen of alarmcodes heeft, per persoon; en huurders met sleutelrecht.',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => {
      const open = db
        .prepare(
          `${HANDOUT} WHERE h.returned_on IS NULL AND h.lost_on IS NULL ORDER BY h.holder_name COLLATE NOCASE, k.label`,
        )
        .all() as Handout[];
      const byHolder = new Map<string, { holderName: string; holderKind: Handout['holderKind']; keys: Handout[] }>();
      for (const h of open) {
        const entry = byHolder.get(h.holderName.toLowerCase()) ?? {
          holderName: h.holderName,
          holderKind: h.holderKind,
          keys: [],
        };
        entry.keys.push(h);
        byHolder.set(h.holderName.toLowerCase(), entry);
      }
      const rentersWithKeyRights = db
        .prepare(
          'SELECT id, name, contact_person AS contactPerson FROM renters WHERE key_rights = 1 AND active = 1 ORDER BY name',
        )
        .all() as { id: number; name: string; contactPerson: string }[];
      return { holders: [...byHolder.values()], rentersWithKeyRights };
    },
  }),
  'keys.create': method({
    description: 'Voegt een sleutel, pas of alarmcode toe (van een alarmcode wordt de code zelf nooit opgeslagen).',
    access: ['beheerder'],
    mode: 'write',
    input: keyInput,
    handler: ({ db }, input) => getKey(db, insertKey(db, input)),
  }),
  'keys.update': method({
    description: 'Wijzigt een sleutel, of zet hem buiten gebruik.',
    access: ['beheerder'],
    mode: 'write',
    input: keyUpdate,
    handler: ({ db, audit }, input) => {
      const before = getKey(db, input.id);
      if (
        db
          .prepare('SELECT 1 FROM key_items WHERE kind = ? AND label = ? AND id <> ?')
          .get(input.kind, input.label, input.id)
      )
        throw ApiError.field('label', msg('Er is er al een met deze naam.', 'There already is one with this name.'));
      db.prepare('UPDATE key_items SET kind = ?, label = ?, code = ?, notes = ?, status = ? WHERE id = ?').run(
        input.kind,
        input.label,
        input.code,
        input.notes,
        input.status,
        input.id,
      );
      const after = getKey(db, input.id);
      const pick = (k: typeof before) => ({
        kind: k.kind,
        label: k.label,
        code: k.code,
        status: k.status,
        notes: k.notes,
      });
      audit({
        entity: 'keys',
        entityId: input.id,
        summary: `${after.label}: ${describeChanges(pick(before), pick(after), {
          kind: { label: 'Soort', show: String },
          label: 'Naam',
          code: 'Nummer',
          status: { label: 'Status', show: (v) => v.replace('_', ' ') },
          notes: { label: 'Notities', onlyMention: true },
        })}`,
      });
      return after;
    },
  }),
  'keys.handOut': method({
    description:
      'Geeft een sleutel, pas of alarmcode uit aan een huurder met sleutelrecht, een vrijwilliger, een medewerker of iemand anders.',
    access: ['beheerder'],
    mode: 'write',
    input: handoutInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const handoutId = handOut(db, clock, input, actor!.name);
      audit({
        entity: 'keys',
        entityId: input.keyId,
        // The holder by the handout's number: a name in the log would outlive erasing the handout (privacy register).
        summary: `Uitgegeven (${personRef('uitgifte', handoutId)}) aan ${input.holderKind === 'anders' ? 'iemand anders' : `een ${input.holderKind}`} op ${input.handedOutOn}`,
      });
      return { ...getKey(db, input.keyId), handoutId };
    },
  }),
  'keys.return': method({
    description: 'Neemt een uitgegeven sleutel in, of meldt hem als verloren.',
    access: ['beheerder'],
    mode: 'write',
    input: returnInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const key = getKey(db, input.keyId);
      if (!key.holder)
        throw ApiError.field(
          'keyId',
          msg(
            `${key.label} is niet uitgegeven, dus kan ook niet worden ingenomen.`,
            `${key.label} is not handed out, so it cannot be taken back either.`,
          ),
        );
      if (input.returnedOn < key.holder.handedOutOn)
        throw ApiError.field(
          'returnedOn',
          msg(
            `Ingenomen voor de uitgifte (${key.holder.handedOutOn})? Controleer de datum.`,
            `Taken back before it was handed out (${key.holder.handedOutOn})? Check the date.`,
          ),
        );
      if (input.returnedOn > localDate(clock.now()))
        throw ApiError.field(
          'returnedOn',
          msg('De datum kan niet in de toekomst liggen.', 'The date cannot be in the future.'),
        );
      if (input.lost) {
        db.prepare('UPDATE key_handouts SET lost_on = ?, notes = trim(notes || ? ) WHERE id = ?').run(
          input.returnedOn,
          input.notes ? ` ${input.notes}` : '',
          key.holder.id,
        );
        db.prepare("UPDATE key_items SET status = 'verloren' WHERE id = ?").run(key.id);
      } else {
        db.prepare(
          'UPDATE key_handouts SET returned_on = ?, returned_to = ?, notes = trim(notes || ?) WHERE id = ?',
        ).run(input.returnedOn, actor!.name, input.notes ? ` ${input.notes}` : '', key.holder.id);
      }
      audit({
        entity: 'keys',
        entityId: key.id,
        summary: `${input.lost ? 'Verloren gemeld' : 'Ingenomen'} (${personRef('uitgifte', key.holder.id)}) op ${input.returnedOn}`,
      });
      return getKey(db, key.id);
    },
  }),
};

/**
 * Who holds a key or pass of the building on a date, by the register: handed out on or before it and not yet
 * returned or lost by then. An alarm code opens no door, so it does not count.
 */
export function keyHoldersOn(db: Db, date: string): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT h.holder_name AS name FROM key_handouts h JOIN key_items k ON k.id = h.key_id
         WHERE k.kind IN ('sleutel', 'pas') AND h.handed_out_on <= ?
           AND (h.returned_on IS NULL OR h.returned_on > ?) AND (h.lost_on IS NULL OR h.lost_on > ?)`,
      )
      .all(date, date, date) as { name: string }[]
  ).map((r) => r.name);
}
