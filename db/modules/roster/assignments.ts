import type { Db } from '../../platform/database';
import { method, type Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { assignInput, assignmentUpdate, rangeInput } from './schemas';
import { addDays, formatDateNl, isoWeekday, localDateTime } from '../../platform/clock';
import { COORDINATION } from './access';
import { findRole } from './roles';
import { hasValid } from './certificates';
import { getShift, shiftsBetween, type Shift } from './shifts';
import { DAYPART_EN, daypartsOf, explainDayparts } from './dayparts';
import { minutesInMonth } from './hours';
import { personRef } from '../../contract/audit';
import { inLang, msg } from '../../platform/messages';
import { noticeTakenOff } from './mailNotices';

/**
 * The overruled warnings as the audit log keeps them: the volunteer by number and without the reason of an
 * absence, because the log must not keep what erasing her removes from her record (privacy register).
 */
function overruled(warnings: string[], name: string, ref: string): string {
  if (!warnings.length) return '';
  const logged = warnings
    .map((warning) => inLang(warning, 'nl'))
    .map((w) => (name ? w.split(name).join(ref) : w).replace(/( is afwezig van \S+ t\/m \S+) \(.*\)\.$/s, '$1.'));
  return ` (ondanks: ${logged.join(' ')})`;
}

/** Who stands on which shift: planning in (with warnings to confirm), covering, no-shows, and shifts short of people. */

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
      msg(
        `"${shift.title}" is al vol voor ${role.name} (${taken} van ${need.count} ingepland): ${v.name} komt er extra bij.`,
        `"${shift.title}" is already full for ${role.name} (${taken} of ${need.count} planned): ${v.name} comes on top.`,
      ),
    );
  if (v.status === 'pauze') warnings.push(msg(`${v.name} staat op pauze.`, `${v.name} is on a break.`));
  if (!db.prepare('SELECT 1 FROM volunteer_role_links WHERE volunteer_id = ? AND role_id = ?').get(volunteerId, roleId))
    warnings.push(msg(`${v.name} heeft de rol ${role.name} niet.`, `${v.name} does not have the role ${role.name}.`));
  if (role.needsVog && !hasValid(db, volunteerId, 'vog', shift.date))
    warnings.push(
      msg(
        `${v.name} heeft geen geldig VOG, nodig voor ${role.name}.`,
        `${v.name} has no valid VOG (certificate of conduct), needed for ${role.name}.`,
      ),
    );
  const weekday = isoWeekday(shift.date);
  const available = new Set(
    (
      db
        .prepare('SELECT daypart FROM volunteer_availability WHERE volunteer_id = ? AND weekday = ?')
        .all(volunteerId, weekday) as { daypart: string }[]
    ).map((a) => a.daypart),
  );
  const missing = daypartsOf(shift.start, shift.end).filter((s) => !available.has(s.part));
  if (missing.length)
    warnings.push(
      msg(
        `${v.name} heeft niet opgegeven beschikbaar te zijn op ${formatDateNl(shift.date).split(' ')[0]} ${missing.map((s) => s.part).join(' en ')}: ${explainDayparts(missing)}`,
        `${v.name} has not said to be available on ${shift.date} in the ${missing.map((s) => DAYPART_EN[s.part]).join(' and ')}: ${explainDayparts(missing, 'en')}`,
      ),
    );
  const absence = db
    .prepare(
      'SELECT from_date AS f, to_date AS t, reason FROM volunteer_absences WHERE volunteer_id = ? AND from_date <= ? AND to_date >= ?',
    )
    .get(volunteerId, shift.date, shift.date) as { f: string; t: string; reason: string } | undefined;
  if (absence)
    warnings.push(
      msg(
        `${v.name} is afwezig van ${absence.f} t/m ${absence.t}${absence.reason ? ` (${absence.reason})` : ''}.`,
        `${v.name} is away from ${absence.f} to ${absence.t}${absence.reason ? ` (${absence.reason})` : ''}.`,
      ),
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
      msg(
        `${v.name} staat dan al ingepland bij "${clash.title}" (${clash.start.slice(11)}–${clash.end.slice(11)}).`,
        `${v.name} is already planned then on "${clash.title}" (${clash.start.slice(11)}–${clash.end.slice(11)}).`,
      ),
    );
  return warnings;
}

function assign(ctx: Ctx, input: z.output<typeof assignInput>) {
  const { db } = ctx;
  const shift = getShift(db, input.shiftId);
  if (shift.cancelled) throw ApiError.field('shiftId', msg('Deze dienst gaat niet door.', 'This shift is cancelled.'));
  const v = db.prepare('SELECT id, name, status FROM volunteers WHERE id = ?').get(input.volunteerId) as
    Candidate | undefined;
  if (!v) throw ApiError.field('volunteerId', msg('Deze vrijwilliger bestaat niet.', 'This volunteer does not exist.'));
  if (v.status === 'gestopt')
    throw ApiError.field(
      'volunteerId',
      msg(`${v.name} is gestopt als vrijwilliger.`, `${v.name} has stopped as a volunteer.`),
    );
  if (!findRole(db, input.roleId))
    throw ApiError.field('roleId', msg('Kies een bestaande rol.', 'Choose an existing role.'));
  if (shift.assignments.some((a) => a.volunteerId === input.volunteerId))
    throw ApiError.field(
      'volunteerId',
      msg(`${v.name} staat al op deze dienst.`, `${v.name} is already on this shift.`),
    );
  const replaced =
    input.replacesAssignmentId === null
      ? null
      : shift.assignments.find((a) => a.id === input.replacesAssignmentId && a.status === 'ingepland');
  if (replaced === undefined)
    throw ApiError.field(
      'replacesAssignmentId',
      msg(
        'Wie vervangen wordt, staat niet (meer) ingepland op deze dienst.',
        'The person being replaced is not (or no longer) planned on this shift.',
      ),
    );
  if (replaced && (input.waitlist || replaced.roleId !== input.roleId))
    throw ApiError.field(
      'replacesAssignmentId',
      msg(
        `Een invaller neemt de plaats van ${replaced.volunteerName} over: dezelfde rol, en niet op de wachtlijst.`,
        `A stand-in takes over the place of ${replaced.volunteerName}: the same role, and not on the waiting list.`,
      ),
    );
  const warnings = input.waitlist
    ? []
    : assignmentWarnings(db, shift, input.volunteerId, input.roleId, replaced?.id ?? null);
  if (warnings.length && !input.confirmWarnings)
    throw new ApiError('NEEDS_CONFIRMATION', msg('Bevestig eerst de waarschuwingen.', 'Confirm the warnings first.'), {
      warnings,
    });
  const assignmentId = Number(
    db
      .prepare('INSERT INTO assignments (shift_id, volunteer_id, role_id, status, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(
        input.shiftId,
        input.volunteerId,
        input.roleId,
        input.waitlist ? 'wachtlijst' : 'ingepland',
        localDateTime(ctx.clock.now()),
      ).lastInsertRowid,
  );
  // Cover in one save: the shift is never without the place filled, nor filled twice.
  if (replaced) {
    db.prepare("UPDATE assignments SET status = 'afgemeld' WHERE id = ?").run(replaced.id);
    noticeTakenOff(db, ctx.clock, shift, replaced.volunteerId, ctx.actor?.name ?? '');
  }
  const who = personRef('Vrijwilliger', v.id);
  const what = replaced
    ? `valt in voor ${personRef('vrijwilliger', replaced.volunteerId)} bij`
    : input.waitlist
      ? 'op de wachtlijst van'
      : 'ingepland bij';
  ctx.audit({
    entity: 'roster',
    entityId: input.shiftId,
    summary: `${who} ${what} "${shift.title}" ${shift.start}${overruled(warnings, v.name, who)}`,
  });
  return { assignmentId, shift: getShift(db, input.shiftId) };
}

export const assignmentMethods = {
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
    handler: ({ db, clock, actor, audit }, input) => {
      const row = db
        .prepare(
          'SELECT a.shift_id AS shiftId, a.volunteer_id AS volunteerId, a.role_id AS roleId, a.status, v.name FROM assignments a JOIN volunteers v ON v.id = a.volunteer_id WHERE a.id = ?',
        )
        .get(input.id) as
        { shiftId: number; volunteerId: number; roleId: number; status: string; name: string } | undefined;
      if (!row)
        throw new ApiError('NOT_FOUND', msg('Deze inplanning bestaat niet.', 'This assignment does not exist.'));
      const shift = getShift(db, row.shiftId);
      if (
        row.status === 'afgemeld' &&
        input.status !== 'afgemeld' &&
        shift.assignments.some((a) => a.volunteerId === row.volunteerId)
      ) {
        throw ApiError.field(
          'status',
          msg(`${row.name} staat al (opnieuw) op deze dienst.`, `${row.name} is already (back) on this shift.`),
        );
      }
      // Planning someone in from the waiting list (or back after signing off) is an assignment like roster.assign: same warnings.
      const warnings =
        input.status === 'ingepland' && row.status !== 'ingepland'
          ? assignmentWarnings(db, shift, row.volunteerId, row.roleId)
          : [];
      if (warnings.length && !input.confirmWarnings)
        throw new ApiError(
          'NEEDS_CONFIRMATION',
          msg('Bevestig eerst de waarschuwingen.', 'Confirm the warnings first.'),
          { warnings },
        );
      for (const [key, value] of [
        ['actualStart', input.actualStart],
        ['actualEnd', input.actualEnd],
      ] as const) {
        if (value && (value < `${shift.date}T00:00` || value > `${addDays(shift.date, 1)}T12:00`))
          throw ApiError.field(
            key,
            msg('Dit tijdstip hoort niet bij deze dienst.', 'This time does not belong to this shift.'),
          );
      }
      if (input.noShow && shift.end > localDateTime(clock.now()).slice(0, 16))
        throw ApiError.field(
          'noShow',
          msg(
            'Niet verschenen kan pas na afloop van de dienst.',
            'A no-show can only be recorded after the shift has ended.',
          ),
        );
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
      if (row.status === 'ingepland' && input.status !== 'ingepland')
        noticeTakenOff(db, clock, shift, row.volunteerId, actor?.name ?? '');
      audit({
        entity: 'roster',
        entityId: row.shiftId,
        // The no-show reason stays out: it describes the volunteer and is erased with her other details.
        summary: `${personRef('Vrijwilliger', row.volunteerId)}: ${row.status} → ${input.status}${input.noShow ? ', niet verschenen' : ''}${input.actualStart || input.actualEnd ? `, tijden ${input.actualStart ?? '…'}–${input.actualEnd ?? '…'}` : ''}${overruled(warnings, row.name, personRef('Vrijwilliger', row.volunteerId))}`,
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
    handler: ({ db, clock }, { assignmentId }) => {
      const a = db
        .prepare(
          'SELECT shift_id AS shiftId, role_id AS roleId, volunteer_id AS volunteerId FROM assignments WHERE id = ?',
        )
        .get(assignmentId) as { shiftId: number; roleId: number; volunteerId: number } | undefined;
      if (!a)
        throw ApiError.field('assignmentId', msg('Deze inplanning bestaat niet.', 'This assignment does not exist.'));
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
          minutesThisMonth: minutesInMonth(db, c.id, month, localDateTime(clock.now())),
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
