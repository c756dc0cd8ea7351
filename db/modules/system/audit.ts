import { method } from '../../contract/method';
import { auditQuery } from '../accounts/schemas';

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  userName: string;
  method: string;
  entity: string;
  entityId: string | null;
  summary: string;
}

export const auditMethods = {
  'audit.list': method({
    description:
      'Het auditlog: wie wanneer wat veranderde, nieuwste eerst, te filteren op periode, gebruiker, onderdeel en tekst.',
    access: ['beheerder'],
    mode: 'read',
    input: auditQuery,
    handler: ({ db }, q) => {
      const filters: [string, unknown[]][] = [];
      if (q.from) filters.push(['at >= ?', [q.from]]);
      if (q.to) filters.push(['at < ?', [`${q.to}T99`]]);
      if (q.userId) filters.push(['user_id = ?', [q.userId]]);
      if (q.entity) filters.push(['entity = ?', [q.entity]]);
      if (q.text) {
        const like = `%${escapeLike(q.text)}%`;
        filters.push(["(summary LIKE ? ESCAPE '\\' OR method LIKE ? ESCAPE '\\')", [like, like]]);
      }
      const where = filters.map(([sql]) => sql);
      const args = filters.flatMap(([, a]) => a);
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...args) as { n: number }).n;
      const rows = db
        .prepare(
          `SELECT id, at, user_id AS userId, user_name AS userName, method, entity, entity_id AS entityId, summary
           FROM audit_log ${clause} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
        )
        .all(...args, q.limit, q.offset) as AuditRow[];
      const entities = (
        db.prepare('SELECT DISTINCT entity FROM audit_log ORDER BY entity').all() as { entity: string }[]
      ).map((r) => r.entity);
      return { total, rows, entities };
    },
  }),
};

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
