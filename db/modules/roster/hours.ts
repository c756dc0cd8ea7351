import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { allowanceInput, allowanceLimitInput, hoursInput, yearInput } from './schemas';
import { addDays, formatCents, isoWeekday, localDate, localDateTime } from '../../platform/clock';
import { COORDINATION } from './access';
import { getVolunteer } from './volunteers';
import { certificatesOf } from './certificates';
import { shiftsBetween } from './shifts';
import { personRef } from '../../contract/audit';
import { msg } from '../../platform/messages';

function allowanceLimit(db: Db, year: number) {
  return (
    (db
      .prepare('SELECT yearly_cents AS yearlyCents, monthly_cents AS monthlyCents FROM allowance_limits WHERE year = ?')
      .get(year) as { yearlyCents: number; monthlyCents: number } | undefined) ?? null
  );
}

function paidCents(db: Db, volunteerId: number, from: string, to: string): number {
  return (
    db
      .prepare(
        'SELECT coalesce(sum(amount_cents), 0) AS c FROM volunteer_allowances WHERE volunteer_id = ? AND paid_on >= ? AND paid_on < ?',
      )
      .get(volunteerId, from, to) as { c: number }
  ).c;
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** Minutes a volunteer worked in a calendar month until `now`, from past shifts and hours logged by hand. */
export function minutesInMonth(db: Db, volunteerId: number, month: string, now: string): number {
  return workedMinutes(db, volunteerId, `${month}-01`, `${nextMonth(month)}-01`, now);
}

/**
 * Worked minutes in [from, to): shifts that have ended by `now` (local 'YYYY-MM-DDTHH:MM:SS'), as
 * corrected; no-shows count nothing.
 */
export function workedMinutes(db: Db, volunteerId: number, from: string, to: string, now: string): number {
  const shifts = db
    .prepare(
      `SELECT coalesce(a.actual_start, s.start) AS start, coalesce(a.actual_end, s.end) AS end FROM assignments a JOIN shifts s ON s.id = a.shift_id
    WHERE a.volunteer_id = ? AND a.status = 'ingepland' AND a.no_show = 0 AND s.cancelled = 0 AND s.start >= ? AND s.start < ? AND s.end <= ?`,
    )
    .all(volunteerId, `${from}T00:00`, `${to}T00:00`, now.slice(0, 16)) as { start: string; end: string }[];
  const manual = db
    .prepare(
      'SELECT coalesce(sum(minutes), 0) AS m FROM volunteer_hours WHERE volunteer_id = ? AND date >= ? AND date < ?',
    )
    .get(volunteerId, from, to) as { m: number };
  return (
    shifts.reduce((sum, s) => sum + (Date.parse(`${s.end}:00Z`) - Date.parse(`${s.start}:00Z`)) / 60_000, 0) + manual.m
  );
}

/** Hours per month of a year for one volunteer, the year total, and tegenprestatie progress until `now`. */
export function hoursSummary(db: Db, volunteerId: number, year: number, now: string) {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const perMonth = months.map((month) => ({
    month,
    minutes: minutesInMonth(db, volunteerId, month, now),
  }));
  const total = perMonth.reduce((s, m) => s + m.minutes, 0);
  const v = getVolunteer(db, volunteerId, null);
  let tegenprestatie = null;
  if (v.tegenprestatie) {
    // The goal counts the weeks of this year since the start date, up to today.
    const from = v.startDate > `${year}-01-01` ? v.startDate : `${year}-01-01`;
    const today = now.slice(0, 10);
    const until = today < `${year}-12-31` ? today : `${year}-12-31`;
    const weeks = Math.max(
      0,
      Math.floor((Date.parse(until) - Date.parse(from)) / (7 * 86_400_000)) +
        (isoWeekday(until) >= isoWeekday(from) ? 1 : 0),
    );
    const goalMinutes = weeks * v.tegenprestatieHours * 60;
    tegenprestatie = {
      hoursPerWeek: v.tegenprestatieHours,
      weeks,
      goalMinutes,
      doneMinutes: total,
      percent: goalMinutes ? Math.round((100 * total) / goalMinutes) : 100,
    };
  }
  return { perMonth, totalMinutes: total, tegenprestatie };
}

export const volunteerHourMethods = {
  'roster.logHours': method({
    description: 'Schrijft extra uren van een vrijwilliger bij (naast de diensten).',
    access: COORDINATION,
    mode: 'write',
    input: hoursInput,
    handler: ({ db, clock, audit }, input) => {
      getVolunteer(db, input.volunteerId, null);
      if (input.date > localDate(clock.now()))
        throw ApiError.field(
          'date',
          msg(
            'Uren schrijf je achteraf: de datum ligt in de toekomst.',
            'Hours are logged afterwards: the date is in the future.',
          ),
        );
      const hoursId = Number(
        db
          .prepare('INSERT INTO volunteer_hours (volunteer_id, date, minutes, description) VALUES (?, ?, ?, ?)')
          .run(input.volunteerId, input.date, input.minutes, input.description).lastInsertRowid,
      );
      audit({
        entity: 'volunteers',
        entityId: input.volunteerId,
        // Without the description: it may describe the volunteer, and erasing her empties it.
        summary: `${input.minutes} minuten bijgeschreven voor ${personRef('vrijwilliger', input.volunteerId)} op ${input.date}`,
      });
      return { id: hoursId, ...input };
    },
  }),
  'roster.hours': method({
    description: 'Uren van een vrijwilliger per maand en per jaar, en de voortgang van de tegenprestatie.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ volunteerId: id }).and(yearInput),
    handler: ({ db, clock }, q) => hoursSummary(db, q.volunteerId, q.year, localDateTime(clock.now())),
  }),
  'roster.hoursOverview': method({
    description:
      'Uren van alle actieve vrijwilligers in een jaar, met tegenprestatie en betaalde vergoedingen tegen het onbelaste maximum.',
    access: COORDINATION,
    mode: 'read',
    input: yearInput,
    handler: ({ db, clock }, { year }) => {
      const now = localDateTime(clock.now());
      const limit = allowanceLimit(db, year);
      const vols = db
        .prepare(
          "SELECT id, name FROM volunteers WHERE status <> 'gestopt' OR stopped_on >= ? ORDER BY name COLLATE NOCASE",
        )
        .all(`${year}-01-01`) as { id: number; name: string }[];
      return {
        limit,
        rows: vols.map((v) => {
          const h = hoursSummary(db, v.id, year, now);
          const paid = paidCents(db, v.id, `${year}-01-01`, `${year + 1}-01-01`);
          return {
            volunteerId: v.id,
            name: v.name,
            totalMinutes: h.totalMinutes,
            tegenprestatie: h.tegenprestatie,
            allowanceCents: paid,
            overLimit: limit !== null && paid > limit.yearlyCents,
          };
        }),
      };
    },
  }),
  'allowances.pay': method({
    description:
      'Registreert een betaalde vrijwilligersvergoeding; boven het onbelaste maximum (per maand of per jaar) wordt geweigerd.',
    access: COORDINATION,
    mode: 'write',
    input: allowanceInput,
    handler: ({ db, audit }, input) => {
      const v = getVolunteer(db, input.volunteerId, null);
      const year = Number(input.paidOn.slice(0, 4));
      const limit = allowanceLimit(db, year);
      if (!limit)
        throw ApiError.field(
          'paidOn',
          msg(`Stel eerst het onbelaste maximum voor ${year} in.`, `First set the tax-free maximum for ${year}.`),
        );
      const yearPaid = paidCents(db, input.volunteerId, `${year}-01-01`, `${year + 1}-01-01`);
      if (yearPaid + input.amountCents > limit.yearlyCents) {
        throw ApiError.field(
          'amountCents',
          msg(
            `Dan komt ${v.name} boven het onbelaste maximum van ${formatCents(limit.yearlyCents)} in ${year} (al betaald: ${formatCents(yearPaid)}).`,
            `That would take ${v.name} over the tax-free maximum of ${formatCents(limit.yearlyCents)} in ${year} (already paid: ${formatCents(yearPaid)}).`,
          ),
        );
      }
      const month = input.paidOn.slice(0, 7);
      const monthPaid = paidCents(db, input.volunteerId, `${month}-01`, `${nextMonth(month)}-01`);
      if (monthPaid + input.amountCents > limit.monthlyCents) {
        throw ApiError.field(
          'amountCents',
          msg(
            `Dan komt ${v.name} boven het maandmaximum van ${formatCents(limit.monthlyCents)} (deze maand al: ${formatCents(monthPaid)}).`,
            `That would take ${v.name} over the monthly maximum of ${formatCents(limit.monthlyCents)} (this month already: ${formatCents(monthPaid)}).`,
          ),
        );
      }
      const allowanceId = Number(
        db
          .prepare(
            'INSERT INTO volunteer_allowances (volunteer_id, paid_on, amount_cents, description) VALUES (?, ?, ?, ?)',
          )
          .run(input.volunteerId, input.paidOn, input.amountCents, input.description).lastInsertRowid,
      );
      audit({
        entity: 'volunteers',
        entityId: input.volunteerId,
        summary: `Vergoeding ${formatCents(input.amountCents)} betaald aan ${personRef('vrijwilliger', input.volunteerId)} op ${input.paidOn}`,
      });
      return { id: allowanceId, yearTotalCents: yearPaid + input.amountCents, limit };
    },
  }),
  'allowances.list': method({
    description: 'Betaalde vergoedingen van een vrijwilliger in een jaar.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ volunteerId: id }).and(yearInput),
    handler: ({ db }, q) => ({
      payments: db
        .prepare(
          'SELECT id, paid_on AS paidOn, amount_cents AS amountCents, description FROM volunteer_allowances WHERE volunteer_id = ? AND paid_on LIKE ? ORDER BY paid_on',
        )
        .all(q.volunteerId, `${q.year}-%`),
      limit: allowanceLimit(db, q.year),
    }),
  }),
  'allowances.setLimit': method({
    description: 'Stelt het onbelaste maximum voor vrijwilligersvergoedingen van een jaar in (per jaar en per maand).',
    access: ['beheerder'],
    mode: 'write',
    input: allowanceLimitInput,
    handler: ({ db, audit }, input) => {
      if (input.monthlyCents > input.yearlyCents)
        throw ApiError.field(
          'monthlyCents',
          msg(
            'Het maandmaximum kan niet hoger zijn dan het jaarmaximum.',
            'The monthly maximum cannot be higher than the yearly maximum.',
          ),
        );
      db.prepare(
        'INSERT INTO allowance_limits (year, yearly_cents, monthly_cents) VALUES (?, ?, ?) ON CONFLICT(year) DO UPDATE SET yearly_cents = excluded.yearly_cents, monthly_cents = excluded.monthly_cents',
      ).run(input.year, input.yearlyCents, input.monthlyCents);
      audit({
        entity: 'volunteers',
        entityId: `maximum-${input.year}`,
        summary: `Onbelast maximum ${input.year}: ${formatCents(input.yearlyCents)} per jaar, ${formatCents(input.monthlyCents)} per maand`,
      });
      return allowanceLimit(db, input.year);
    },
  }),
  'volunteers.profile': method({
    description: 'Het profiel van een vrijwilliger: komende diensten, uren dit jaar en certificaten.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, clock, actor }, input) => {
      const volunteer = getVolunteer(db, input.id, actor);
      const now = localDateTime(clock.now());
      const today = now.slice(0, 10);
      const upcoming = shiftsBetween(db, today, addDays(today, 60)).filter((s) =>
        s.assignments.some((a) => a.volunteerId === input.id),
      );
      return {
        volunteer,
        certificates: certificatesOf(db, input.id),
        upcoming,
        hours: hoursSummary(db, input.id, Number(today.slice(0, 4)), now),
      };
    },
  }),
  'volunteers.milestones': method({
    description:
      'Wie dit jaar een jubileum heeft (1, 5, 10, 15, 20, 25 jaar) of een urengrens haalt (100, 250, 500, 1000 uur), voor de jaarlijkse waardering.',
    access: COORDINATION,
    mode: 'read',
    input: yearInput,
    handler: ({ db, clock }, { year }) => {
      const now = localDateTime(clock.now());
      const vols = db
        .prepare(
          "SELECT id, name, start_date AS startDate FROM volunteers WHERE status <> 'gestopt' ORDER BY name COLLATE NOCASE",
        )
        .all() as { id: number; name: string; startDate: string }[];
      const out: {
        volunteerId: number;
        name: string;
        kind: 'jubileum' | 'uren';
        value: number;
        date: string | null;
      }[] = [];
      for (const v of vols) {
        const years = year - Number(v.startDate.slice(0, 4));
        if ([1, 5, 10, 15, 20, 25, 30, 40].includes(years))
          out.push({
            volunteerId: v.id,
            name: v.name,
            kind: 'jubileum',
            value: years,
            date: `${year}${v.startDate.slice(4)}`,
          });
        const hours = Math.floor(workedMinutes(db, v.id, `${year}-01-01`, `${year + 1}-01-01`, now) / 60);
        const reached = [1000, 500, 250, 100].find((t) => hours >= t);
        if (reached) out.push({ volunteerId: v.id, name: v.name, kind: 'uren', value: reached, date: null });
      }
      return out;
    },
  }),
};
