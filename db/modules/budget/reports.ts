import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import {
  APPLICANT_TYPE_LABELS,
  PRIORITY_GROUPS,
  PRIORITY_GROUP_LABELS,
  REACH_KEYS,
  SCHEMES,
  SCHEME_LABELS,
  STATUS_LABELS,
  reportQuery,
  type ApplicationStatus,
  type PriorityGroup,
  type Reach,
} from './schemas';
import { daysBetween } from './shared';
import { getRound, getYear } from './rounds';

interface Row {
  id: number;
  number: string;
  roundId: number;
  roundName: string;
  scheme: (typeof SCHEMES)[number];
  status: ApplicationStatus;
  applicantType: keyof typeof APPLICANT_TYPE_LABELS;
  applicantName: string;
  wijk: string;
  title: string;
  priorityGroups: PriorityGroup[];
  expectedReach: Partial<Reach>;
  actualReach: Partial<Reach>;
  requestedCents: number;
  grantedCents: number;
  releasedCents: number;
  paidCents: number;
  spentCents: number | null;
  receivedOn: string | null;
  decidedOn: string | null;
  outcome: string | null;
}

export interface ReportGroup {
  key: string;
  label: string;
  applications: number;
  notAdmissible: number;
  granted: number;
  partlyGranted: number;
  rejected: number;
  /** Waiting: registered, admissible, on an agenda or deferred. */
  pending: number;
  withdrawn: number;
  requestedCents: number;
  /** Granted by the committee (before anything was released). */
  grantedCents: number;
  /** Granted minus released: what the budget is bound to. */
  committedCents: number;
  paidCents: number;
  expectedReach: number;
  actualReach: number;
}

const reachSum = (r: Partial<Reach>) => REACH_KEYS.reduce((s, k) => s + (r[k] ?? 0), 0);

function group(rows: Row[], key: string, label: string): ReportGroup {
  const has = (...s: ApplicationStatus[]) => rows.filter((r) => s.includes(r.status)).length;
  return {
    key,
    label,
    applications: rows.length,
    notAdmissible: has('niet_ontvankelijk'),
    granted: rows.filter((r) => r.outcome === 'toegekend').length,
    partlyGranted: rows.filter((r) => r.outcome === 'deels_toegekend').length,
    rejected: has('afgewezen'),
    pending: has('ingediend', 'ontvankelijk', 'geagendeerd', 'aangehouden'),
    withdrawn: has('ingetrokken'),
    requestedCents: rows.reduce((s, r) => s + r.requestedCents, 0),
    grantedCents: rows.reduce((s, r) => s + r.grantedCents, 0),
    committedCents: rows.reduce((s, r) => s + r.grantedCents - r.releasedCents, 0),
    paidCents: rows.reduce((s, r) => s + r.paidCents, 0),
    expectedReach: rows.reduce((s, r) => s + reachSum(r.expectedReach), 0),
    actualReach: rows.reduce((s, r) => s + reachSum(r.actualReach), 0),
  };
}

function groupBy(rows: Row[], keyOf: (r: Row) => string, labelOf: (key: string) => string): ReportGroup[] {
  const keys = [...new Set(rows.map(keyOf))].sort((a, b) => labelOf(a).localeCompare(labelOf(b), 'nl'));
  return keys.map((k) =>
    group(
      rows.filter((r) => keyOf(r) === k),
      k,
      labelOf(k),
    ),
  );
}

function stats(days: number[]) {
  if (!days.length) return { decided: 0, averageDays: null, medianDays: null, minDays: null, maxDays: null };
  const sorted = [...days].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return {
    decided: days.length,
    averageDays: Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10,
    medianDays: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    minDays: sorted[0]!,
    maxDays: sorted.at(-1)!,
  };
}

function loadRows(db: Db, roundId: number | null, yearId: number): Row[] {
  const raw = db
    .prepare(
      `SELECT a.id, a.number, a.round_id AS roundId, r.name AS roundName, r.scheme, a.status, a.applicant_type AS applicantType, a.applicant_name AS applicantName,
         a.wijk, a.title, a.priority_groups AS priorityGroups, a.expected_reach AS expectedReach, a.actual_reach AS actualReach, a.requested_cents AS requestedCents,
         a.granted_cents AS grantedCents, a.released_cents AS releasedCents, a.spent_cents AS spentCents, a.received_on AS receivedOn, a.decided_on AS decidedOn,
         (SELECT outcome FROM budget_meeting_items WHERE id = a.decision_item_id) AS outcome,
         (SELECT coalesce(sum(CASE WHEN p.paid_on IS NULL THEN 0 WHEN p.kind = 'terugbetaling' THEN -p.amount_cents ELSE p.amount_cents END), 0) FROM budget_payments p WHERE p.application_id = a.id) AS paidCents
       FROM budget_applications a JOIN budget_rounds r ON r.id = a.round_id
       WHERE a.status <> 'concept' AND (@roundId IS NULL OR a.round_id = @roundId) AND r.year_id = @yearId
       ORDER BY a.number`,
    )
    .all({ roundId, yearId }) as Record<string, unknown>[];
  return raw.map((r) => ({
    ...(r as unknown as Row),
    priorityGroups: JSON.parse(r.priorityGroups as string) as PriorityGroup[],
    expectedReach: JSON.parse(r.expectedReach as string) as Partial<Reach>,
    actualReach: JSON.parse(r.actualReach as string) as Partial<Reach>,
  }));
}

/** The applications and money grouped per status, scheme, priority group, wijk, applicant type and round. */
function breakdowns(rows: Row[]) {
  return {
    byStatus: Object.entries(STATUS_LABELS)
      .filter(([s]) => s !== 'concept')
      .map(([status, label]) => ({ status, label, applications: rows.filter((r) => r.status === status).length })),
    byScheme: SCHEMES.map((s) =>
      group(
        rows.filter((r) => r.scheme === s),
        s,
        SCHEME_LABELS[s],
      ),
    ),
    byPriorityGroup: [
      ...PRIORITY_GROUPS.map((g) =>
        group(
          rows.filter((r) => r.priorityGroups.includes(g)),
          g,
          PRIORITY_GROUP_LABELS[g],
        ),
      ),
      group(
        rows.filter((r) => r.priorityGroups.length === 0),
        'geen',
        'Geen prioriteitsgroep',
      ),
    ],
    byWijk: groupBy(
      rows,
      (r) => r.wijk,
      (k) => k,
    ),
    byApplicantType: groupBy(
      rows,
      (r) => r.applicantType,
      (k) => APPLICANT_TYPE_LABELS[k as Row['applicantType']],
    ),
    byRound: groupBy(
      rows,
      (r) => String(r.roundId),
      (k) => rows.find((r) => String(r.roundId) === k)!.roundName,
    ),
  };
}

/** Reach expected and realised per priority group, over the granted applications. */
function reachOf(rows: Row[]) {
  const granted = rows.filter((r) => r.grantedCents > 0);
  return REACH_KEYS.map((k) => ({
    key: k,
    label: k === 'overig' ? 'Overige bewoners' : PRIORITY_GROUP_LABELS[k],
    expected: granted.reduce((s, r) => s + (r.expectedReach[k] ?? 0), 0),
    actual: granted.reduce((s, r) => s + (r.actualReach[k] ?? 0), 0),
    accountedApplications: granted.filter((r) => r.actualReach[k] !== undefined).length,
  }));
}

function timeToDecision(rows: Row[]) {
  const decided = rows.filter((r) => r.receivedOn && r.decidedOn);
  const days = (rs: Row[]) => rs.map((r) => daysBetween(r.receivedOn!, r.decidedOn!));
  return {
    ...stats(days(decided)),
    byScheme: SCHEMES.map((s) => ({
      scheme: s,
      label: SCHEME_LABELS[s],
      ...stats(days(decided.filter((r) => r.scheme === s))),
    })),
  };
}

/** One line per application, for the CSV. */
function csvRow(r: Row) {
  return {
    number: r.number,
    roundName: r.roundName,
    scheme: SCHEME_LABELS[r.scheme],
    applicantType: APPLICANT_TYPE_LABELS[r.applicantType],
    applicantName: r.applicantName,
    wijk: r.wijk,
    title: r.title,
    priorityGroups: r.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join(', '),
    status: STATUS_LABELS[r.status],
    requestedCents: r.requestedCents,
    grantedCents: r.grantedCents,
    releasedCents: r.releasedCents,
    paidCents: r.paidCents,
    spentCents: r.spentCents,
    receivedOn: r.receivedOn,
    decidedOn: r.decidedOn,
    daysToDecision: r.receivedOn && r.decidedOn ? daysBetween(r.receivedOn, r.decidedOn) : null,
    expectedReach: reachSum(r.expectedReach),
    actualReach: reachSum(r.actualReach),
  };
}

/**
 * Figures for a year or a round: applications and money per status, scheme, priority group, wijk,
 * applicant type and round; reach expected and realised per priority group; the time from receipt to
 * the committee's decision. An application serving several priority groups counts in each of them, so
 * those rows overlap; every other grouping adds up to the total.
 */
export function budgetReport(db: Db, scope: { yearId: number | null; roundId: number | null }) {
  const round = scope.roundId !== null ? getRound(db, scope.roundId) : null;
  const year = getYear(db, round?.yearId ?? scope.yearId!);
  const rows = loadRows(db, scope.roundId, year.id);
  return {
    scope: { yearId: year.id, year: year.year, roundId: round?.id ?? null, roundName: round?.name ?? null },
    ledger: round ? round.ledger : year.ledger,
    totals: group(rows, 'totaal', 'Totaal'),
    ...breakdowns(rows),
    reach: reachOf(rows),
    timeToDecision: timeToDecision(rows),
    rows: rows.map(csvRow),
    notes: [
      'Een aanvraag voor meer prioriteitsgroepen telt bij elke groep mee: de rijen per prioriteitsgroep overlappen.',
      'Doorlooptijd: van ontvangst tot het besluit van de commissie (toekenning, gedeeltelijke toekenning of afwijzing); aanhoudingen en niet-ontvankelijke aanvragen tellen niet mee.',
    ],
  };
}

export const budgetReportMethods = {
  'budget.report': method({
    description:
      'Cijfers van een jaar of een ronde: aanvragen, toegekend, afgewezen en bedragen per status, regeling (Lokaal Budget tegenover Right to Cooperate), prioriteitsgroep, wijk, soort aanvrager en ronde; bereik verwacht en gerealiseerd; doorlooptijd van ontvangst tot besluit; en een regel per aanvraag voor CSV.',
    access: ['beheerder'],
    mode: 'read',
    input: reportQuery,
    handler: ({ db }, q) => budgetReport(db, q),
  }),
};
