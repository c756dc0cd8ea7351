import type { Db } from '../../platform/database';
import { method, type Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  assignInput,
  assignmentUpdate,
  generateInput,
  rangeInput,
  shiftInput,
  shiftUpdate,
  templateInput,
  templateUpdate,
  type ASSIGNMENT_STATUSES,
} from './schemas';
import { addDays, clockMinutes, formatDateNl, isoWeekday, localDate, localDateTime } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { findRole, hasValid, listRoles } from './volunteers';
import { describeChanges } from '../../contract/audit';

export interface ShiftAssignment {
  id: number;
  volunteerId: number;
  volunteerName: string;
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

const DAYPART_OF = (minute: number) => (minute < 13 * 60 ? 'ochtend' : minute < 18 * 60 ? 'middag' : 'avond');

/** The day parts a shift touches: a volunteer must be available for each of them. */
export function daypartsOf(start: string, end: string): ('ochtend' | 'middag' | 'avond')[] {
  const from = clockMinutes(start.slice(11));
  const to = end.slice(0, 10) > start.slice(0, 10) ? 24 * 60 : clockMinutes(end.slice(11));
  const parts = new Set([DAYPART_OF(from), DAYPART_OF(Math.max(from, to - 1))]);
  if (parts.has('ochtend') && parts.has('avond')) parts.add('middag');
  return (['ochtend', 'middag', 'avond'] as const).filter((p) => parts.has(p));
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
        `SELECT a.id, a.volunteer_id AS volunteerId, v.name AS volunteerName, v.phone, a.role_id AS roleId, r.name AS roleName, a.status,
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
  if (!row) throw ApiError.field('shiftId', 'Deze dienst bestaat niet.');
  return withDetails(db, row);
}

function checkRoles(db: Db, needs: { roleId: number }[]): void {
  const known = new Set(listRoles(db, true).map((r) => r.id));
  needs.forEach((n, i) => {
    if (!known.has(n.roleId)) throw ApiError.field(`needs.${i}.roleId`, 'Kies een bestaande rol.');
  });
}

function writeNeeds(
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

export function insertTemplate(db: Db, t: z.output<typeof templateInput>): number {
  checkRoles(db, t.needs);
  const templateId = Number(
    db
      .prepare(
        'INSERT INTO shift_templates (name, weekdays, start_time, end_time, valid_from, valid_until, skip_closed) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        t.name,
        JSON.stringify([...new Set(t.weekdays)].sort()),
        t.startTime,
        t.endTime,
        t.validFrom,
        t.validUntil,
        t.skipClosed ? 1 : 0,
      ).lastInsertRowid,
  );
  writeNeeds(db, 'shift_template_needs', 'template_id', templateId, t.needs);
  return templateId;
}

interface TemplateRow {
  id: number;
  name: string;
  weekdays: string;
  start_time: string;
  end_time: string;
  valid_from: string;
  valid_until: string | null;
  skip_closed: number;
}

/**
 * Makes the shifts of active templates for each matching day in the range, skipping days the house
 * is closed (closures and holidays) when the template says so. Shifts that exist already stay as
 * they are, so running it twice changes nothing.
 */
export function generateShifts(
  db: Db,
  from: string,
  to: string,
  templateId: number | null,
): { created: number; skippedClosed: string[] } {
  const templates = db
    .prepare(`SELECT * FROM shift_templates WHERE active = 1 AND (? IS NULL OR id = ?)`)
    .all(templateId, templateId) as TemplateRow[];
  const days = dayStatuses(db, from, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
  const exists = db.prepare('SELECT 1 FROM shifts WHERE template_id = ? AND date = ?');
  const insert = db.prepare('INSERT INTO shifts (template_id, title, date, start, end) VALUES (?, ?, ?, ?, ?)');
  const needs = db.prepare('SELECT role_id AS roleId, count FROM shift_template_needs WHERE template_id = ?');
  let created = 0;
  const skippedClosed: string[] = [];
  for (const t of templates) {
    const weekdays = JSON.parse(t.weekdays) as number[];
    const tNeeds = needs.all(t.id) as { roleId: number; count: number }[];
    for (const day of days) {
      if (
        day.date < t.valid_from ||
        (t.valid_until && day.date > t.valid_until) ||
        !weekdays.includes(isoWeekday(day.date))
      )
        continue;
      if (t.skip_closed && day.closedBecause) {
        skippedClosed.push(day.date);
        continue;
      }
      if (exists.get(t.id, day.date)) continue;
      const shiftId = Number(
        insert.run(t.id, t.name, day.date, `${day.date}T${t.start_time}`, `${day.date}T${t.end_time}`).lastInsertRowid,
      );
      writeNeeds(db, 'shift_needs', 'shift_id', shiftId, tNeeds);
      created++;
    }
  }
  return { created, skippedClosed: [...new Set(skippedClosed)].sort() };
}

interface Candidate {
  id: number;
  name: string;
  status: string;
}

/**
 * What the coordinator should know before assigning: each is a warning to confirm, not a refusal.
 * `replacing` is the assignment the volunteer would take over: its place does not count as taken.
 */
export function assignmentWarnings(
  db: Db,
  shift: Shift,
  volunteerId: number,
  roleId: number,
  replacing: number | null = null,
): string[] {
  const warnings: string[] = [];
  const v = db.prepare('SELECT id, name, status FROM volunteers WHERE id = ?').get(volunteerId) as Candidate;
  const role = findRole(db, roleId)!;
  // A second window may have filled the last place since this one loaded the shift: say so instead of overfilling silently.
  const need = shift.needs.find((n) => n.roleId === roleId);
  const taken = shift.assignments.filter(
    (a) => a.roleId === roleId && a.status === 'ingepland' && !a.noShow && a.id !== replacing,
  ).length;
  if (need && taken >= need.count)
    warnings.push(
      `"${shift.title}" is al vol voor ${role.name} (${taken} van ${need.count} ingepland): ${v.name} komt er extra bij.`,
    );
  if (v.status === 'pauze') warnings.push(`${v.name} staat op pauze.`);
  if (!db.prepare('SELECT 1 FROM volunteer_role_links WHERE volunteer_id = ? AND role_id = ?').get(volunteerId, roleId))
    warnings.push(`${v.name} heeft de rol ${role.name} niet.`);
  if (role.needsVog && !hasValid(db, volunteerId, 'vog', shift.date))
    warnings.push(`${v.name} heeft geen geldig VOG, nodig voor ${role.name}.`);
  const weekday = isoWeekday(shift.date);
  const available = new Set(
    (
      db
        .prepare('SELECT daypart FROM volunteer_availability WHERE volunteer_id = ? AND weekday = ?')
        .all(volunteerId, weekday) as { daypart: string }[]
    ).map((a) => a.daypart),
  );
  const missing = daypartsOf(shift.start, shift.end).filter((p) => !available.has(p));
  if (missing.length)
    warnings.push(
      `${v.name} heeft niet opgegeven beschikbaar te zijn op ${formatDateNl(shift.date).split(' ')[0]} ${missing.join(' en ')}.`,
    );
  const absence = db
    .prepare(
      'SELECT from_date AS f, to_date AS t, reason FROM volunteer_absences WHERE volunteer_id = ? AND from_date <= ? AND to_date >= ?',
    )
    .get(volunteerId, shift.date, shift.date) as { f: string; t: string; reason: string } | undefined;
  if (absence)
    warnings.push(
      `${v.name} is afwezig van ${absence.f} t/m ${absence.t}${absence.reason ? ` (${absence.reason})` : ''}.`,
    );
  // A shift lies within one day, so a clash starts that day: from that day's shifts, not from every shift the
  // volunteer ever had (years of them in a busy house).
  const clash = db
    .prepare(
      `SELECT s.title, s.start, s.end FROM shifts s CROSS JOIN assignments a ON a.shift_id = s.id
    WHERE s.start >= ? AND s.start < ? AND s.end > ? AND s.cancelled = 0 AND s.id <> ? AND a.volunteer_id = ? AND a.status = 'ingepland'`,
    )
    .get(`${shift.date}T00:00`, shift.end, shift.start, shift.id, volunteerId) as
    { title: string; start: string; end: string } | undefined;
  if (clash)
    warnings.push(
      `${v.name} staat dan al ingepland bij "${clash.title}" (${clash.start.slice(11)}–${clash.end.slice(11)}).`,
    );
  return warnings;
}

function assign(ctx: Ctx, input: z.output<typeof assignInput>) {
  const { db } = ctx;
  const shift = getShift(db, input.shiftId);
  if (shift.cancelled) throw ApiError.field('shiftId', 'Deze dienst gaat niet door.');
  const v = db.prepare('SELECT id, name, status FROM volunteers WHERE id = ?').get(input.volunteerId) as
    Candidate | undefined;
  if (!v) throw ApiError.field('volunteerId', 'Deze vrijwilliger bestaat niet.');
  if (v.status === 'gestopt') throw ApiError.field('volunteerId', `${v.name} is gestopt als vrijwilliger.`);
  if (!findRole(db, input.roleId)) throw ApiError.field('roleId', 'Kies een bestaande rol.');
  if (shift.assignments.some((a) => a.volunteerId === input.volunteerId))
    throw ApiError.field('volunteerId', `${v.name} staat al op deze dienst.`);
  const replaced =
    input.replacesAssignmentId === null
      ? null
      : shift.assignments.find((a) => a.id === input.replacesAssignmentId && a.status === 'ingepland');
  if (replaced === undefined)
    throw ApiError.field('replacesAssignmentId', 'Wie vervangen wordt, staat niet (meer) ingepland op deze dienst.');
  if (replaced && (input.waitlist || replaced.roleId !== input.roleId))
    throw ApiError.field(
      'replacesAssignmentId',
      `Een invaller neemt de plaats van ${replaced.volunteerName} over: dezelfde rol, en niet op de wachtlijst.`,
    );
  const warnings = input.waitlist
    ? []
    : assignmentWarnings(db, shift, input.volunteerId, input.roleId, replaced?.id ?? null);
  if (warnings.length && !input.confirmWarnings)
    throw new ApiError('NEEDS_CONFIRMATION', 'Bevestig eerst de waarschuwingen.', { warnings });
  const assignmentId = Number(
    db
      .prepare('INSERT INTO assignments (shift_id, volunteer_id, role_id, status, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.shiftId, input.volunteerId, input.roleId, input.waitlist ? 'wachtlijst' : 'ingepland', localDateTime())
      .lastInsertRowid,
  );
  // Cover in one save: the shift is never without the place filled, nor filled twice.
  if (replaced) db.prepare("UPDATE assignments SET status = 'afgemeld' WHERE id = ?").run(replaced.id);
  const what = replaced
    ? `valt in voor ${replaced.volunteerName} bij`
    : input.waitlist
      ? 'op de wachtlijst van'
      : 'ingepland bij';
  ctx.audit({
    entity: 'roster',
    entityId: input.shiftId,
    summary: `${v.name} ${what} "${shift.title}" ${shift.start}${warnings.length ? ` (ondanks: ${warnings.join(' ')})` : ''}`,
  });
  return { assignmentId, shift: getShift(db, input.shiftId) };
}

/** Minutes a volunteer worked this calendar month, from past shifts and hours logged by hand. */
export function minutesInMonth(db: Db, volunteerId: number, month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return workedMinutes(db, volunteerId, `${month}-01`, `${next}-01`);
}

/** Worked minutes in [from, to): shifts that have ended, as corrected; no-shows count nothing. */
export function workedMinutes(db: Db, volunteerId: number, from: string, to: string): number {
  const now = localDateTime().slice(0, 16);
  const shifts = db
    .prepare(
      `SELECT coalesce(a.actual_start, s.start) AS start, coalesce(a.actual_end, s.end) AS end FROM assignments a JOIN shifts s ON s.id = a.shift_id
    WHERE a.volunteer_id = ? AND a.status = 'ingepland' AND a.no_show = 0 AND s.cancelled = 0 AND s.start >= ? AND s.start < ? AND s.end <= ?`,
    )
    .all(volunteerId, `${from}T00:00`, `${to}T00:00`, now) as { start: string; end: string }[];
  const manual = db
    .prepare(
      'SELECT coalesce(sum(minutes), 0) AS m FROM volunteer_hours WHERE volunteer_id = ? AND date >= ? AND date < ?',
    )
    .get(volunteerId, from, to) as { m: number };
  return (
    shifts.reduce((sum, s) => sum + (Date.parse(`${s.end}:00Z`) - Date.parse(`${s.start}:00Z`)) / 60_000, 0) + manual.m
  );
}

const COORDINATION = ['beheerder', 'coordinator'] as const;

export const shiftMethods = {
  'roster.templates': method({
    description: 'De dienstsjablonen (bijvoorbeeld "Ochtend balie ma–vr 09:00–13:00, 2 gastvrouwen, 1 sleutelhouder").',
    access: COORDINATION,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) =>
      (
        db.prepare('SELECT * FROM shift_templates ORDER BY active DESC, name').all() as (TemplateRow & {
          active: number;
        })[]
      ).map((t) => ({
        id: t.id,
        name: t.name,
        weekdays: JSON.parse(t.weekdays) as number[],
        startTime: t.start_time,
        endTime: t.end_time,
        validFrom: t.valid_from,
        validUntil: t.valid_until,
        skipClosed: t.skip_closed === 1,
        active: t.active === 1,
        needs: db
          .prepare(
            'SELECT n.role_id AS roleId, r.name AS roleName, n.count FROM shift_template_needs n JOIN volunteer_roles r ON r.id = n.role_id WHERE n.template_id = ? ORDER BY r.name',
          )
          .all(t.id) as { roleId: number; roleName: string; count: number }[],
      })),
  }),
  'roster.createTemplate': method({
    description: 'Maakt een dienstsjabloon en meteen de diensten ervan voor de komende acht weken.',
    access: COORDINATION,
    mode: 'write',
    input: templateInput,
    handler: ({ db, audit }, input) => {
      const templateId = insertTemplate(db, input);
      const from = input.validFrom > localDate() ? input.validFrom : localDate();
      const result = generateShifts(db, from, addDays(from, 55), templateId);
      audit({
        entity: 'roster',
        entityId: `sjabloon-${templateId}`,
        summary: `Sjabloon "${input.name}" gemaakt; ${result.created} diensten`,
      });
      return { templateId, ...result };
    },
  }),
  'roster.updateTemplate': method({
    description: 'Wijzigt een sjabloon; bestaande diensten blijven zoals ze zijn, nieuwe volgen het sjabloon.',
    access: COORDINATION,
    mode: 'write',
    input: templateUpdate,
    handler: ({ db }, input) => {
      checkRoles(db, input.needs);
      const r = db
        .prepare(
          'UPDATE shift_templates SET name = ?, weekdays = ?, start_time = ?, end_time = ?, valid_from = ?, valid_until = ?, skip_closed = ?, active = ? WHERE id = ?',
        )
        .run(
          input.name,
          JSON.stringify([...new Set(input.weekdays)].sort()),
          input.startTime,
          input.endTime,
          input.validFrom,
          input.validUntil,
          input.skipClosed ? 1 : 0,
          input.active ? 1 : 0,
          input.id,
        );
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Dit sjabloon bestaat niet.');
      writeNeeds(db, 'shift_template_needs', 'template_id', input.id, input.needs);
      return { id: input.id };
    },
  }),
  'roster.generate': method({
    description:
      'Maakt de diensten van de sjablonen voor een periode (bestaande blijven staan; gesloten dagen worden overgeslagen).',
    access: COORDINATION,
    mode: 'write',
    input: generateInput,
    handler: ({ db }, input) => generateShifts(db, input.from, input.to, input.templateId),
  }),
  'roster.createShift': method({
    description: 'Maakt een losse dienst, eventueel bij een boeking.',
    access: COORDINATION,
    mode: 'write',
    input: shiftInput,
    handler: ({ db }, input) => {
      checkRoles(db, input.needs);
      if (input.bookingId !== null && !db.prepare('SELECT 1 FROM bookings WHERE id = ?').get(input.bookingId))
        throw ApiError.field('bookingId', 'Deze boeking bestaat niet.');
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
    handler: ({ db, audit }, input) => {
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
          `Op ${formatDateNl(input.date)} staat al een dienst van dit sjabloon. Wijzig die, of kies een andere datum.`,
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
    handler: ({ db }) =>
      shiftsBetween(db, localDate(), localDate()).map((s) => ({
        ...s,
        assignments: s.assignments.filter((a) => a.status === 'ingepland').map(({ phone: _p, ...a }) => a),
      })),
  }),
  'roster.assign': method({
    description:
      'Plant een vrijwilliger in op een dienst (eventueel als invaller voor iemand, die in dezelfde opslag wordt afgemeld), of zet hem op de wachtlijst. Waarschuwt (te bevestigen) bij een volle dienst, dubbel geboekt, niet beschikbaar, afwezig, rol of VOG ontbreekt.',
    access: COORDINATION,
    mode: 'write',
    input: assignInput,
    handler: assign,
  }),
  'roster.updateAssignment': method({
    description:
      'Wijzigt een inplanning: afmelden, van wachtlijst naar ingepland (met dezelfde waarschuwingen als inplannen, te bevestigen), later gekomen of eerder weg, niet verschenen met reden.',
    access: COORDINATION,
    mode: 'write',
    input: assignmentUpdate,
    handler: ({ db, audit }, input) => {
      const row = db
        .prepare(
          'SELECT a.shift_id AS shiftId, a.volunteer_id AS volunteerId, a.role_id AS roleId, a.status, v.name FROM assignments a JOIN volunteers v ON v.id = a.volunteer_id WHERE a.id = ?',
        )
        .get(input.id) as
        { shiftId: number; volunteerId: number; roleId: number; status: string; name: string } | undefined;
      if (!row) throw new ApiError('NOT_FOUND', 'Deze inplanning bestaat niet.');
      const shift = getShift(db, row.shiftId);
      if (
        row.status === 'afgemeld' &&
        input.status !== 'afgemeld' &&
        shift.assignments.some((a) => a.volunteerId === row.volunteerId)
      ) {
        throw ApiError.field('status', `${row.name} staat al (opnieuw) op deze dienst.`);
      }
      // Planning someone in from the waiting list (or back after signing off) is an assignment like roster.assign: same warnings.
      const warnings =
        input.status === 'ingepland' && row.status !== 'ingepland'
          ? assignmentWarnings(db, shift, row.volunteerId, row.roleId)
          : [];
      if (warnings.length && !input.confirmWarnings)
        throw new ApiError('NEEDS_CONFIRMATION', 'Bevestig eerst de waarschuwingen.', { warnings });
      for (const [key, value] of [
        ['actualStart', input.actualStart],
        ['actualEnd', input.actualEnd],
      ] as const) {
        if (value && (value < `${shift.date}T00:00` || value > `${addDays(shift.date, 1)}T12:00`))
          throw ApiError.field(key, 'Dit tijdstip hoort niet bij deze dienst.');
      }
      if (input.noShow && shift.end > localDateTime().slice(0, 16))
        throw ApiError.field('noShow', 'Niet verschenen kan pas na afloop van de dienst.');
      db.prepare(
        'UPDATE assignments SET status = ?, actual_start = ?, actual_end = ?, no_show = ?, no_show_reason = ? WHERE id = ?',
      ).run(
        input.status,
        input.actualStart,
        input.actualEnd,
        input.noShow ? 1 : 0,
        input.noShow ? input.noShowReason : '',
        input.id,
      );
      audit({
        entity: 'roster',
        entityId: row.shiftId,
        summary: `${row.name}: ${row.status} → ${input.status}${input.noShow ? `, niet verschenen (${input.noShowReason})` : ''}${input.actualStart || input.actualEnd ? `, tijden ${input.actualStart ?? '…'}–${input.actualEnd ?? '…'}` : ''}${warnings.length ? ` (ondanks: ${warnings.join(' ')})` : ''}`,
      });
      return getShift(db, row.shiftId);
    },
  }),
  'roster.replacements': method({
    description:
      'Wie kan invallen voor een inplanning: de juiste rol, beschikbaar, niet afwezig of al ingepland; wie deze maand de minste uren heeft eerst.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ assignmentId: id }),
    handler: ({ db }, { assignmentId }) => {
      const a = db
        .prepare(
          'SELECT shift_id AS shiftId, role_id AS roleId, volunteer_id AS volunteerId FROM assignments WHERE id = ?',
        )
        .get(assignmentId) as { shiftId: number; roleId: number; volunteerId: number } | undefined;
      if (!a) throw ApiError.field('assignmentId', 'Deze inplanning bestaat niet.');
      const shift = getShift(db, a.shiftId);
      const candidates = db
        .prepare(
          `SELECT v.id, v.name, v.phone FROM volunteers v JOIN volunteer_role_links l ON l.volunteer_id = v.id AND l.role_id = ? WHERE v.status = 'actief' AND v.id <> ?`,
        )
        .all(a.roleId, a.volunteerId) as { id: number; name: string; phone: string }[];
      const month = shift.date.slice(0, 7);
      return candidates
        .filter((c) => !shift.assignments.some((x) => x.volunteerId === c.id))
        .map((c) => ({
          ...c,
          warnings: assignmentWarnings(db, shift, c.id, a.roleId, assignmentId),
          minutesThisMonth: minutesInMonth(db, c.id, month),
        }))
        .filter((c) => c.warnings.length === 0)
        .sort((x, y) => x.minutesThisMonth - y.minutesThisMonth || x.name.localeCompare(y.name))
        .map(({ warnings: _w, ...c }) => c);
    },
  }),
  'roster.gaps': method({
    description:
      'Diensten in een periode waar per rol te weinig mensen staan. Wie niet verscheen, vult achteraf geen plaats: die dienst telt dan als onderbezet.',
    access: COORDINATION,
    mode: 'read',
    input: rangeInput,
    handler: ({ db }, q) =>
      shiftsBetween(db, q.from, q.to).flatMap((s) =>
        s.needs
          .filter((n) => n.filled < n.count)
          .map((n) => ({
            shiftId: s.id,
            title: s.title,
            date: s.date,
            start: s.start,
            end: s.end,
            roleId: n.roleId,
            roleName: n.roleName,
            needed: n.count,
            filled: n.filled,
            missing: n.count - n.filled,
          })),
      ),
  }),
};
