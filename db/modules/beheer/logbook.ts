import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { logbookInput, logbookQuery, logbookUpdate } from './schemas';
import { formatDateNl, localDateTime } from '../../platform/clock';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import { msg } from '../../platform/messages';

export interface LogbookEntry {
  id: number;
  date: string;
  daypart: z.output<typeof logbookInput>['daypart'];
  category: z.output<typeof logbookInput>['category'];
  text: string;
  handover: boolean;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  authorId: number | null;
  authorName: string;
  createdAt: string;
}

/** How a change to a logbook entry reads in the audit log; the text itself only as "gewijzigd". */
const LOGBOOK_LABELS = {
  date: { label: 'Datum', show: formatDateNl },
  daypart: { label: 'Dagdeel', show: String },
  category: { label: 'Categorie', show: String },
  text: { label: 'Tekst', onlyMention: true },
  handover: 'Overdrachtsnotitie',
} satisfies { [K in keyof LogbookEntry]?: FieldLabel<LogbookEntry[K]> };

const SELECT = `SELECT id, date, daypart, category, text, handover, acknowledged_by AS acknowledgedBy, acknowledged_at AS acknowledgedAt,
  author_id AS authorId, author_name AS authorName, created_at AS createdAt FROM logbook_entries`;
const DAYPART_ORDER = "CASE daypart WHEN 'ochtend' THEN 1 WHEN 'middag' THEN 2 ELSE 3 END";
const toEntry = (r: Record<string, unknown>): LogbookEntry => ({
  ...(r as unknown as LogbookEntry),
  handover: r.handover === 1,
});

function getEntry(db: Db, entryId: number): LogbookEntry {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(entryId) as Record<string, unknown> | undefined;
  if (!row)
    throw new ApiError('NOT_FOUND', msg('Deze logboekregel bestaat niet.', 'This logbook entry does not exist.'));
  return toEntry(row);
}

/** Handover notes nobody has marked as read yet, oldest first: they stay on top until someone has. */
export function openHandovers(db: Db): LogbookEntry[] {
  return (
    db
      .prepare(`${SELECT} WHERE handover = 1 AND acknowledged_at IS NULL ORDER BY date, ${DAYPART_ORDER}, id`)
      .all() as Record<string, unknown>[]
  ).map(toEntry);
}

const WRITERS = ['beheerder', 'balie'] as const;
const READERS = ['beheerder', 'balie', 'coordinator'] as const;

export const logbookMethods = {
  'logbook.list': method({
    description: 'Logboekregels in een periode, te zoeken op tekst en categorie; nieuwste eerst.',
    access: READERS,
    mode: 'read',
    input: logbookQuery,
    handler: ({ db }, q) => {
      const like = `%${q.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = db
        .prepare(
          `${SELECT} WHERE date BETWEEN ? AND ? AND (? = '' OR text LIKE ? ESCAPE '\\') AND (? IS NULL OR category = ?) ORDER BY date DESC, ${DAYPART_ORDER} DESC, id DESC`,
        )
        .all(q.from, q.to, q.text, like, q.category, q.category) as Record<string, unknown>[];
      return rows.map(toEntry);
    },
  }),
  'logbook.handovers': method({
    description: 'Overdrachtsnotities die nog niet gelezen zijn.',
    access: READERS,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => openHandovers(db),
  }),
  'logbook.create': method({
    description:
      'Schrijft een regel in het logboek (per dagdeel, met categorie); een overdrachtsnotitie blijft bovenaan tot iemand haar gelezen heeft.',
    access: WRITERS,
    mode: 'write',
    input: logbookInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const now = localDateTime(clock.now());
      const entryId = Number(
        db
          .prepare(
            'INSERT INTO logbook_entries (date, daypart, category, text, handover, author_id, author_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            input.date,
            input.daypart,
            input.category,
            input.text,
            input.handover ? 1 : 0,
            actor!.id,
            actor!.name,
            now,
            now,
          ).lastInsertRowid,
      );
      audit({
        entity: 'logbook',
        entityId: entryId,
        summary: `${input.handover ? 'Overdracht' : 'Logboek'} ${input.date} ${input.daypart} (${input.category})`,
      });
      return getEntry(db, entryId);
    },
  }),
  'logbook.update': method({
    description: 'Wijzigt een logboekregel: de schrijver zelf, of de beheerder.',
    access: WRITERS,
    mode: 'write',
    input: logbookUpdate,
    handler: ({ db, clock, actor, audit }, input) => {
      const before = getEntry(db, input.id);
      if (before.authorId !== actor!.id && actor!.role !== 'beheerder')
        throw new ApiError(
          'FORBIDDEN',
          msg(
            'Alleen wie de regel schreef, of de beheerder, kan haar wijzigen.',
            'Only the person who wrote the entry, or the building manager, can change it.',
          ),
        );
      db.prepare(
        'UPDATE logbook_entries SET date = ?, daypart = ?, category = ?, text = ?, handover = ?, updated_at = ? WHERE id = ?',
      ).run(
        input.date,
        input.daypart,
        input.category,
        input.text,
        input.handover ? 1 : 0,
        localDateTime(clock.now()),
        input.id,
      );
      const after = getEntry(db, input.id);
      audit({
        entity: 'logbook',
        entityId: input.id,
        summary: describeChanges({ ...before }, { ...after }, LOGBOOK_LABELS),
      });
      return after;
    },
  }),
  'logbook.acknowledge': method({
    description: 'Markeert een overdrachtsnotitie als gelezen.',
    access: WRITERS,
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, clock, actor, audit }, input) => {
      const entry = getEntry(db, input.id);
      if (!entry.handover)
        throw new ApiError('CONFLICT', msg('Dit is geen overdrachtsnotitie.', 'This is not a handover note.'));
      if (entry.acknowledgedAt)
        throw new ApiError(
          'CONFLICT',
          msg(`Al gelezen door ${entry.acknowledgedBy}.`, `Already read by ${entry.acknowledgedBy}.`),
        );
      db.prepare('UPDATE logbook_entries SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?').run(
        actor!.name,
        localDateTime(clock.now()),
        input.id,
      );
      audit({ entity: 'logbook', entityId: input.id, summary: 'Overdracht gelezen' });
      return getEntry(db, input.id);
    },
  }),
};
