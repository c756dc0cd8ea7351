import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { z } from '../../contract/zod';
import { rangeInput, shiftInput, shiftUpdate, type ASSIGNMENT_STATUSES } from './schemas';
import { addDays, formatDateNl, localDate } from '../../platform/clock';
import { COORDINATION } from './access';
import { listRoles } from './roles';
import { describeChanges } from '../../contract/audit';
import { msg } from '../../platform/messages';
import { noticeShiftChanged } from './mailNotices';

/** Shifts with what each role needs and who stands on them; single shifts made and changed by hand. */

export interface ShiftAssignment {
  id: number;
  volunteerId: number;
  volunteerName: string;
  /** A volunteer put on pause after being planned stays on the shift: the roster must show it. */
  volunteerStatus: 'actief' | 'pauze' | 'gestopt';
  phone: string;
  roleId: number;
  roleName: string;
  status: (typeof ASSIGNMENT_STATUSES)[number];
  noShow: boolean;
  noShowReason: string;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface Shift {
  id: number;
  templateId: number | null;
  title: string;
  date: string;
  start: string;
  end: string;
  bookingId: number | null;
  notes: string;
  cancelled: boolean;
  needs: { roleId: number; roleName: string; count: number; filled: number }[];
  assignments: ShiftAssignment[];
}

export function shiftsBetween(
  db: Db,
  from: string,
  to: string,
  opts: { includeCancelled?: boolean; shiftIds?: number[] } = {},
): Shift[] {
  const rows = db
    .prepare(
      `SELECT id, template_id AS templateId, title, date, start, end, booking_id AS bookingId, notes, cancelled FROM shifts
    WHERE start >= ? AND start < ? ${opts.includeCancelled ? '' : 'AND cancelled = 0'} ORDER BY start, id`,
    )
    .all(`${from}T00:00`, `${addDays(to, 1)}T00:00`) as Record<string, unknown>[];
  return rows.filter((r) => !opts.shiftIds || opts.shiftIds.includes(r.id as number)).map((r) => withDetails(db, r));
}

function withDetails(db: Db, r: Record<string, unknown>): Shift {
  const assignments = (
    db
      .prepare(
        `SELECT a.id, a.volunteer_id AS volunteerId, v.name AS volunteerName, v.status AS volunteerStatus, v.phone, a.role_id AS roleId, r.name AS roleName, a.status,
      a.no_show AS noShow, a.no_show_reason AS noShowReason, a.actual_start AS actualStart, a.actual_end AS actualEnd
      FROM assignments a JOIN volunteers v ON v.id = a.volunteer_id JOIN volunteer_roles r ON r.id = a.role_id WHERE a.shift_id = ? AND a.status <> 'afgemeld'
      ORDER BY a.status, r.name, v.name`,
      )
      .all(r.id) as Record<string, unknown>[]
  ).map((a) => ({ ...(a as unknown as ShiftAssignment), noShow: a.noShow === 1 }));
  const needs = (
    db
      .prepare(
        'SELECT n.role_id AS roleId, r.name AS roleName, n.count FROM shift_needs n JOIN volunteer_roles r ON r.id = n.role_id WHERE n.shift_id = ? ORDER BY r.name',
      )
      .all(r.id) as { roleId: number; roleName: string; count: number }[]
  )
    // Someone who did not show up did not fill the place: the shift was understaffed, and gaps and reports should say so.
    .map((n) => ({
      ...n,
      filled: assignments.filter((a) => a.roleId === n.roleId && a.status === 'ingepland' && !a.noShow).length,
    }));
  return { ...(r as unknown as Shift), cancelled: r.cancelled === 1, needs, assignments };
}

export function getShift(db: Db, shiftId: number): Shift {
  const row = db
    .prepare(
      'SELECT id, template_id AS templateId, title, date, start, end, booking_id AS bookingId, notes, cancelled FROM shifts WHERE id = ?',
    )
    .get(shiftId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field('shiftId', msg('Deze dienst bestaat niet.', 'This shift does not exist.'));
  return withDetails(db, row);
}

export function checkRoles(db: Db, needs: { roleId: number }[]): void {
  const known = new Set(listRoles(db, true).map((r) => r.id));
  needs.forEach((n, i) => {
    if (!known.has(n.roleId))
      throw ApiError.field(`needs.${i}.roleId`, msg('Kies een bestaande rol.', 'Choose an existing role.'));
  });
}

export function writeNeeds(
  db: Db,
  table: 'shift_needs' | 'shift_template_needs',
  key: 'shift_id' | 'template_id',
  ownerId: number,
  needs: { roleId: number; count: number }[],
): void {
  db.prepare(`DELETE FROM ${table} WHERE ${key} = ?`).run(ownerId);
  const insert = db.prepare(
    `INSERT INTO ${table} (${key}, role_id, count) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count`,
  );
  for (const n of needs) if (n.count > 0 || table === 'shift_needs') insert.run(ownerId, n.roleId, n.count);
}

export const shiftMethods = {
  'roster.createShift': method({
    description: 'Maakt een losse dienst, eventueel bij een boeking.',
    access: COORDINATION,
    mode: 'write',
    input: shiftInput,
    handler: ({ db }, input) => {
      checkRoles(db, input.needs);
      if (input.bookingId !== null && !db.prepare('SELECT 1 FROM bookings WHERE id = ?').get(input.bookingId))
        throw ApiError.field('bookingId', msg('Deze boeking bestaat niet.', 'This booking does not exist.'));
      const shiftId = Number(
        db
          .prepare('INSERT INTO shifts (title, date, start, end, booking_id, notes) VALUES (?, ?, ?, ?, ?, ?)')
          .run(
            input.title,
            input.date,
            `${input.date}T${input.startTime}`,
            `${input.date}T${input.endTime}`,
            input.bookingId,
            input.notes,
          ).lastInsertRowid,
      );
      writeNeeds(db, 'shift_needs', 'shift_id', shiftId, input.needs);
      return getShift(db, shiftId);
    },
  }),
  'roster.updateShift': method({
    description: 'Wijzigt een dienst (tijden, bezetting per rol) of laat haar vervallen.',
    access: COORDINATION,
    mode: 'write',
    input: shiftUpdate,
    handler: ({ db, clock, actor, audit }, input) => {
      const before = getShift(db, input.id);
      checkRoles(db, input.needs);
      if (
        before.templateId !== null &&
        input.date !== before.date &&
        db
          .prepare('SELECT 1 FROM shifts WHERE template_id = ? AND date = ? AND id <> ?')
          .get(before.templateId, input.date, input.id)
      ) {
        throw ApiError.field(
          'date',
          msg(
            `Op ${formatDateNl(input.date)} staat al een dienst van dit sjabloon. Wijzig die, of kies een andere datum.`,
            `On ${input.date} there is already a shift from this template. Change that one, or choose another date.`,
          ),
        );
      }
      db.prepare(
        'UPDATE shifts SET title = ?, date = ?, start = ?, end = ?, booking_id = ?, notes = ?, cancelled = ? WHERE id = ?',
      ).run(
        input.title,
        input.date,
        `${input.date}T${input.startTime}`,
        `${input.date}T${input.endTime}`,
        input.bookingId,
        input.notes,
        input.cancelled ? 1 : 0,
        input.id,
      );
      writeNeeds(db, 'shift_needs', 'shift_id', input.id, input.needs);
      const after = getShift(db, input.id);
      noticeShiftChanged(db, clock, before, after, actor?.name ?? '');
      const pick = (s: Shift) => ({
        title: s.title,
        when: `${formatDateNl(s.date)} ${s.start.slice(11)}–${s.end.slice(11)}`,
        cancelled: s.cancelled,
        needs: s.needs.map((n) => `${n.count}× ${n.roleName}`),
        notes: s.notes,
      });
      audit({
        entity: 'roster',
        entityId: input.id,
        summary: `Dienst "${before.title}" ${formatDateNl(before.date)}: ${describeChanges(pick(before), pick(after), {
          title: 'Titel',
          when: { label: 'Wanneer', show: String },
          cancelled: 'Vervallen',
          needs: 'Bezetting',
          notes: { label: 'Notities', onlyMention: true },
        })}`,
      });
      return after;
    },
  }),
  'roster.week': method({
    description:
      'De diensten in een periode met bezetting per rol (ingepland en verschenen; wachtlijst en niet verschenen tellen niet) en wie er staat (voor het rooster en de afdruk).',
    access: COORDINATION,
    mode: 'read',
    input: rangeInput,
    handler: ({ db }, q) => shiftsBetween(db, q.from, q.to, { includeCancelled: true }),
  }),
  'roster.today': method({
    description: 'Wie er vandaag dienst heeft (voor de balie).',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db, clock }) => {
      const today = localDate(clock.now());
      return shiftsBetween(db, today, today).map((s) => ({
        ...s,
        assignments: s.assignments.filter((a) => a.status === 'ingepland').map(({ phone: _p, ...a }) => a),
      }));
    },
  }),
};
