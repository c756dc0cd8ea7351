import type { z } from '../../contract/zod';
import { method } from '../../contract/method';
import type { Db } from '../../platform/database';
import { auditQuery } from '../accounts/schemas';

export interface AuditEntryRow {
  id: number;
  at: string;
  summary: string;
}

export interface AuditRow extends AuditEntryRow {
  userId: number | null;
  userName: string;
  method: string;
  entity: string;
  entityId: string | null;
  /** How many entries this row stands for: more than 1 when repeated taps were folded into it. */
  count: number;
  /** When the first folded entry was written (`at` is the last one). */
  firstAt: string;
  /** The folded entries, newest first; empty when the row is one entry. */
  entries: AuditEntryRow[];
}

/**
 * Methods whose rows are single taps rather than changes: the tally counter writes one row per visitor. Their rows
 * fold in the list, so one session's counting is one line between the real changes.
 */
export const FOLDED_METHODS = ['attendance.tally'] as const;
/** Entries of a folded method, by the same person on the same record, each at most this long after the previous. */
export const FOLD_GAP_MINUTES = 10;

const auditExportQuery = auditQuery.unwrap().omit({ limit: true, offset: true }).default({});
/** A year of a busy house; the CSV is for an auditor, the screen pages through anything bigger. */
const EXPORT_MAX = 100_000;

type Query = Partial<z.output<typeof auditExportQuery>>;

/** The WHERE clause of a filter, shared by the list and the CSV so both hold the same entries. */
function whereOf(q: Query): { clause: string; args: unknown[] } {
  const filters: [string, unknown[]][] = [];
  if (q.from) filters.push(['at >= ?', [q.from]]);
  if (q.to) filters.push(['at < ?', [`${q.to}T99`]]);
  if (q.userId) filters.push(['user_id = ?', [q.userId]]);
  if (q.entity) filters.push(['entity = ?', [q.entity]]);
  if (q.text) {
    const like = `%${escapeLike(q.text)}%`;
    filters.push([
      "(summary LIKE ? ESCAPE '\\' OR method LIKE ? ESCAPE '\\' OR method IN (SELECT value FROM json_each(?)))",
      [like, like, JSON.stringify(q.textMethods ?? [])],
    ]);
  }
  const where = filters.map(([sql]) => sql);
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', args: filters.flatMap(([, a]) => a) };
}

/**
 * One page of the log, newest first: one row per shown entry (migration 013 marks which: every entry, except that
 * a group of folded taps shows only its newest), with the group's entries when there are more. A folded row is
 * listed when its newest entry matches the filter. Paged on an index, so the first page of ten years is as quick
 * as that of one.
 */
function listLog(db: Db, q: z.output<typeof auditQuery>) {
  const { clause, args } = whereOf(q);
  const where = `${clause ? `${clause} AND` : 'WHERE'} shown = 1`;
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(...args) as { n: number }).n;
  const heads = db
    .prepare(
      `SELECT id, at, user_id AS userId, user_name AS userName, method, entity, entity_id AS entityId, summary,
        group_head AS groupHead FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, q.limit, q.offset) as (Omit<AuditRow, 'count' | 'firstAt' | 'entries'> & {
    groupHead: number | null;
  })[];
  const group = db.prepare('SELECT id, at, summary FROM audit_log WHERE group_head = ? ORDER BY at DESC, id DESC');
  const rows: AuditRow[] = heads.map(({ groupHead, ...h }) => {
    const entries = groupHead === null ? [] : (group.all(groupHead) as AuditEntryRow[]);
    return {
      ...h,
      count: Math.max(entries.length, 1),
      firstAt: entries.at(-1)?.at ?? h.at,
      entries: entries.length > 1 ? entries : [],
    };
  });
  // The parts the log holds, by jumping through the entity index instead of reading all of it.
  const entities = (
    db
      .prepare(
        `WITH RECURSIVE e(entity) AS (SELECT min(entity) FROM audit_log
           UNION ALL SELECT (SELECT min(entity) FROM audit_log WHERE entity > e.entity) FROM e WHERE e.entity IS NOT NULL)
         SELECT entity FROM e WHERE entity IS NOT NULL`,
      )
      .all() as { entity: string }[]
  ).map((r) => r.entity);
  return { total, rows, entities };
}

export const auditMethods = {
  'audit.list': method({
    description: `Het auditlog: wie wanneer wat veranderde, nieuwste eerst, te filteren op periode, gebruiker, onderdeel en tekst. Herhaalde tikken op de turfteller (${FOLDED_METHODS.join(', ')}) van één persoon op één sessie, elk binnen ${FOLD_GAP_MINUTES} minuten na de vorige, staan samen in één rij (count, entries); total telt de rijen.`,
    access: ['beheerder'],
    mode: 'read',
    input: auditQuery,
    handler: ({ db }, q) => listLog(db, q),
  }),
  'audit.export': method({
    description: `Alle regels van het auditlog met hetzelfde filter als audit.list, elke regel apart (niets samengevoegd), oudste eerst: voor de CSV. Hoogstens ${EXPORT_MAX} regels.`,
    access: ['beheerder'],
    mode: 'read',
    input: auditExportQuery,
    handler: ({ db }, q) => {
      const { clause, args } = whereOf(q);
      return db
        .prepare(
          `SELECT id, at, user_name AS userName, method, entity, entity_id AS entityId, summary
           FROM audit_log ${clause} ORDER BY at, id LIMIT ${EXPORT_MAX}`,
        )
        .all(...args) as Omit<AuditRow, 'userId' | 'count' | 'firstAt' | 'entries'>[];
    },
  }),
};

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
