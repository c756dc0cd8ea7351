import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  followupDone,
  followupInput,
  incidentInput,
  incidentQuery,
  incidentUpdate,
  type INCIDENT_CATEGORIES,
  type INCIDENT_STATUSES,
  type SEVERITIES,
} from './schemas';
import { addDays, localDate, localDateTime, type Clock } from '../../platform/clock';
import { describeChanges, writeAudit, type FieldLabel } from '../../contract/audit';
import { getSettings } from '../system/settings';
import { msg } from '../../platform/messages';

export interface Followup {
  id: number;
  action: string;
  owner: string;
  dueDate: string;
  doneAt: string | null;
}

export interface Incident {
  id: number;
  occurredAt: string;
  roomId: number | null;
  roomName: string | null;
  place: string;
  category: (typeof INCIDENT_CATEGORIES)[number];
  severity: (typeof SEVERITIES)[number];
  description: string;
  actionTaken: string;
  servicesCalled: boolean;
  servicesReference: string;
  status: (typeof INCIDENT_STATUSES)[number];
  reportedByName: string;
  anonymisedAt: string | null;
  followups: Followup[];
}

/** How a change to an incident's handling reads in the audit log; what was done only as "gewijzigd" (it may name people). */
const INCIDENT_LABELS = {
  status: { label: 'Status', show: (v) => v.replace('_', ' ') },
  actionTaken: { label: 'Wat er is gedaan', onlyMention: true },
  servicesCalled: 'Hulpdiensten gebeld',
  servicesReference: { label: 'Registratienummer', personal: true },
} satisfies { [K in keyof Incident]?: FieldLabel<Incident[K]> };

const SELECT = `SELECT i.id, i.occurred_at AS occurredAt, i.room_id AS roomId, r.name AS roomName, i.place, i.category, i.severity, i.description,
  i.action_taken AS actionTaken, i.services_called AS servicesCalled, i.services_reference AS servicesReference, i.status,
  i.reported_by_name AS reportedByName, i.anonymised_at AS anonymisedAt FROM incidents i LEFT JOIN rooms r ON r.id = i.room_id`;

function withFollowups(db: Db, row: Record<string, unknown>): Incident {
  const followups = db
    .prepare(
      'SELECT id, action, owner, due_date AS dueDate, done_at AS doneAt FROM incident_followups WHERE incident_id = ? ORDER BY due_date, id',
    )
    .all(row.id) as Followup[];
  return { ...(row as unknown as Incident), servicesCalled: row.servicesCalled === 1, followups };
}

export function getIncident(db: Db, incidentId: number): Incident {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(incidentId) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Dit incident bestaat niet.', 'This incident does not exist.'));
  return withFollowups(db, row);
}

export function openIncidents(db: Db): Incident[] {
  return (
    db
      .prepare(`${SELECT} WHERE i.status <> 'afgesloten' AND i.anonymised_at IS NULL ORDER BY i.occurred_at DESC`)
      .all() as Record<string, unknown>[]
  ).map((r) => withFollowups(db, r));
}

const ANONYMISED = '[geanonimiseerd na de bewaartermijn]';

/** Removes every free text of one incident and its follow-ups (also used for a person's erasure request). */
export function anonymiseIncident(db: Db, incidentId: number, now: string, note = ANONYMISED): void {
  db.prepare(
    "UPDATE incidents SET description = ?, action_taken = ?, services_reference = '', place = '', reported_by_name = '', status = 'afgesloten', anonymised_at = ? WHERE id = ?",
  ).run(note, note, now, incidentId);
  db.prepare("UPDATE incident_followups SET action = ?, owner = '' WHERE incident_id = ?").run(note, incidentId);
}

/**
 * Incidents older than the retention period lose every free text (where names may be: description,
 * action, place, reporter, follow-ups) and the emergency services' reference, and are closed; date, room,
 * category and severity stay for the figures.
 */
export function anonymiseExpiredIncidents(db: Db, clock: Clock): number[] {
  const today = localDate(clock.now());
  const months = getSettings(db).incidentRetentionMonths;
  const cutoff = new Date(`${today}T12:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const before = cutoff.toISOString().slice(0, 10);
  return db
    .transaction(() => {
      const ids = (
        db.prepare('SELECT id FROM incidents WHERE anonymised_at IS NULL AND occurred_at < ?').all(before) as {
          id: number;
        }[]
      ).map((r) => r.id);
      const now = localDateTime(clock.now());
      for (const incidentId of ids) {
        anonymiseIncident(db, incidentId, now);
        writeAudit(db, clock, null, 'incidents.anonymise', {
          entity: 'incidents',
          entityId: incidentId,
          summary: `Geanonimiseerd na ${months} maanden bewaartermijn`,
        });
      }
      return ids;
    })
    .immediate();
}

const READERS = ['beheerder', 'balie', 'coordinator'] as const;

export const incidentMethods = {
  'incidents.list': method({
    description: 'Incidenten, nieuwste eerst, te filteren op status en periode.',
    access: READERS,
    mode: 'read',
    input: incidentQuery,
    handler: ({ db }, q) =>
      (
        db
          .prepare(
            `${SELECT} WHERE (? IS NULL OR i.status = ?) AND (? IS NULL OR i.occurred_at >= ?) AND (? IS NULL OR i.occurred_at < ?) ORDER BY i.occurred_at DESC`,
          )
          .all(q.status, q.status, q.from, q.from, q.to, q.to ? `${addDays(q.to, 1)}T00:00` : null) as Record<
          string,
          unknown
        >[]
      ).map((r) => withFollowups(db, r)),
  }),
  'incidents.get': method({
    description: 'Eén incident met zijn vervolgacties.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => getIncident(db, input.id),
  }),
  'incidents.create': method({
    description:
      'Legt een incident vast (wanneer, waar, wat, ernst, wat er gedaan is, hulpdiensten) met vervolgacties. Schrijf geen namen van bewoners op tenzij het echt nodig is.',
    access: ['beheerder', 'balie'],
    mode: 'write',
    input: incidentInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const now = localDateTime(clock.now());
      if (input.occurredAt > now.slice(0, 16))
        throw ApiError.field(
          'occurredAt',
          msg('Een incident kan niet in de toekomst liggen.', 'An incident cannot be in the future.'),
        );
      if (input.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(input.roomId))
        throw ApiError.field('roomId', msg('Kies een bestaande ruimte.', 'Choose an existing room.'));
      const incidentId = Number(
        db
          .prepare(
            `INSERT INTO incidents (occurred_at, room_id, place, category, severity, description, action_taken, services_called, services_reference, reported_by_id, reported_by_name, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.occurredAt,
            input.roomId,
            input.place,
            input.category,
            input.severity,
            input.description,
            input.actionTaken,
            input.servicesCalled ? 1 : 0,
            input.servicesReference,
            actor!.id,
            actor!.name,
            now,
          ).lastInsertRowid,
      );
      const insert = db.prepare(
        'INSERT INTO incident_followups (incident_id, action, owner, due_date) VALUES (?, ?, ?, ?)',
      );
      for (const f of input.followups) insert.run(incidentId, f.action, f.owner, f.dueDate);
      audit({
        entity: 'incidents',
        entityId: incidentId,
        summary: `Incident ${input.category} (${input.severity}) op ${input.occurredAt}${input.followups.length ? `, ${input.followups.length} vervolgactie(s)` : ''}`,
      });
      return getIncident(db, incidentId);
    },
  }),
  'incidents.update': method({
    description: 'Werkt de afhandeling en status van een incident bij.',
    access: ['beheerder', 'balie'],
    mode: 'write',
    input: incidentUpdate,
    handler: ({ db, audit }, input) => {
      const before = getIncident(db, input.id);
      if (before.anonymisedAt)
        throw new ApiError(
          'CONFLICT',
          msg(
            'Dit incident is geanonimiseerd en kan niet meer worden gewijzigd.',
            'This incident has been anonymised and can no longer be changed.',
          ),
        );
      db.prepare(
        'UPDATE incidents SET status = ?, action_taken = ?, services_called = ?, services_reference = ? WHERE id = ?',
      ).run(input.status, input.actionTaken, input.servicesCalled ? 1 : 0, input.servicesReference, input.id);
      const after = getIncident(db, input.id);
      audit({
        entity: 'incidents',
        entityId: input.id,
        summary: describeChanges({ ...before }, { ...after }, INCIDENT_LABELS),
      });
      return after;
    },
  }),
  'incidents.addFollowup': method({
    description: 'Voegt een vervolgactie toe (wat, wie, uiterlijk wanneer).',
    access: ['beheerder', 'balie'],
    mode: 'write',
    input: followupInput,
    handler: ({ db, audit }, input) => {
      const incident = getIncident(db, input.incidentId);
      if (incident.anonymisedAt)
        throw new ApiError(
          'CONFLICT',
          msg(
            'Dit incident is geanonimiseerd en kan niet meer worden gewijzigd.',
            'This incident has been anonymised and can no longer be changed.',
          ),
        );
      if (input.dueDate < incident.occurredAt.slice(0, 10))
        throw ApiError.field(
          'dueDate',
          msg('De uiterste datum ligt voor het incident.', 'The due date is before the incident.'),
        );
      const followupId = Number(
        db
          .prepare('INSERT INTO incident_followups (incident_id, action, owner, due_date) VALUES (?, ?, ?, ?)')
          .run(input.incidentId, input.action, input.owner, input.dueDate).lastInsertRowid,
      );
      audit({
        entity: 'incidents',
        entityId: input.incidentId,
        summary: `Vervolgactie toegevoegd (uiterlijk ${input.dueDate})`,
      });
      return { ...getIncident(db, input.incidentId), followupId };
    },
  }),
  'incidents.setFollowupDone': method({
    description: 'Vinkt een vervolgactie af (of weer aan).',
    access: ['beheerder', 'balie'],
    mode: 'write',
    input: followupDone,
    handler: ({ db, clock, audit }, input) => {
      const row = db
        .prepare(
          'SELECT f.incident_id AS incidentId, i.anonymised_at AS anonymisedAt FROM incident_followups f JOIN incidents i ON i.id = f.incident_id WHERE f.id = ?',
        )
        .get(input.id) as { incidentId: number; anonymisedAt: string | null } | undefined;
      if (!row)
        throw new ApiError(
          'NOT_FOUND',
          msg('Deze vervolgactie bestaat niet.', 'This follow-up action does not exist.'),
        );
      if (row.anonymisedAt)
        throw new ApiError(
          'CONFLICT',
          msg(
            'Dit incident is geanonimiseerd en kan niet meer worden gewijzigd.',
            'This incident has been anonymised and can no longer be changed.',
          ),
        );
      db.prepare('UPDATE incident_followups SET done_at = ? WHERE id = ?').run(
        input.done ? localDateTime(clock.now()) : null,
        input.id,
      );
      audit({
        entity: 'incidents',
        entityId: row.incidentId,
        summary: `Vervolgactie ${input.done ? 'afgerond' : 'heropend'}`,
      });
      return getIncident(db, row.incidentId);
    },
  }),
};
