import type { Db } from '../../platform/database';
import { STATUS_LABELS, type ApplicationStatus } from './schemas';
import { PAID, PLANNED, ledgerOf, type ApplicationMoney, type Ledger } from './shared';

/** The committee's ledger of a year or round: each round's totals and the granted applications' lines. */

export interface LedgerLine extends ApplicationMoney {
  id: number;
  number: string;
  title: string;
  applicantName: string;
  status: ApplicationStatus;
  decidedOn: string | null;
  roundId: number;
  roundName: string;
  statusLabel: string;
}

/**
 * A round's granted applications with their money for the ledger, in one statement (the payments
 * summed per application through its index) instead of two statements per line. Read as arrays and
 * built field by field: a year has some 350 lines, and named rows, rest and spread per line cost more
 * than the statement.
 */
export function ledgerLines(db: Db, round: { id: number; name: string }): LedgerLine[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.number, a.title, a.applicant_name, a.status, a.decided_on,
         a.requested_cents, a.granted_cents, a.released_cents, a.spent_cents,
         coalesce(sum(${PAID}), 0), coalesce(sum(${PLANNED}), 0)
       FROM budget_applications a LEFT JOIN budget_payments p ON p.application_id = a.id
       WHERE a.round_id = ? AND a.granted_cents > 0 GROUP BY a.id ORDER BY a.decided_on, a.number`,
    )
    .raw(true)
    .all(round.id) as [
    number,
    string,
    string,
    string,
    ApplicationStatus,
    string | null,
    number,
    number,
    number,
    number | null,
    number,
    number,
  ][];
  return rows.map(
    ([id, number, title, applicantName, status, decidedOn, requested, granted, released, spent, paid, planned]) => {
      const committed = granted - released;
      return {
        id,
        number,
        title,
        applicantName,
        status,
        decidedOn,
        roundId: round.id,
        roundName: round.name,
        statusLabel: STATUS_LABELS[status],
        requestedCents: requested,
        grantedCents: granted,
        releasedCents: released,
        committedCents: committed,
        paidCents: paid,
        plannedCents: planned,
        unscheduledCents: committed - paid - planned,
        spentCents: spent,
      };
    },
  );
}

/**
 * The ledger of each round of a year, in the order of the year's rounds (what roundLedger gives per round,
 * without the rounds' criteria and counts the ledger does not show): the applications' sums in one pass,
 * the payments' in another, instead of four statements per round.
 */
export function yearRoundLedgers(
  db: Db,
  yearId: number,
): { id: number; name: string; scheme: string; ledger: Ledger }[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.name, r.scheme, r.ceiling_cents AS ceiling, coalesce(sum(a.granted_cents), 0) AS granted,
         coalesce(sum(a.released_cents), 0) AS released,
         coalesce(sum(CASE WHEN a.status IN ('ingediend', 'ontvankelijk', 'geagendeerd', 'aangehouden') THEN a.requested_cents ELSE 0 END), 0) AS pending
       FROM budget_rounds r LEFT JOIN budget_applications a ON a.round_id = r.id WHERE r.year_id = ? GROUP BY r.id ORDER BY r.opens_on, r.name`,
    )
    .all(yearId) as {
    id: number;
    name: string;
    scheme: string;
    ceiling: number;
    granted: number;
    released: number;
    pending: number;
  }[];
  const payments = new Map(
    (
      db
        .prepare(
          `SELECT x.round_id AS roundId, coalesce(sum(${PAID}), 0) AS paid, coalesce(sum(${PLANNED}), 0) AS planned
           FROM budget_rounds r JOIN budget_applications x ON x.round_id = r.id JOIN budget_payments p ON p.application_id = x.id
           WHERE r.year_id = ? GROUP BY x.round_id`,
        )
        .all(yearId) as { roundId: number; paid: number; planned: number }[]
    ).map((p) => [p.roundId, p]),
  );
  return rows.map((r) => {
    const p = payments.get(r.id);
    return {
      id: r.id,
      name: r.name,
      scheme: r.scheme,
      ledger: ledgerOf(r.ceiling, r.granted, r.released, p?.paid ?? 0, p?.planned ?? 0, r.pending),
    };
  });
}
