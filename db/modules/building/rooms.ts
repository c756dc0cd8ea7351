import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { roomId, roomInput, roomList, roomUpdate } from './roomSchemas';
import type { z } from '../../contract/zod';
import { ALL_ROLES } from '../../contract/roles';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import { archiveMethods } from '../../contract/archiving';

type RoomFields = z.output<typeof roomInput>;

export interface Room extends RoomFields {
  id: number;
  active: boolean;
  maxCapacity: number;
}

/** How a change to a room reads in the audit log. */
const ROOM_LABELS = {
  name: 'Naam',
  description: { label: 'Omschrijving', onlyMention: true },
  floor: 'Verdieping',
  areaM2: { label: 'Oppervlakte', show: (v) => (v === null ? '(leeg)' : `${v} m²`) },
  layouts: {
    label: 'Opstellingen',
    show: (v) => v.map((l) => `${l.layout} (${l.capacity} personen)`).join(', ') || '(geen)',
  },
  facilities: 'Voorzieningen',
  wheelchairAccessible: 'Rolstoeltoegankelijk',
  changeoverMinutes: { label: 'Tijd tussen boekingen', show: (v) => `${v} min` },
  color: { label: 'Kleur', show: String },
} satisfies { [K in keyof RoomFields]?: FieldLabel<RoomFields[K]> };

export function getRoom(db: Db, roomIdValue: number): Room {
  const row = db.prepare('SELECT * FROM rooms WHERE id = ?').get(roomIdValue) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze ruimte bestaat niet.', 'This room does not exist.'));
  return toRoom(db, row);
}

export function listRooms(db: Db, includeArchived: boolean): Room[] {
  const rows = db
    .prepare(`SELECT * FROM rooms ${includeArchived ? '' : 'WHERE active = 1'} ORDER BY active DESC, sort_order, name`)
    .all() as Record<string, unknown>[];
  return rows.map((r) => toRoom(db, r));
}

function toRoom(db: Db, row: Record<string, unknown>): Room {
  const layouts = db
    .prepare('SELECT layout, capacity FROM room_layouts WHERE room_id = ? ORDER BY capacity DESC, layout')
    .all(row.id) as Room['layouts'];
  return {
    id: row.id as number,
    name: row.name as string,
    description: row.description as string,
    floor: row.floor as string,
    areaM2: (row.area_m2 as number | null) ?? null,
    layouts,
    facilities: JSON.parse(row.facilities as string) as string[],
    wheelchairAccessible: row.wheelchair_accessible === 1,
    changeoverMinutes: row.changeover_minutes as number,
    color: row.color as string,
    active: row.active === 1,
    maxCapacity: layouts.reduce((m, l) => Math.max(m, l.capacity), 0),
  };
}

function assertUniqueName(db: Db, name: string, exceptId = 0): void {
  if (db.prepare('SELECT 1 FROM rooms WHERE name = ? AND id <> ?').get(name, exceptId)) {
    throw ApiError.field('name', msg('Er is al een ruimte met deze naam.', 'There is already a room with this name.'));
  }
}

function writeLayouts(db: Db, id: number, layouts: RoomFields['layouts']): void {
  db.prepare('DELETE FROM room_layouts WHERE room_id = ?').run(id);
  const insert = db.prepare('INSERT INTO room_layouts (room_id, layout, capacity) VALUES (?, ?, ?)');
  for (const l of layouts) insert.run(id, l.layout, l.capacity);
}

const columns = (r: RoomFields) => ({
  name: r.name,
  description: r.description,
  floor: r.floor,
  area: r.areaM2,
  facilities: JSON.stringify(r.facilities),
  wheelchair: r.wheelchairAccessible ? 1 : 0,
  changeover: r.changeoverMinutes,
  color: r.color,
});

export function insertRoom(db: Db, r: RoomFields): number {
  assertUniqueName(db, r.name);
  const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM rooms').get() as { n: number }).n;
  const id = Number(
    db
      .prepare(
        `INSERT INTO rooms (name, description, floor, area_m2, facilities, wheelchair_accessible, changeover_minutes, color, sort_order)
         VALUES (@name, @description, @floor, @area, @facilities, @wheelchair, @changeover, @color, @sort)`,
      )
      .run({ ...columns(r), sort: next }).lastInsertRowid,
  );
  writeLayouts(db, id, r.layouts);
  return id;
}

const roomArchiving = archiveMethods({
  table: 'rooms',
  thisOne: msg('Deze ruimte', 'This room'),
  label: 'Ruimte',
  load: getRoom,
  archiveDescription: 'Archiveert een ruimte: ze verdwijnt uit de keuzelijsten, haar geschiedenis blijft.',
});

export const roomMethods = {
  'rooms.list': method({
    description: 'De ruimtes van het huis; gearchiveerde alleen op verzoek.',
    access: ALL_ROLES,
    mode: 'read',
    input: roomList,
    handler: ({ db }, { includeArchived }) => listRooms(db, includeArchived),
  }),
  'rooms.get': method({
    description: 'Eén ruimte met opstellingen en capaciteit.',
    access: ALL_ROLES,
    mode: 'read',
    input: roomId,
    handler: ({ db }, { id }) => getRoom(db, id),
  }),
  'rooms.create': method({
    description:
      'Voegt een ruimte toe (naam, capaciteit per opstelling, voorzieningen, rolstoeltoegankelijk, wisseltijd, kleur).',
    access: ['beheerder'],
    mode: 'write',
    input: roomInput,
    handler: ({ db, audit }, input) => {
      const room = getRoom(db, insertRoom(db, input));
      audit({ entity: 'rooms', entityId: room.id, summary: `Ruimte "${room.name}" toegevoegd` });
      return room;
    },
  }),
  'rooms.update': method({
    description: 'Wijzigt een ruimte.',
    access: ['beheerder'],
    mode: 'write',
    input: roomUpdate,
    handler: ({ db, audit }, input) => {
      const { id, ...fields } = input;
      const before = getRoom(db, id);
      if (!before.active)
        throw new ApiError(
          'CONFLICT',
          msg(
            'Een gearchiveerde ruimte kun je niet wijzigen. Zet haar eerst terug.',
            'An archived room cannot be changed. Restore it first.',
          ),
        );
      assertUniqueName(db, fields.name, id);
      db.prepare(
        `UPDATE rooms SET name = @name, description = @description, floor = @floor, area_m2 = @area, facilities = @facilities,
           wheelchair_accessible = @wheelchair, changeover_minutes = @changeover, color = @color WHERE id = @id`,
      ).run({ ...columns(fields), id });
      writeLayouts(db, id, fields.layouts);
      const after = getRoom(db, id);
      audit({ entity: 'rooms', entityId: id, summary: describeChanges({ ...before }, { ...after }, ROOM_LABELS) });
      return after;
    },
  }),
  'rooms.archive': roomArchiving.archive,
  'rooms.restore': roomArchiving.restore,
};
