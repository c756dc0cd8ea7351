import type { Db } from '../../platform/database';
import { method, type Actor } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { countsInput, sessionQuery, syncInput, tallyInput, walkInInput } from './schemas';
import { formatDateNl, localDateTime, type Clock } from '../../platform/clock';
import { ageBands, getActivity } from './activities';
import { syncAllSessions, syncSessionsBetween } from './sync';
import { msg } from '../../platform/messages';

export interface SessionCounts {
  total: number;
  bands: { bandId: number; count: number }[];
  unknown: number;
  newVisitors: number;
  volunteersPresent: number;
  women: number | null;
  men: number | null;
  note: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Session {
  id: number;
  activityId: number;
  activityName: string;
  bookingId: number | null;
  date: string;
  daypart: string | null;
  start: string;
  end: string;
  cancelled: boolean;
  rooms: string[];
  counts: SessionCounts | null;
}

const WALK_IN_HOURS = { ochtend: ['08:00', '13:00'], middag: ['13:00', '18:00'], avond: ['18:00', '23:00'] } as const;

function countsOf(db: Db, sessionId: number): SessionCounts | null {
  const row = db
    .prepare(
      'SELECT total, new_visitors AS newVisitors, volunteers_present AS volunteersPresent, women, men, note, updated_at AS updatedAt, updated_by AS updatedBy FROM session_counts WHERE session_id = ?',
    )
    .get(sessionId) as Omit<SessionCounts, 'bands' | 'unknown'> | undefined;
  if (!row) return null;
  const bands = db
    .prepare('SELECT band_id AS bandId, count FROM session_band_counts WHERE session_id = ? ORDER BY band_id')
    .all(sessionId) as SessionCounts['bands'];
  return { ...row, bands, unknown: row.total - bands.reduce((s, b) => s + b.count, 0) };
}

const SELECT = `SELECT s.id, s.activity_id AS activityId, a.name AS activityName, s.booking_id AS bookingId, s.date, s.daypart, s.start, s.end, s.cancelled,
  (SELECT json_group_array(r.name) FROM booking_rooms br JOIN rooms r ON r.id = br.room_id WHERE br.booking_id = s.booking_id) AS rooms
  FROM sessions s JOIN activities a ON a.id = s.activity_id`;

function toSession(db: Db, r: Record<string, unknown>): Session {
  return {
    ...(r as unknown as Session),
    cancelled: r.cancelled === 1,
    rooms: r.rooms ? (JSON.parse(r.rooms as string) as string[]) : [],
    counts: countsOf(db, r.id as number),
  };
}

export function getSession(db: Db, sessionId: number): Session {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(sessionId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field('sessionId', msg('Deze sessie bestaat niet.', 'This session does not exist.'));
  return toSession(db, row);
}

export function sessionsBetween(db: Db, from: string, to: string, activityId: number | null = null): Session[] {
  return (
    db
      .prepare(`${SELECT} WHERE s.date BETWEEN ? AND ? AND (? IS NULL OR s.activity_id = ?) ORDER BY s.start, a.name`)
      .all(from, to, activityId, activityId) as Record<string, unknown>[]
  ).map((r) => toSession(db, r));
}

/**
 * How one tap reads in the audit log: "+1 bij 24–64 jaar, Open inloop di 8 dec 2026 ochtend: totaal 5", so the
 * beheerder sees which group, which session and where the count stood without looking anything up.
 */
function tallySummary(db: Db, s: Session, input: z.output<typeof tallyInput>, total: number): string {
  const label = input.bandId === null ? null : ageBands(db, true).find((b) => b.id === input.bandId)!.label;
  const band = label === null ? 'onbekende leeftijd' : /\d/.test(label) ? `${label} jaar` : label;
  const when = `${formatDateNl(s.date)} ${s.daypart ?? s.start.slice(11, 16)}`;
  return `${input.delta > 0 ? '+1' : '−1'} bij ${band}, ${s.activityName} ${when}: totaal ${total}`;
}

/** Only sessions that have begun and were not cancelled can be counted. */
function countable(db: Db, clock: Clock, sessionId: number): Session {
  const s = getSession(db, sessionId);
  if (s.cancelled)
    throw ApiError.field(
      'sessionId',
      msg(
        'Deze sessie is geannuleerd (de boeking gaat niet door): er valt niets te tellen.',
        'This session was cancelled (the booking is off): there is nothing to count.',
      ),
    );
  if (s.start > localDateTime(clock.now()).slice(0, 16))
    throw ApiError.field(
      'sessionId',
      msg(
        'Deze sessie is nog niet begonnen: tellen kan vanaf het begin.',
        'This session has not started yet: counting is possible from the start.',
      ),
    );
  return s;
}

function checkBands(db: Db, bandIds: number[], field: (i: number) => string): void {
  const known = new Set(ageBands(db, true).map((b) => b.id));
  bandIds.forEach((b, i) => {
    if (!known.has(b)) throw ApiError.field(field(i), msg('Onbekende leeftijdsgroep.', 'Unknown age group.'));
  });
}

export function writeCounts(db: Db, clock: Clock, input: z.output<typeof countsInput>, by: Actor | null): void {
  db.prepare(
    `INSERT INTO session_counts (session_id, total, new_visitors, volunteers_present, women, men, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(session_id) DO UPDATE SET total = excluded.total, new_visitors = excluded.new_visitors, volunteers_present = excluded.volunteers_present,
    women = excluded.women, men = excluded.men, note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(
    input.sessionId,
    input.total,
    input.newVisitors,
    input.volunteersPresent,
    input.women,
    input.men,
    input.note,
    localDateTime(clock.now()),
    by?.name ?? 'systeem',
  );
  db.prepare('DELETE FROM session_band_counts WHERE session_id = ?').run(input.sessionId);
  const insert = db.prepare('INSERT INTO session_band_counts (session_id, band_id, count) VALUES (?, ?, ?)');
  for (const b of input.bands) if (b.count > 0) insert.run(input.sessionId, b.bandId, b.count);
}

const COUNTERS = ['beheerder', 'balie'] as const;
const READERS = ['beheerder', 'balie', 'coordinator'] as const;

export const attendanceMethods = {
  'attendance.sessions': method({
    description: 'Sessies in een periode (van een activiteit of alle), met hun tellingen.',
    access: READERS,
    mode: 'read',
    input: sessionQuery,
    handler: ({ db }, q) => sessionsBetween(db, q.from, q.to, q.activityId),
  }),
  'attendance.sync': method({
    description:
      'Brengt de sessies in lijn met hun boekingen (nieuwe, verplaatste en geannuleerde): met een periode die van de boekingen die daarin beginnen en de sessies die daarin vallen (wat een scherm toont), zonder die van alle activiteiten.',
    access: ['beheerder', 'balie'],
    mode: 'system',
    input: syncInput,
    handler: ({ db, clock }, q) => ({
      changes:
        q.from !== null && q.to !== null ? syncSessionsBetween(db, clock, q.from, q.to) : syncAllSessions(db, clock),
    }),
  }),
  'attendance.walkInSession': method({
    description: 'De sessie van de open inloop voor een dag en dagdeel (wordt gemaakt als ze er nog niet is).',
    access: COUNTERS,
    mode: 'write',
    input: walkInInput,
    handler: ({ db, clock, audit }, input) => {
      const activity = getActivity(db, input.activityId);
      if (!activity.walkIn)
        throw ApiError.field(
          'activityId',
          msg(`${activity.name} is geen open inloop.`, `${activity.name} is not an open walk-in.`),
        );
      const existing = db
        .prepare('SELECT id FROM sessions WHERE activity_id = ? AND date = ? AND daypart = ?')
        .get(input.activityId, input.date, input.daypart) as { id: number } | undefined;
      if (existing) return getSession(db, existing.id);
      const [start, end] = WALK_IN_HOURS[input.daypart];
      if (`${input.date}T${start}` > localDateTime(clock.now()).slice(0, 16))
        throw ApiError.field(
          'date',
          msg('Dit dagdeel is nog niet begonnen.', 'This part of the day has not started yet.'),
        );
      const sessionId = Number(
        db
          .prepare('INSERT INTO sessions (activity_id, date, daypart, start, end) VALUES (?, ?, ?, ?, ?)')
          .run(input.activityId, input.date, input.daypart, `${input.date}T${start}`, `${input.date}T${end}`)
          .lastInsertRowid,
      );
      audit({
        entity: 'attendance',
        entityId: sessionId,
        summary: `Inloopsessie ${activity.name} ${input.date} ${input.daypart} geopend`,
      });
      return getSession(db, sessionId);
    },
  }),
  'attendance.setCounts': method({
    description:
      'Legt de telling van een sessie vast: totaal, per leeftijdsgroep (de rest is "onbekend"), nieuwe bezoekers, vrijwilligers, eventueel vrouwen en mannen.',
    access: COUNTERS,
    mode: 'write',
    input: countsInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const s = countable(db, clock, input.sessionId);
      checkBands(
        db,
        input.bands.map((b) => b.bandId),
        (i) => `bands.${i}.bandId`,
      );
      writeCounts(db, clock, input, actor);
      audit({
        entity: 'attendance',
        entityId: input.sessionId,
        summary: `${s.activityName} ${s.start}: ${input.total} bezoekers`,
      });
      return getSession(db, input.sessionId);
    },
  }),
  'attendance.tally': method({
    description:
      'De turfteller: één bezoeker erbij of eraf, per leeftijdsgroep (of onbekend); elke klik wordt meteen opgeslagen.',
    access: COUNTERS,
    mode: 'write',
    input: tallyInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const s = countable(db, clock, input.sessionId);
      if (input.bandId !== null) checkBands(db, [input.bandId], () => 'bandId');
      const counts = s.counts ?? {
        total: 0,
        bands: [],
        unknown: 0,
        newVisitors: 0,
        volunteersPresent: 0,
        women: null,
        men: null,
        note: '',
      };
      const bands = new Map(counts.bands.map((b) => [b.bandId, b.count]));
      if (input.bandId !== null) {
        const current = bands.get(input.bandId) ?? 0;
        if (current + input.delta < 0)
          throw ApiError.field('delta', msg('Deze groep staat al op nul.', 'This group is already at zero.'));
        bands.set(input.bandId, current + input.delta);
      } else if (counts.unknown + input.delta < 0) {
        throw ApiError.field(
          'delta',
          msg(
            'Er staan geen onbekende bezoekers meer om af te trekken.',
            'There are no more unknown visitors to subtract.',
          ),
        );
      }
      const total = counts.total + input.delta;
      writeCounts(
        db,
        clock,
        {
          ...counts,
          sessionId: input.sessionId,
          total,
          bands: [...bands].map(([bandId, count]) => ({ bandId, count })),
          newVisitors: Math.min(counts.newVisitors, total),
        },
        actor,
      );
      audit({ entity: 'attendance', entityId: input.sessionId, summary: tallySummary(db, s, input, total) });
      return getSession(db, input.sessionId);
    },
  }),
  'attendance.session': method({
    description: 'Eén sessie met haar telling.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => getSession(db, input.id),
  }),
};
