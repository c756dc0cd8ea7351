import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { defectInput, defectQuery, defectUpdate, type DEFECT_PRIORITIES, type DEFECT_STATUSES } from './schemas';
import { formatDateNl, localDate, localDateTime } from '../../platform/clock';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import { msg } from '../../platform/messages';

export interface Defect {
  id: number;
  title: string;
  description: string;
  roomId: number | null;
  roomName: string | null;
  place: string;
  reportedBy: string;
  reportedTo: string;
  priority: (typeof DEFECT_PRIORITIES)[number];
  status: (typeof DEFECT_STATUSES)[number];
  reportedOn: string;
  passedOn: string | null;
  resolvedOn: string | null;
  notes: string;
  ageDays: number;
}

const dateOrEmpty = (v: string | null) => (v === null ? '(leeg)' : formatDateNl(v));

/** How a change to a defect reads in the audit log (what a defect update can change). */
const DEFECT_LABELS = {
  status: { label: 'Status', show: (v) => v.replace('_', ' ') },
  priority: { label: 'Prioriteit', show: String },
  reportedTo: 'Doorgegeven aan',
  passedOn: { label: 'Doorgegeven op', show: dateOrEmpty },
  resolvedOn: { label: 'Opgelost op', show: dateOrEmpty },
  notes: { label: 'Notities', onlyMention: true },
} satisfies { [K in keyof Defect]?: FieldLabel<Defect[K]> };

const SELECT = `SELECT d.id, d.title, d.description, d.room_id AS roomId, r.name AS roomName, d.place, d.reported_by AS reportedBy, d.reported_to AS reportedTo,
  d.priority, d.status, d.reported_on AS reportedOn, d.passed_on AS passedOn, d.resolved_on AS resolvedOn, d.notes,
  CAST(julianday(coalesce(d.resolved_on, @today)) - julianday(d.reported_on) AS INTEGER) AS ageDays
  FROM defects d LEFT JOIN rooms r ON r.id = d.room_id`;
const PRIORITY_ORDER = "CASE d.priority WHEN 'urgent' THEN 1 WHEN 'hoog' THEN 2 WHEN 'normaal' THEN 3 ELSE 4 END";

/** A defect's age counts up to `today` while it is open. */
export function getDefect(db: Db, defectId: number, today: string): Defect {
  const row = db.prepare(`${SELECT} WHERE d.id = @id`).get({ id: defectId, today }) as Defect | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze storing bestaat niet.', 'This defect does not exist.'));
  return row;
}

/** Open defects, oldest first within each priority: what has waited longest is on top. */
export function openDefects(db: Db, today: string): Defect[] {
  return db
    .prepare(`${SELECT} WHERE d.status <> 'opgelost' ORDER BY ${PRIORITY_ORDER}, d.reported_on, d.id`)
    .all({ today }) as Defect[];
}

export const defectMethods = {
  'defects.list': method({
    description: 'Storingen en onderhoud: de open meldingen op prioriteit en leeftijd, opgeloste op verzoek.',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: defectQuery,
    handler: ({ db, clock }, q) => {
      const today = localDate(clock.now());
      return q.includeResolved
        ? (db
            .prepare(`${SELECT} ORDER BY d.status = 'opgelost', ${PRIORITY_ORDER}, d.reported_on DESC`)
            .all({ today }) as Defect[])
        : openDefects(db, today);
    },
  }),
  'defects.create': method({
    description: 'Meldt een storing of onderhoudspunt (wat, waar, door wie, prioriteit).',
    access: ['beheerder', 'balie'],
    mode: 'write',
    input: defectInput,
    handler: ({ db, clock, audit }, input) => {
      const now = localDateTime(clock.now());
      if (input.reportedOn > now.slice(0, 10))
        throw ApiError.field(
          'reportedOn',
          msg('De meldingsdatum kan niet in de toekomst liggen.', 'The report date cannot be in the future.'),
        );
      if (input.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(input.roomId))
        throw ApiError.field('roomId', msg('Kies een bestaande ruimte.', 'Choose an existing room.'));
      const defectId = Number(
        db
          .prepare(
            `INSERT INTO defects (title, description, room_id, place, reported_by, reported_to, priority, reported_on, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.title,
            input.description,
            input.roomId,
            input.place,
            input.reportedBy,
            input.reportedTo,
            input.priority,
            input.reportedOn,
            input.notes,
            now,
          ).lastInsertRowid,
      );
      audit({ entity: 'defects', entityId: defectId, summary: `Storing gemeld: ${input.title} (${input.priority})` });
      return getDefect(db, defectId, now.slice(0, 10));
    },
  }),
  'defects.update': method({
    description: 'Werkt een storing bij: doorgegeven aan wie en wanneer, status, opgelost op.',
    access: ['beheerder'],
    mode: 'write',
    input: defectUpdate,
    handler: ({ db, clock, audit }, input) => {
      const today = localDate(clock.now());
      const before = getDefect(db, input.id, today);
      if (input.passedOn && input.passedOn < before.reportedOn)
        throw ApiError.field(
          'passedOn',
          msg('Doorgegeven voor de melding? Controleer de datum.', 'Passed on before it was reported? Check the date.'),
        );
      if (input.resolvedOn && input.resolvedOn < before.reportedOn)
        throw ApiError.field(
          'resolvedOn',
          msg('Opgelost voor de melding? Controleer de datum.', 'Resolved before it was reported? Check the date.'),
        );
      db.prepare(
        'UPDATE defects SET status = ?, reported_to = ?, passed_on = ?, resolved_on = ?, priority = ?, notes = ? WHERE id = ?',
      ).run(
        input.status,
        input.reportedTo,
        input.passedOn,
        input.status === 'opgelost' ? input.resolvedOn : null,
        input.priority,
        input.notes,
        input.id,
      );
      const after = getDefect(db, input.id, today);
      audit({
        entity: 'defects',
        entityId: input.id,
        summary: describeChanges({ ...before }, { ...after }, DEFECT_LABELS),
      });
      return after;
    },
  }),
};
