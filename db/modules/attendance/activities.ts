import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput, id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  activityInput,
  activityQuery,
  ageBandQuery,
  activityUpdate,
  bandInput,
  type ORGANISER_KINDS,
  type PRIORITY_GROUPS,
} from './schemas';
import { localDateTime, type Clock } from '../../platform/clock';
import { describeChanges } from '../../contract/audit';
import { msg } from '../../platform/messages';

export interface Activity {
  id: number;
  name: string;
  description: string;
  organiserKind: (typeof ORGANISER_KINDS)[number];
  organiserName: string;
  renterId: number | null;
  categoryId: number;
  categoryName: string;
  priorityGroups: (typeof PRIORITY_GROUPS)[number][];
  wijk: string;
  public: boolean;
  targetGroup: string;
  walkIn: boolean;
  active: boolean;
  seriesIds: number[];
  bookingIds: number[];
}

export interface AgeBand {
  id: number;
  label: string;
  minAge: number;
  maxAge: number | null;
  active: boolean;
}

export function ageBands(db: Db, includeInactive = false): AgeBand[] {
  return (
    db
      .prepare(
        `SELECT id, label, min_age AS minAge, max_age AS maxAge, active FROM age_bands ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY sort_order, min_age`,
      )
      .all() as Record<string, unknown>[]
  ).map((b) => ({ ...(b as unknown as AgeBand), active: b.active === 1 }));
}

const SELECT = `SELECT a.id, a.name, a.description, a.organiser_kind AS organiserKind, a.organiser_name AS organiserName, a.renter_id AS renterId,
  a.category_id AS categoryId, c.name AS categoryName, a.priority_groups AS priorityGroups, a.wijk, a.public, a.target_group AS targetGroup,
  a.walk_in AS walkIn, a.active FROM activities a JOIN activity_categories c ON c.id = a.category_id`;

function toActivity(db: Db, r: Record<string, unknown>): Activity {
  const links = db
    .prepare('SELECT series_id AS seriesId, booking_id AS bookingId FROM activity_links WHERE activity_id = ?')
    .all(r.id) as { seriesId: number | null; bookingId: number | null }[];
  return {
    ...(r as unknown as Activity),
    priorityGroups: JSON.parse(r.priorityGroups as string) as Activity['priorityGroups'],
    public: r.public === 1,
    walkIn: r.walkIn === 1,
    active: r.active === 1,
    seriesIds: links.flatMap((l) => (l.seriesId ? [l.seriesId] : [])),
    bookingIds: links.flatMap((l) => (l.bookingId ? [l.bookingId] : [])),
  };
}

export function getActivity(db: Db, activityId: number): Activity {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(activityId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field('activityId', msg('Deze activiteit bestaat niet.', 'This activity does not exist.'));
  return toActivity(db, row);
}

export function listActivities(db: Db, includeInactive = false): Activity[] {
  return (
    db
      .prepare(`${SELECT} ${includeInactive ? '' : 'WHERE a.active = 1'} ORDER BY a.active DESC, a.name COLLATE NOCASE`)
      .all() as Record<string, unknown>[]
  ).map((r) => toActivity(db, r));
}

type ActivityFields = z.output<typeof activityInput>;

function check(db: Db, a: ActivityFields): void {
  if (!db.prepare('SELECT 1 FROM activity_categories WHERE id = ?').get(a.categoryId))
    throw ApiError.field('categoryId', msg('Kies een bestaande categorie.', 'Choose an existing category.'));
  if (a.renterId !== null && !db.prepare('SELECT 1 FROM renters WHERE id = ?').get(a.renterId))
    throw ApiError.field('renterId', msg('Deze huurder bestaat niet.', 'This renter does not exist.'));
  a.seriesIds.forEach((s, i) => {
    if (!db.prepare('SELECT 1 FROM booking_series WHERE id = ?').get(s))
      throw ApiError.field(
        `seriesIds.${i}`,
        msg('Deze boekingsreeks bestaat niet.', 'This booking series does not exist.'),
      );
  });
  a.bookingIds.forEach((b, i) => {
    if (!db.prepare('SELECT 1 FROM bookings WHERE id = ?').get(b))
      throw ApiError.field(`bookingIds.${i}`, msg('Deze boeking bestaat niet.', 'This booking does not exist.'));
  });
}

function writeLinks(db: Db, activityId: number, a: ActivityFields): void {
  db.prepare('DELETE FROM activity_links WHERE activity_id = ?').run(activityId);
  const insert = db.prepare('INSERT INTO activity_links (activity_id, series_id, booking_id) VALUES (?, ?, ?)');
  for (const s of new Set(a.seriesIds)) insert.run(activityId, s, null);
  for (const b of new Set(a.bookingIds)) insert.run(activityId, null, b);
}

export function insertActivity(db: Db, clock: Clock, a: ActivityFields): number {
  check(db, a);
  const activityId = Number(
    db
      .prepare(
        `INSERT INTO activities (name, description, organiser_kind, organiser_name, renter_id, category_id, priority_groups, wijk, public, target_group, walk_in, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.name,
        a.description,
        a.organiserKind,
        a.organiserName,
        a.renterId,
        a.categoryId,
        JSON.stringify(a.priorityGroups),
        a.wijk,
        a.public ? 1 : 0,
        a.targetGroup,
        a.walkIn ? 1 : 0,
        localDateTime(clock.now()),
      ).lastInsertRowid,
  );
  writeLinks(db, activityId, a);
  syncSessions(db, activityId);
  return activityId;
}

/**
 * Sessions follow the linked bookings: one per booking occurrence, moved along when the booking
 * moves, marked cancelled when it is cancelled. Counts already entered stay with their session.
 */
export function syncSessions(db: Db, activityId: number): { created: number; updated: number } {
  const bookings = db
    .prepare(
      `SELECT b.id, b.start, b.end, b.status FROM bookings b WHERE b.id IN (
      SELECT booking_id FROM activity_links WHERE activity_id = ? AND booking_id IS NOT NULL
      UNION SELECT b2.id FROM bookings b2 JOIN activity_links l ON l.series_id = b2.series_id WHERE l.activity_id = ?)`,
    )
    .all(activityId, activityId) as { id: number; start: string; end: string; status: string }[];
  const existing = db.prepare(
    'SELECT id, start, end, cancelled FROM sessions WHERE activity_id = ? AND booking_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO sessions (activity_id, booking_id, date, start, end, cancelled) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE sessions SET date = ?, start = ?, end = ?, cancelled = ? WHERE id = ?');
  let created = 0;
  let updated = 0;
  for (const b of bookings) {
    const cancelled = b.status === 'geannuleerd' ? 1 : 0;
    const s = existing.get(activityId, b.id) as
      { id: number; start: string; end: string; cancelled: number } | undefined;
    if (!s) {
      insert.run(activityId, b.id, b.start.slice(0, 10), b.start, b.end, cancelled);
      created++;
    } else if (s.start !== b.start || s.end !== b.end || s.cancelled !== cancelled) {
      update.run(b.start.slice(0, 10), b.start, b.end, cancelled, s.id);
      updated++;
    }
  }
  return { created, updated };
}

export const activityMethods = {
  'activities.walkIns': method({
    description:
      'De actieve inloopactiviteiten (id en naam): wat de knoppen "Tellen" per dagdeel tonen, zonder de gekoppelde boekingen van alle activiteiten.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) =>
      db
        .prepare('SELECT id, name FROM activities WHERE active = 1 AND walk_in = 1 ORDER BY name COLLATE NOCASE')
        .all() as { id: number; name: string }[],
  }),
  'activities.list': method({
    description: 'De activiteiten van het huis met categorie, doelgroepen en gekoppelde boekingen.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: activityQuery,
    handler: ({ db }, q) => listActivities(db, q.includeInactive),
  }),
  'activities.categories': method({
    description: 'De categorieën van activiteiten.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) =>
      db.prepare('SELECT id, name, active = 1 AS active FROM activity_categories ORDER BY active DESC, name').all(),
  }),
  'activities.createCategory': method({
    description: 'Voegt een categorie toe.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({
      name: z
        .string({ error: msg('Naam is verplicht.', 'Name is required.') })
        .trim()
        .min(1, msg('Naam is verplicht.', 'Name is required.'))
        .max(60, msg('Naam mag hoogstens 60 tekens lang zijn.', 'Name may be at most 60 characters long.')),
    }),
    handler: ({ db }, input) => {
      if (db.prepare('SELECT 1 FROM activity_categories WHERE name = ?').get(input.name))
        throw ApiError.field('name', msg('Deze categorie bestaat al.', 'This category already exists.'));
      return {
        id: Number(db.prepare('INSERT INTO activity_categories (name) VALUES (?)').run(input.name).lastInsertRowid),
        name: input.name,
      };
    },
  }),
  'activities.create': method({
    description: 'Voegt een activiteit toe; gekoppelde boekingen (of een reeks) maken de sessies.',
    access: ['beheerder'],
    mode: 'write',
    input: activityInput,
    handler: ({ db, clock, audit }, input) => {
      const activityId = insertActivity(db, clock, input);
      audit({ entity: 'activities', entityId: activityId, summary: `Activiteit "${input.name}" toegevoegd` });
      return getActivity(db, activityId);
    },
  }),
  'activities.update': method({
    description: 'Wijzigt een activiteit (of zet haar uit); de sessies volgen de gekoppelde boekingen.',
    access: ['beheerder'],
    mode: 'write',
    input: activityUpdate,
    handler: ({ db, audit }, input) => {
      const before = getActivity(db, input.id);
      check(db, input);
      db.prepare(
        `UPDATE activities SET name = ?, description = ?, organiser_kind = ?, organiser_name = ?, renter_id = ?, category_id = ?, priority_groups = ?, wijk = ?,
        public = ?, target_group = ?, walk_in = ?, active = ? WHERE id = ?`,
      ).run(
        input.name,
        input.description,
        input.organiserKind,
        input.organiserName,
        input.renterId,
        input.categoryId,
        JSON.stringify(input.priorityGroups),
        input.wijk,
        input.public ? 1 : 0,
        input.targetGroup,
        input.walkIn ? 1 : 0,
        input.active ? 1 : 0,
        input.id,
      );
      writeLinks(db, input.id, input);
      syncSessions(db, input.id);
      const after = getActivity(db, input.id);
      const pick = (a: Activity) => ({
        name: a.name,
        category: a.categoryName,
        priorityGroups: a.priorityGroups,
        public: a.public,
        walkIn: a.walkIn,
        active: a.active,
        series: a.seriesIds.length,
        bookings: a.bookingIds.length,
      });
      audit({
        entity: 'activities',
        entityId: input.id,
        summary: `${after.name}: ${describeChanges(pick(before), pick(after), {
          name: 'Naam',
          category: { label: 'Categorie', show: String },
          priorityGroups: 'Prioriteitsgroepen',
          public: 'In het weekprogramma',
          walkIn: 'Open inloop',
          active: 'Actief',
          series: 'Gekoppelde reeksen',
          bookings: 'Gekoppelde losse boekingen',
        })}`,
      });
      return after;
    },
  }),
  'activities.ageBands': method({
    description:
      'De leeftijdsgroepen waarin geteld wordt; met includeInactive ook de uitgeschakelde (die oude tellingen nog dragen).',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: ageBandQuery,
    handler: ({ db }, q) => ageBands(db, q.includeInactive),
  }),
  'activities.addAgeBand': method({
    description: 'Voegt een leeftijdsgroep toe (bestaande tellingen blijven bij hun groep).',
    access: ['beheerder'],
    mode: 'write',
    input: bandInput,
    handler: ({ db }, input) => {
      if (db.prepare('SELECT 1 FROM age_bands WHERE label = ?').get(input.label))
        throw ApiError.field('label', msg('Deze leeftijdsgroep bestaat al.', 'This age group already exists.'));
      const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM age_bands').get() as { n: number }).n;
      const bandId = Number(
        db
          .prepare('INSERT INTO age_bands (label, min_age, max_age, sort_order) VALUES (?, ?, ?, ?)')
          .run(input.label, input.minAge, input.maxAge, next).lastInsertRowid,
      );
      return ageBands(db, true).find((b) => b.id === bandId)!;
    },
  }),
  'activities.setAgeBandActive': method({
    description: 'Zet een leeftijdsgroep aan of uit.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id, active: z.boolean() }),
    handler: ({ db }, input) => {
      if (db.prepare('UPDATE age_bands SET active = ? WHERE id = ?').run(input.active ? 1 : 0, input.id).changes === 0)
        throw new ApiError('NOT_FOUND', msg('Deze leeftijdsgroep bestaat niet.', 'This age group does not exist.'));
      return ageBands(db, true).find((b) => b.id === input.id)!;
    },
  }),
};
