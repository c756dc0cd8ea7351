import type { Db } from '../../platform/database';
import { localDate, localDateTime, type Clock } from '../../platform/clock';
import type { RecordType } from './schemas';
import { anonymiseExpiredIncidents } from '../beheer/incidents';
import { writeAudit } from '../../contract/audit';
import { anonymiseRecord, eraseEnv } from './personData';
import { APPLICATION_END } from './recordDef';
import { monthsBefore, retentionPeriods } from './register';

/** A record past its retention period: what the job would anonymise. The label is for the beheerder's preview only; the log keeps ids. */
export interface RetentionCandidate {
  type: RecordType;
  id: number;
  label: string;
  /** The date its period counts from (stopped, archived, closed, returned …). */
  since: string;
}

const NOT_DONE = (type: RecordType) =>
  `NOT EXISTS (SELECT 1 FROM anonymised_records x WHERE x.record_type = '${type}' AND x.record_id = t.id AND x.scope = 'volledig')`;

/**
 * The rules per kind. Each query takes the kind's cutoff (and, where money is involved, the start of
 * the fiscal period) and returns id, label and since. Records with financial data inside the fiscal
 * period wait until it has passed.
 */
const RULES: {
  type: RecordType;
  period:
    'vrijwilliger' | 'huurder' | 'aanvrager' | 'commissielid' | 'gebruiker' | 'sleutelhouder' | 'logboek' | 'incident';
  sql: string;
  fiscal?: boolean;
}[] = [
  {
    type: 'vrijwilliger',
    period: 'vrijwilliger',
    fiscal: true,
    sql: `SELECT t.id, t.name AS label, t.stopped_on AS since FROM volunteers t WHERE t.status = 'gestopt' AND t.stopped_on < @cutoff AND ${NOT_DONE('vrijwilliger')}
      AND NOT EXISTS (SELECT 1 FROM volunteer_allowances a WHERE a.volunteer_id = t.id AND a.paid_on >= @fiscalFrom)`,
  },
  {
    // Archived renters, counted from their last booking (or from when they were added, without bookings).
    type: 'huurder',
    period: 'huurder',
    fiscal: true,
    sql: `SELECT t.id, t.name AS label, coalesce((SELECT max(substr(b.end, 1, 10)) FROM bookings b WHERE b.renter_id = t.id), substr(t.created_at, 1, 10)) AS since
      FROM renters t WHERE t.active = 0 AND ${NOT_DONE('huurder')} AND since < @cutoff
      AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.renter_id = t.id AND (i.status = 'open' OR i.issued_on >= @fiscalFrom))`,
  },
  {
    type: 'aanvraag',
    period: 'aanvrager',
    sql: `SELECT t.id, coalesce(t.number || ' ', '') || t.applicant_name AS label, ${APPLICATION_END} AS since FROM budget_applications t
      WHERE t.status IN ('niet_ontvankelijk', 'afgewezen', 'afgesloten', 'ingetrokken') AND since < @cutoff AND ${NOT_DONE('aanvraag')}`,
  },
  {
    type: 'commissielid',
    period: 'commissielid',
    sql: `SELECT t.id, t.name AS label, t.term_to AS since FROM committee_members t WHERE t.term_to < @cutoff AND ${NOT_DONE('commissielid')}`,
  },
  {
    type: 'gebruiker',
    period: 'gebruiker',
    sql: `SELECT t.id, t.name AS label, substr(coalesce(t.last_login_at, t.created_at), 1, 10) AS since FROM users t
      WHERE t.active = 0 AND since < @cutoff AND ${NOT_DONE('gebruiker')}`,
  },
  {
    type: 'sleuteluitgifte',
    period: 'sleutelhouder',
    sql: `SELECT t.id, t.holder_name AS label, coalesce(t.returned_on, t.lost_on) AS since FROM key_handouts t
      WHERE since IS NOT NULL AND since < @cutoff AND ${NOT_DONE('sleuteluitgifte')}`,
  },
  {
    type: 'logboek',
    period: 'logboek',
    sql: `SELECT t.id, substr(t.text, 1, 60) AS label, t.date AS since FROM logbook_entries t WHERE t.date < @cutoff AND ${NOT_DONE('logboek')}`,
  },
  {
    // The same rule as anonymiseExpiredIncidents, which does the work (as it did before this job).
    type: 'incident',
    period: 'incident',
    sql: `SELECT t.id, t.category || ' (' || t.severity || ')' AS label, substr(t.occurred_at, 1, 10) AS since FROM incidents t
      WHERE t.anonymised_at IS NULL AND t.occurred_at < @cutoff`,
  },
];

/** Everything past its period on `today`, grouped in the order of the rules. */
export function retentionCandidates(db: Db, today: string): RetentionCandidate[] {
  const periods = retentionPeriods(db);
  const fiscalFrom = monthsBefore(today, periods.fiscaal);
  return RULES.flatMap((rule) =>
    (
      db
        .prepare(`${rule.sql} ORDER BY t.id`)
        .all({ cutoff: monthsBefore(today, periods[rule.period]), ...(rule.fiscal ? { fiscalFrom } : {}) }) as Omit<
        RetentionCandidate,
        'type'
      >[]
    ).map((r) => ({ type: rule.type, ...r, label: r.label ?? '' })),
  );
}

export interface RetentionState {
  enabledAt: string | null;
  enabledBy: string;
  lastRunOn: string | null;
}

export function retentionState(db: Db): RetentionState {
  return db
    .prepare(
      'SELECT enabled_at AS enabledAt, enabled_by AS enabledBy, last_run_on AS lastRunOn FROM retention_job WHERE id = 1',
    )
    .get() as RetentionState;
}

export interface RetentionRunResult {
  runId: number | null;
  actions: { type: RecordType; ids: number[] }[];
}

/**
 * Anonymises what has passed its period and logs it (ids, never names). Incidents are always done, as
 * before; the other kinds only once the beheerder has switched the job on after seeing the preview.
 */
export function runRetentionNow(
  db: Db,
  options: { clock: Clock; trigger: 'dagelijks' | 'handmatig'; userName?: string },
): RetentionRunResult {
  const { clock } = options;
  const today = localDate(clock.now());
  return db
    .transaction(() => {
      const enabled = retentionState(db).enabledAt !== null;
      const actions: RetentionRunResult['actions'] = [];
      const incidentIds = anonymiseExpiredIncidents(db, clock);
      if (incidentIds.length) actions.push({ type: 'incident', ids: incidentIds });
      if (enabled) {
        const env = eraseEnv(db, null, clock);
        const byType = new Map<RecordType, number[]>();
        for (const c of retentionCandidates(db, today)) {
          if (c.type === 'incident') continue;
          anonymiseRecord(db, c.type, c.id, 'volledig', 'bewaartermijn', env);
          byType.set(c.type, [...(byType.get(c.type) ?? []), c.id]);
        }
        for (const [type, ids] of byType) actions.push({ type, ids });
      }
      db.prepare('UPDATE retention_job SET last_run_on = ? WHERE id = 1').run(today);
      if (!actions.length) return { runId: null, actions };
      const userName = options.userName ?? 'systeem';
      const runId = Number(
        db
          .prepare('INSERT INTO retention_runs (ran_at, run_date, trigger, user_name) VALUES (?, ?, ?, ?)')
          .run(localDateTime(clock.now()), today, options.trigger, userName).lastInsertRowid,
      );
      const insert = db.prepare(
        'INSERT INTO retention_actions (run_id, record_type, record_ids, count) VALUES (?, ?, ?, ?)',
      );
      for (const a of actions) {
        insert.run(runId, a.type, JSON.stringify(a.ids), a.ids.length);
        if (a.type !== 'incident')
          writeAudit(db, clock, null, 'privacy.retention', {
            entity: 'privacy',
            entityId: runId,
            summary: `Bewaartermijn verstreken: ${a.ids.length} × ${a.type} geanonimiseerd (nummers ${a.ids.join(', ')})`,
          });
      }
      return { runId, actions };
    })
    .immediate();
}

/** The daily job (Core.startSchedules calls it every hour): runs at most once per day. */
export function runRetention(db: Db, clock: Clock): RetentionRunResult | null {
  if (retentionState(db).lastRunOn === localDate(clock.now())) return null;
  return runRetentionNow(db, { clock, trigger: 'dagelijks' });
}

export interface RetentionLogEntry {
  id: number;
  ranAt: string;
  runDate: string;
  trigger: 'dagelijks' | 'handmatig';
  userName: string;
  actions: { type: RecordType; ids: number[]; count: number }[];
}

export function retentionLog(db: Db, limit = 100): RetentionLogEntry[] {
  const runs = db
    .prepare(
      'SELECT id, ran_at AS ranAt, run_date AS runDate, trigger, user_name AS userName FROM retention_runs ORDER BY ran_at DESC, id DESC LIMIT ?',
    )
    .all(limit) as Omit<RetentionLogEntry, 'actions'>[];
  const actions = db.prepare(
    'SELECT record_type AS type, record_ids AS ids, count FROM retention_actions WHERE run_id = ? ORDER BY record_type',
  );
  return runs.map((r) => ({
    ...r,
    actions: (actions.all(r.id) as { type: RecordType; ids: string; count: number }[]).map((a) => ({
      ...a,
      ids: JSON.parse(a.ids) as number[],
    })),
  }));
}
