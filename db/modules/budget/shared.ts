import type { Db } from '../../platform/database';
import type { Actor, Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { localDate, localDateTime } from '../../platform/clock';
import { STATUS_WORDS, type ApplicationStatus } from './schemas';
import { say } from './say';
import { msg } from '../../platform/messages';

/**
 * What the budget modules share: who did something (status history, votes), the status machine,
 * the ledger, and who may see or record what.
 */

export interface Who {
  userId: number | null;
  name: string;
  /** When: now for API calls; the demo passes moments in the past. */
  at: string;
}

export const whoOf = (ctx: Ctx): Who => ({
  userId: ctx.actor?.id ?? null,
  name: ctx.actor?.name ?? 'systeem',
  at: localDateTime(ctx.clock.now()),
});

/** The day something is recorded: a date after it lies in the future. */
export const dayOf = (who: Who): string => who.at.slice(0, 10);

/** Who calls a budget method, and when: membership of the committee is by date. */
export type Caller = Pick<Ctx, 'db' | 'actor' | 'clock'>;

/** The status machine: every transition an application may make, and no other. */
export const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  concept: ['ingediend'],
  ingediend: ['ontvankelijk', 'niet_ontvankelijk', 'ingetrokken'],
  ontvankelijk: ['geagendeerd', 'ingetrokken'],
  niet_ontvankelijk: [],
  // Back to ontvankelijk or aangehouden when taken off the agenda before a decision.
  geagendeerd: ['toegekend', 'deels_toegekend', 'afgewezen', 'aangehouden', 'ontvankelijk'],
  aangehouden: ['geagendeerd', 'ingetrokken'],
  toegekend: ['bevoorschot', 'uitbetaald', 'ingetrokken'],
  deels_toegekend: ['bevoorschot', 'uitbetaald', 'ingetrokken'],
  afgewezen: [],
  bevoorschot: ['uitbetaald', 'verantwoord'],
  uitbetaald: ['verantwoord'],
  verantwoord: ['afgesloten'],
  afgesloten: [],
  ingetrokken: [],
};

/** Statuses whose grant counts in the ledger as committed. */
export const GRANTED_STATUSES: readonly ApplicationStatus[] = [
  'toegekend',
  'deels_toegekend',
  'bevoorschot',
  'uitbetaald',
  'verantwoord',
  'afgesloten',
];
/** Registered and waiting for a decision. */
export const PENDING_STATUSES: readonly ApplicationStatus[] = [
  'ingediend',
  'ontvankelijk',
  'geagendeerd',
  'aangehouden',
];

export function statusOf(db: Db, applicationId: number): ApplicationStatus {
  const row = db.prepare('SELECT status FROM budget_applications WHERE id = ?').get(applicationId) as
    { status: ApplicationStatus } | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze aanvraag bestaat niet.', 'This application does not exist.'));
  return row.status;
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!TRANSITIONS[from].includes(to)) {
    throw new ApiError(
      'CONFLICT',
      say(
        ({ t }) => `Een aanvraag met status "${t(STATUS_WORDS[from])}" kan niet naar "${t(STATUS_WORDS[to])}".`,
        ({ t }) => `An application with status "${t(STATUS_WORDS[from])}" cannot move to "${t(STATUS_WORDS[to])}".`,
      ),
    );
  }
}

/** Moves an application to a new status, if the machine allows it, and records who and when. */
export function setStatus(db: Db, applicationId: number, to: ApplicationStatus, who: Who, note = ''): void {
  const from = statusOf(db, applicationId);
  assertTransition(from, to);
  db.prepare('UPDATE budget_applications SET status = ?, updated_at = ? WHERE id = ?').run(to, who.at, applicationId);
  recordStatus(db, applicationId, from, to, who, note);
}

export function recordStatus(
  db: Db,
  applicationId: number,
  from: ApplicationStatus | null,
  to: ApplicationStatus,
  who: Who,
  note = '',
): void {
  db.prepare(
    'INSERT INTO budget_status_history (application_id, from_status, to_status, at, user_id, user_name, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(applicationId, from, to, who.at, who.userId, who.name, note);
}

export interface Ledger {
  ceilingCents: number;
  /** Everything ever granted. */
  grantedCents: number;
  /** Granted but not spent, given back (at closing or withdrawal). */
  releasedCents: number;
  /** granted − released: what the round is bound to. */
  committedCents: number;
  /** Paid out, repayments subtracted. */
  paidCents: number;
  /** Instalments planned but not paid yet. */
  plannedCents: number;
  /** committed − paid: still to pay on grants. */
  outstandingCents: number;
  /** ceiling − committed: what can still be granted. */
  remainingCents: number;
  /** Requested by applications still waiting for a decision. */
  pendingRequestedCents: number;
}

export const PAID =
  "CASE WHEN p.paid_on IS NULL THEN 0 WHEN p.kind = 'terugbetaling' THEN -p.amount_cents ELSE p.amount_cents END";
export const PLANNED = 'CASE WHEN p.paid_on IS NULL THEN p.amount_cents ELSE 0 END';

export function ledgerOf(
  ceiling: number,
  granted: number,
  released: number,
  paid: number,
  planned: number,
  pending: number,
): Ledger {
  const committed = granted - released;
  return {
    ceilingCents: ceiling,
    grantedCents: granted,
    releasedCents: released,
    committedCents: committed,
    paidCents: paid,
    plannedCents: planned,
    outstandingCents: committed - paid,
    remainingCents: ceiling - committed,
    pendingRequestedCents: pending,
  };
}

export function roundLedger(db: Db, roundId: number): Ledger {
  const a = db
    .prepare(
      `SELECT r.ceiling_cents AS ceiling, coalesce(sum(a.granted_cents), 0) AS granted, coalesce(sum(a.released_cents), 0) AS released,
         coalesce(sum(CASE WHEN a.status IN ('ingediend', 'ontvankelijk', 'geagendeerd', 'aangehouden') THEN a.requested_cents ELSE 0 END), 0) AS pending
       FROM budget_rounds r LEFT JOIN budget_applications a ON a.round_id = r.id WHERE r.id = ? GROUP BY r.id`,
    )
    .get(roundId) as { ceiling: number; granted: number; released: number; pending: number } | undefined;
  if (!a) throw new ApiError('NOT_FOUND', msg('Deze ronde bestaat niet.', 'This round does not exist.'));
  const p = db
    .prepare(
      `SELECT coalesce(sum(${PAID}), 0) AS paid, coalesce(sum(${PLANNED}), 0) AS planned FROM budget_payments p JOIN budget_applications a ON a.id = p.application_id WHERE a.round_id = ?`,
    )
    .get(roundId) as { paid: number; planned: number };
  return ledgerOf(a.ceiling, a.granted, a.released, p.paid, p.planned, a.pending);
}

export function sumLedgers(ceiling: number, ledgers: Ledger[]): Ledger {
  const sum = (k: keyof Ledger) => ledgers.reduce((s, l) => s + l[k], 0);
  return ledgerOf(
    ceiling,
    sum('grantedCents'),
    sum('releasedCents'),
    sum('paidCents'),
    sum('plannedCents'),
    sum('pendingRequestedCents'),
  );
}

export interface ApplicationMoney {
  requestedCents: number;
  grantedCents: number;
  releasedCents: number;
  committedCents: number;
  paidCents: number;
  plannedCents: number;
  /** committed − paid − planned: what may still be scheduled or paid. */
  unscheduledCents: number;
  spentCents: number | null;
}

export function applicationMoney(db: Db, applicationId: number): ApplicationMoney {
  const a = db
    .prepare(
      'SELECT requested_cents AS requested, granted_cents AS granted, released_cents AS released, spent_cents AS spent FROM budget_applications WHERE id = ?',
    )
    .get(applicationId) as { requested: number; granted: number; released: number; spent: number | null } | undefined;
  if (!a) throw new ApiError('NOT_FOUND', msg('Deze aanvraag bestaat niet.', 'This application does not exist.'));
  const p = db
    .prepare(
      `SELECT coalesce(sum(${PAID}), 0) AS paid, coalesce(sum(${PLANNED}), 0) AS planned FROM budget_payments p WHERE p.application_id = ?`,
    )
    .get(applicationId) as { paid: number; planned: number };
  return moneyOf({ ...a, ...p });
}

interface MoneyRow {
  requested: number;
  granted: number;
  released: number;
  spent: number | null;
  paid: number;
  planned: number;
}

function moneyOf(a: MoneyRow): ApplicationMoney {
  const committed = a.granted - a.released;
  return {
    requestedCents: a.requested,
    grantedCents: a.granted,
    releasedCents: a.released,
    committedCents: committed,
    paidCents: a.paid,
    plannedCents: a.planned,
    unscheduledCents: committed - a.paid - a.planned,
    spentCents: a.spent,
  };
}

export interface MemberRow {
  id: number;
  name: string;
  phone: string;
  email: string;
  termFrom: string;
  termTo: string | null;
  isResident: boolean;
  isWijkraad: boolean;
  voting: boolean;
  isChair: boolean;
  isSecretary: boolean;
  userId: number | null;
  userName: string | null;
  notes: string;
}

export const MEMBER_SELECT = `SELECT m.id, m.name, m.phone, m.email, m.term_from AS termFrom, m.term_to AS termTo, m.is_resident AS isResident,
  m.is_wijkraad AS isWijkraad, m.voting, m.is_chair AS isChair, m.is_secretary AS isSecretary, m.user_id AS userId, u.username AS userName, m.notes
  FROM committee_members m LEFT JOIN users u ON u.id = m.user_id`;

export function toMember(row: Record<string, unknown>): MemberRow {
  return {
    ...(row as unknown as MemberRow),
    isResident: row.isResident === 1,
    isWijkraad: row.isWijkraad === 1,
    voting: row.voting === 1,
    isChair: row.isChair === 1,
    isSecretary: row.isSecretary === 1,
  };
}

export const inTerm = (m: { termFrom: string; termTo: string | null }, date: string) =>
  m.termFrom <= date && (m.termTo === null || m.termTo >= date);

/** The committee member record linked to this account, if the account is a commissie account. */
export function memberOfActor(db: Db, actor: Actor | null): MemberRow | null {
  if (!actor || actor.role !== 'commissie') return null;
  const row = db.prepare(`${MEMBER_SELECT} WHERE m.user_id = ?`).get(actor.id) as Record<string, unknown> | undefined;
  return row ? toMember(row) : null;
}

/** A commissie account that belongs to a sitting member: the only way a commissie user sees applications. */
export function sittingMemberOfActor({ db, actor, clock }: Caller): MemberRow | null {
  const member = memberOfActor(db, actor);
  return member && inTerm(member, localDate(clock.now())) ? member : null;
}

/**
 * Attendance, proposals, votes and decisions are recorded by the beheerder or by the committee's
 * secretary: a commissie account linked to a sitting member marked as secretary.
 */
export function assertRecorder(caller: Caller): void {
  if (caller.actor?.role === 'beheerder') return;
  const member = sittingMemberOfActor(caller);
  if (!member?.isSecretary)
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'Alleen de secretaris van de commissie of de beheerder legt dit vast.',
        'Only the committee’s secretary or the administrator records this.',
      ),
    );
}

export function isRecorder(caller: Caller): boolean {
  return caller.actor?.role === 'beheerder' || Boolean(sittingMemberOfActor(caller)?.isSecretary);
}

/**
 * Declarations and scores: a commissie member records only their own; the secretary and the
 * beheerder may record for any member (e.g. from a paper form).
 */
export function assertSelfOrRecorder(caller: Caller, memberId: number): void {
  if (isRecorder(caller)) return;
  const member = sittingMemberOfActor(caller);
  if (!member)
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'Je account is niet gekoppeld aan een zittend commissielid.',
        'Your account is not linked to a sitting committee member.',
      ),
    );
  if (member.id !== memberId)
    throw new ApiError(
      'FORBIDDEN',
      msg('Je kunt dit alleen voor jezelf vastleggen.', 'You can only record this for yourself.'),
    );
}

/**
 * Which applications the caller may see: every one for the beheerder; for a commissie account of a
 * sitting member, those on the agenda of a meeting that was not cancelled; none otherwise.
 * null means no restriction.
 */
export function visibleApplicationIds(caller: Caller): Set<number> | null {
  if (caller.actor?.role === 'beheerder') return null;
  if (!sittingMemberOfActor(caller)) return new Set();
  const rows = caller.db
    .prepare(
      "SELECT DISTINCT i.application_id AS id FROM budget_meeting_items i JOIN budget_meetings m ON m.id = i.meeting_id WHERE m.status <> 'geannuleerd'",
    )
    .all() as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

export function assertCanSee(caller: Caller, applicationId: number): void {
  statusOf(caller.db, applicationId);
  const visible = visibleApplicationIds(caller);
  if (visible && !visible.has(applicationId))
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'De commissie ziet alleen aanvragen die op de agenda van een vergadering staan.',
        'The committee only sees applications on the agenda of a meeting.',
      ),
    );
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '9 maart 2027', for letters and minutes. */
export function dateLong(date: string): string {
  return longDate.format(new Date(`${date}T12:00:00Z`));
}

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
