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

const KEY = 'method, user_id, user_name, entity, entity_id';
const FOLDED = FOLDED_METHODS.map((m) => `'${m}'`).join(', ');

/**
 * The filtered entries as rows: an entry of a folded method starts a new row unless the previous entry with the same
 * method, person and record (however other entries fall in between) is at most FOLD_GAP_MINUTES older.
 */
function groupsSql(clause: string): string {
  return `WITH f AS (SELECT * FROM audit_log ${clause}),
    marked AS (
      SELECT f.*, CASE WHEN method IN (${FOLDED})
        AND (julianday(at) - julianday(lag(at) OVER w)) * 1440 <= ${FOLD_GAP_MINUTES} THEN 0 ELSE 1 END AS starts
      FROM f WINDOW w AS (PARTITION BY ${KEY} ORDER BY at, id)),
    grouped AS (
      SELECT marked.*, sum(starts) OVER (PARTITION BY ${KEY} ORDER BY at, id ROWS UNBOUNDED PRECEDING) AS grp
      FROM marked)
    SELECT max(id) AS id, max(at) AS at, min(at) AS firstAt, user_id AS userId, user_name AS userName, method, entity,
      entity_id AS entityId, count(*) AS count
    FROM grouped GROUP BY ${KEY}, grp`;
}

function listLog(db: Db, q: z.output<typeof auditQuery>) {
  const { clause, args } = whereOf(q);
  const groups = groupsSql(clause);
  const total = (db.prepare(`SELECT count(*) AS n FROM (${groups})`).get(...args) as { n: number }).n;
  const heads = db
    .prepare(`${groups} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...args, q.limit, q.offset) as Omit<AuditRow, 'summary' | 'entries'>[];
  const summaryOf = db.prepare('SELECT summary FROM audit_log WHERE id = ?').pluck();
  const folded = db.prepare(
    `SELECT id, at, summary FROM audit_log ${clause ? `${clause} AND` : 'WHERE'}
     method = ? AND user_id IS ? AND user_name = ? AND entity = ? AND entity_id IS ? AND at BETWEEN ? AND ?
     ORDER BY at DESC, id DESC`,
  );
  const rows: AuditRow[] = heads.map((h) => ({
    ...h,
    summary: summaryOf.get(h.id) as string,
    entries:
      h.count > 1
        ? (folded.all(
            ...args,
            h.method,
            h.userId,
            h.userName,
            h.entity,
            h.entityId,
            h.firstAt,
            h.at,
          ) as AuditEntryRow[])
        : [],
  }));
  const entities = (
    db.prepare('SELECT DISTINCT entity FROM audit_log ORDER BY entity').all() as { entity: string }[]
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
