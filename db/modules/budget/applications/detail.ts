import type { Db } from '../../../platform/database';
import type { Actor } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { PRIORITY_GROUP_LABELS, SCHEME_LABELS, STATUS_LABELS, type ApplicationStatus, type Reach } from '../schemas';
import { TRANSITIONS, applicationMoney, type ApplicationMoney } from '../shared';
import { getRound } from '../rounds';
import { SUMMARY_SELECT, toSummary, type ApplicationSummary } from './summary';
import {
  costLinesOf,
  fundingOf,
  partnersOf,
  totalsOf,
  valuationOf,
  type CostLine,
  type FundingLine,
  type Partner,
  type Totals,
} from './lines';
import { autoChecks, type AutoCheck, type AutoResult } from './checks';
import { msg } from '../../../platform/messages';

/** One application with everything known about it: what the application screen and the documents show. */

export interface Attachment {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  description: string;
  addedAt: string;
  addedBy: string;
}

export interface HistoryRow {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  fromLabel: string | null;
  toLabel: string;
  at: string;
  userName: string;
  note: string;
}

export interface DecisionRow {
  itemId: number;
  meetingId: number;
  meetingDate: string;
  outcome: 'toegekend' | 'deels_toegekend' | 'afgewezen' | 'aangehouden' | null;
  result: string;
  proposedCents: number | null;
  grantedCents: number;
  conditions: string;
  motivation: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  tieBreakNote: string;
  decidedAt: string | null;
}

export interface PaymentRow {
  id: number;
  applicationId: number;
  kind: 'voorschot' | 'betaling' | 'terugbetaling';
  amountCents: number;
  dueOn: string | null;
  paidOn: string | null;
  reference: string;
  note: string;
  createdBy: string;
}

export interface ApplicationDetail extends ApplicationSummary {
  contactPhone: string;
  contactEmail: string;
  contactAddress: string;
  kvkNumber: string;
  iban: string;
  involvement: string;
  description: string;
  goals: string;
  contribution: string;
  complementarity: string;
  recurrence: 'eenmalig' | 'terugkerend';
  expectedReach: Reach;
  expectedParticipants: number | null;
  expectedMeetings: number | null;
  startDate: string | null;
  endDate: string | null;
  location: string;
  roomId: number | null;
  roomName: string | null;
  notes: string;
  assessedOn: string | null;
  eligibilityMotivation: string;
  conditions: string;
  accountedOn: string | null;
  actualReach: Partial<Reach>;
  actualParticipants: number | null;
  meetingsHeld: number | null;
  evaluation: string;
  closedOn: string | null;
  closeNote: string;
  withdrawnReason: string;
  createdAt: string;
  updatedAt: string;
  priorityGroupLabels: string[];
  costLines: CostLine[];
  funding: FundingLine[];
  partners: Partner[];
  totals: Totals;
  valuation: ReturnType<typeof valuationOf>;
  money: ApplicationMoney;
  eligibility: { criterionId: number; label: string; met: boolean; autoResult: boolean | null; note: string }[];
  autoChecks: Record<AutoCheck, AutoResult>;
  history: HistoryRow[];
  decisions: DecisionRow[];
  payments: PaymentRow[];
  attachments: Attachment[];
  /** The statuses the machine allows from here (what the screen may offer). */
  nextStatuses: ApplicationStatus[];
  /** Contact details, bank account and internal notes are left out for the committee. */
  redacted: boolean;
}

export function paymentsOf(db: Db, applicationId: number): PaymentRow[] {
  return db
    .prepare(
      `SELECT id, application_id AS applicationId, kind, amount_cents AS amountCents, due_on AS dueOn, paid_on AS paidOn, reference, note, created_by AS createdBy
      FROM budget_payments WHERE application_id = ? ORDER BY coalesce(paid_on, due_on), id`,
    )
    .all(applicationId) as PaymentRow[];
}

export function decisionsOf(db: Db, applicationId: number): DecisionRow[] {
  return db
    .prepare(
      `SELECT i.id AS itemId, m.id AS meetingId, m.date AS meetingDate, i.outcome, i.result, i.proposed_cents AS proposedCents, i.granted_cents AS grantedCents,
      i.conditions, i.motivation, i.votes_for AS votesFor, i.votes_against AS votesAgainst, i.votes_abstain AS votesAbstain, i.tie_break_note AS tieBreakNote,
      i.decided_at AS decidedAt FROM budget_meeting_items i JOIN budget_meetings m ON m.id = i.meeting_id
      WHERE i.application_id = ? AND m.status <> 'geannuleerd' ORDER BY m.date, i.id`,
    )
    .all(applicationId) as DecisionRow[];
}

const DETAIL_SELECT = `${SUMMARY_SELECT.replace(
  'FROM budget_applications a',
  `, a.contact_phone AS contactPhone, a.contact_email AS contactEmail, a.contact_address AS contactAddress,
      a.kvk_number AS kvkNumber, a.iban, a.involvement, a.description, a.goals, a.contribution, a.complementarity, a.recurrence, a.expected_reach AS expectedReach,
      a.expected_participants AS expectedParticipants, a.expected_meetings AS expectedMeetings, a.start_date AS startDate, a.end_date AS endDate, a.location,
      a.room_id AS roomId, (SELECT name FROM rooms WHERE id = a.room_id) AS roomName, a.notes, a.assessed_on AS assessedOn,
      a.eligibility_motivation AS eligibilityMotivation, a.conditions, a.accounted_on AS accountedOn, a.actual_reach AS actualReach,
      a.actual_participants AS actualParticipants, a.meetings_held AS meetingsHeld, a.evaluation, a.closed_on AS closedOn, a.close_note AS closeNote,
      a.withdrawn_reason AS withdrawnReason, a.created_at AS createdAt, a.updated_at AS updatedAt
      FROM budget_applications a`,
)} WHERE a.id = ?`;

function eligibilityOf(db: Db, applicationId: number): ApplicationDetail['eligibility'] {
  return (
    db
      .prepare(
        'SELECT e.criterion_id AS criterionId, e.label, e.met, e.auto_result AS autoResult, e.note FROM budget_eligibility e JOIN eligibility_criteria c ON c.id = e.criterion_id WHERE e.application_id = ? ORDER BY c.sort_order, c.id',
      )
      .all(applicationId) as Record<string, unknown>[]
  ).map((e) => ({
    criterionId: e.criterionId as number,
    label: e.label as string,
    met: e.met === 1,
    autoResult: e.autoResult === null ? null : e.autoResult === 1,
    note: e.note as string,
  }));
}

function historyOf(db: Db, applicationId: number): HistoryRow[] {
  return (
    db
      .prepare(
        'SELECT from_status AS "from", to_status AS "to", at, user_name AS userName, note FROM budget_status_history WHERE application_id = ? ORDER BY at, id',
      )
      .all(applicationId) as HistoryRow[]
  ).map((h) => ({ ...h, fromLabel: h.from ? STATUS_LABELS[h.from] : null, toLabel: STATUS_LABELS[h.to] }));
}

function attachmentsOf(db: Db, applicationId: number): Attachment[] {
  return db
    .prepare(
      'SELECT id, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes, description, added_at AS addedAt, added_by AS addedBy FROM budget_attachments WHERE application_id = ? ORDER BY id',
    )
    .all(applicationId) as Attachment[];
}

/** The committee sees an application without contact details, bank account, notes and payments. */
function redacted(detail: ApplicationDetail): ApplicationDetail {
  return {
    ...detail,
    contactPhone: '',
    contactEmail: '',
    contactAddress: '',
    iban: '',
    kvkNumber: detail.kvkNumber,
    notes: '',
    payments: [],
    partners: detail.partners.map((p) => ({ ...p, contactEmail: '', contactPhone: '' })),
    redacted: true,
  };
}

export function getApplication(db: Db, applicationId: number, actor: Actor | null = null): ApplicationDetail {
  const row = db.prepare(DETAIL_SELECT).get(applicationId) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze aanvraag bestaat niet.', 'This application does not exist.'));
  const summary = toSummary(row);
  const costLines = costLinesOf(db, applicationId);
  const funding = fundingOf(db, applicationId);
  const partners = partnersOf(db, applicationId);
  const totals = totalsOf({ requestedCents: summary.requestedCents, costLines, funding, partners });
  const round = getRound(db, summary.roundId);
  const scheme = SCHEME_LABELS[summary.scheme];
  const detail = {
    ...(row as unknown as ApplicationDetail),
    ...summary,
    expectedReach: JSON.parse(row.expectedReach as string) as Reach,
    actualReach: JSON.parse(row.actualReach as string) as Partial<Reach>,
    priorityGroupLabels: summary.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]),
    costLines,
    funding,
    partners,
    totals,
    valuation: valuationOf(
      summary.applicantName,
      summary.requestedCents,
      funding,
      partners,
      round.name.includes(scheme) ? round.name : `${scheme} (${round.name})`,
    ),
    money: applicationMoney(db, applicationId),
    eligibility: eligibilityOf(db, applicationId),
    autoChecks: autoChecks(
      {
        receivedOn: row.receivedOn as string | null,
        requestedCents: summary.requestedCents,
        startDate: row.startDate as string | null,
        endDate: row.endDate as string | null,
        costLineCount: costLines.length,
        balanced: totals.balanced,
        wijk: summary.wijk,
      },
      round,
    ),
    history: historyOf(db, applicationId),
    decisions: decisionsOf(db, applicationId),
    payments: paymentsOf(db, applicationId),
    attachments: attachmentsOf(db, applicationId),
    nextStatuses: [...TRANSITIONS[summary.status]],
    redacted: false,
  } satisfies ApplicationDetail;
  return actor && actor.role !== 'beheerder' ? redacted(detail) : detail;
}
