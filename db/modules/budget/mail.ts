import type { Db } from '../../platform/database';
import { addDays, formatCentsIn, formatDateIn, localDate, type Clock } from '../../platform/clock';
import type { Lang } from '../../platform/messages';
import { APPLICANT_TEMPLATES } from '../mail/templates/applicants';
import { COMMITTEE_TEMPLATES } from '../mail/templates/committee';
import { alreadySent, pick, sendInLanguage } from '../mail/templates/localized';
import { accountabilityDueOn } from './documents/letter';
import { membersOn } from './committee';
import { getMeetingRow } from './meetings/records';

/**
 * What the house mails applicants and the committee, queued in the same transaction as the step in the
 * procedure. An application's contact address is the applicant's; the person is the application (as in the
 * privacy register).
 */

const RECEIPT = pick(APPLICANT_TEMPLATES, 'aanvraag.ontvangst');
const ADMISSIBLE = pick(APPLICANT_TEMPLATES, 'aanvraag.ontvankelijk');
const NOT_ADMISSIBLE = pick(APPLICANT_TEMPLATES, 'aanvraag.niet_ontvankelijk');
const DECISION = pick(APPLICANT_TEMPLATES, 'aanvraag.besluit');
const PAYMENT = pick(APPLICANT_TEMPLATES, 'aanvraag.betaling');
const ACCOUNT_REMINDER = pick(APPLICANT_TEMPLATES, 'aanvraag.verantwoording_herinnering');
const INVITATION = pick(COMMITTEE_TEMPLATES, 'commissie.uitnodiging');
const MINUTES = pick(COMMITTEE_TEMPLATES, 'commissie.notulen');

/** Days before the accountability is due that its reminder goes out. */
export const ACCOUNT_REMINDER_DAYS = 14;

interface Applicant {
  id: number;
  number: string;
  title: string;
  scheme: 'lokaal_budget' | 'right_to_cooperate';
  name: string;
  email: string;
  receivedOn: string | null;
  status: string;
  grantedCents: number;
}

function applicantOf(db: Db, applicationId: number): Applicant {
  return db
    .prepare(
      `SELECT id, coalesce(number, '') AS number, title, (SELECT scheme FROM budget_rounds r WHERE r.id = a.round_id) AS scheme,
         CASE WHEN contact_name <> '' THEN contact_name ELSE applicant_name END AS name, contact_email AS email,
         received_on AS receivedOn, status, granted_cents AS grantedCents
       FROM budget_applications a WHERE id = ?`,
    )
    .get(applicationId) as Applicant;
}

function toApplicant(db: Db, clock: Clock, template: (typeof APPLICANT_TEMPLATES)[number], a: Applicant) {
  return (values: (lang: Lang) => Record<string, unknown>, attachments?: { letter: boolean; signedBy?: string }) =>
    sendInLanguage(db, clock, template, {
      to: { address: a.email, name: a.name },
      person: { kind: 'aanvrager', id: a.id },
      related: { entity: 'budget_applications', id: a.id },
      values: (lang) => ({
        naam: a.name,
        nummer: a.number,
        titel: a.title,
        regeling: a.scheme === 'lokaal_budget' ? 'Lokaal Budget' : 'Right to Cooperate',
        ...values(lang),
      }),
      attachments: attachments?.letter
        ? [
            {
              filename: `besluitbrief-${a.number || a.id}.pdf`,
              document: 'besluitbrief',
              id: a.id,
              ...(attachments.signedBy ? { params: { signedBy: attachments.signedBy } } : {}),
            },
          ]
        : undefined,
    });
}

/** The receipt, when an application is registered as submitted. */
export function mailReceipt(db: Db, clock: Clock, applicationId: number): number | null {
  const a = applicantOf(db, applicationId);
  return toApplicant(db, clock, RECEIPT, a)((lang) => ({ ontvangen_op: formatDateIn(a.receivedOn!, lang) }));
}

/** Admissible or not: the second with the reason and the letter that says so. */
export function mailAssessment(
  db: Db,
  clock: Clock,
  applicationId: number,
  reason: string,
  signedBy: string,
): number | null {
  const a = applicantOf(db, applicationId);
  if (a.status === 'ontvankelijk') return toApplicant(db, clock, ADMISSIBLE, a)(() => ({}));
  return toApplicant(db, clock, NOT_ADMISSIBLE, a)(() => ({ reden: reason }), { letter: true, signedBy });
}

const DECISION_WORDS: Record<string, { nl: string; en: string }> = {
  toegekend: { nl: 'toegekend', en: 'granted' },
  deels_toegekend: { nl: 'gedeeltelijk toegekend', en: 'partly granted' },
  afgewezen: { nl: 'afgewezen', en: 'refused' },
  aangehouden: { nl: 'aangehouden: de commissie besluit later', en: 'deferred: the committee decides later' },
};

/** When a meeting is closed its decisions are final: each applicant on its agenda gets the decision letter. */
export function mailDecisions(db: Db, clock: Clock, meetingId: number): number {
  const items = db
    .prepare(
      'SELECT application_id AS applicationId, outcome, granted_cents AS grantedCents FROM budget_meeting_items WHERE meeting_id = ? AND outcome IS NOT NULL ORDER BY position',
    )
    .all(meetingId) as { applicationId: number; outcome: string; grantedCents: number }[];
  let sent = 0;
  for (const item of items) {
    const a = applicantOf(db, item.applicationId);
    const id = toApplicant(
      db,
      clock,
      DECISION,
      a,
    )(
      (lang) => ({
        besluit: DECISION_WORDS[item.outcome]![lang],
        bedrag: item.grantedCents ? formatCentsIn(item.grantedCents, lang) : '',
      }),
      { letter: true },
    );
    if (id !== null) sent++;
  }
  return sent;
}

const PAYMENT_WORDS: Record<string, { nl: string; en: string }> = {
  voorschot: { nl: 'voorschot', en: 'advance' },
  betaling: { nl: 'betaling', en: 'payment' },
  terugbetaling: { nl: 'terugbetaling', en: 'repayment' },
};

/** A payment recorded as paid (a planned one is not news yet). */
export function mailPayment(db: Db, clock: Clock, paymentId: number): number | null {
  const p = db
    .prepare(
      'SELECT application_id AS applicationId, kind, amount_cents AS amountCents, paid_on AS paidOn, reference FROM budget_payments WHERE id = ?',
    )
    .get(paymentId) as {
    applicationId: number;
    kind: string;
    amountCents: number;
    paidOn: string | null;
    reference: string;
  };
  if (!p.paidOn) return null;
  const a = applicantOf(db, p.applicationId);
  return toApplicant(
    db,
    clock,
    PAYMENT,
    a,
  )((lang) => ({
    soort: PAYMENT_WORDS[p.kind]![lang],
    bedrag: formatCentsIn(p.amountCents, lang),
    betaald_op: formatDateIn(p.paidOn!, lang),
    kenmerk: p.reference,
  }));
}

/**
 * The job: a grant whose accountability has not come in gets one reminder some days before it is due. The
 * outbox remembers it was sent, so the hourly run sends it once.
 */
export function remindAccountability(db: Db, clock: Clock): number {
  const today = localDate(clock.now());
  let sent = 0;
  db.transaction(() => {
    const grants = db
      .prepare(
        `SELECT a.id, a.end_date AS endDate, r.execution_to AS executionTo FROM budget_applications a JOIN budget_rounds r ON r.id = a.round_id
         WHERE a.status IN ('toegekend', 'deels_toegekend', 'bevoorschot', 'uitbetaald') AND a.accounted_on IS NULL`,
      )
      .all() as { id: number; endDate: string | null; executionTo: string }[];
    for (const g of grants) {
      const due = accountabilityDueOn(g.endDate, g.executionTo);
      if (today < addDays(due, -ACCOUNT_REMINDER_DAYS) || today > due) continue;
      if (alreadySent(db, ACCOUNT_REMINDER.key, 'budget_applications', [g.id])) continue;
      const a = applicantOf(db, g.id);
      if (toApplicant(db, clock, ACCOUNT_REMINDER, a)((lang) => ({ uiterlijk: formatDateIn(due, lang) })) !== null)
        sent++;
    }
  }).immediate();
  return sent;
}

/** Who of the committee receives a meeting's mail: the members sitting on its date, with or without an address. */
function committeeMail(
  db: Db,
  clock: Clock,
  meetingId: number,
  template: (typeof COMMITTEE_TEMPLATES)[number],
  values: (lang: Lang) => Record<string, unknown>,
  attachment: { filename: string; document: 'agendapakket' | 'notulen' },
  createdBy: string,
) {
  const meeting = getMeetingRow(db, meetingId);
  const house = (db.prepare('SELECT name FROM building WHERE id = 1').get() as { name: string } | undefined)?.name;
  const place = meeting.location || meeting.roomName || house || '';
  const sent: string[] = [];
  const withoutAddress: string[] = [];
  for (const m of membersOn(db, meeting.date)) {
    const id = sendInLanguage(db, clock, template, {
      to: { address: m.email, name: m.name },
      person: { kind: 'commissielid', id: m.id },
      related: { entity: 'budget_meetings', id: meetingId },
      createdBy,
      values: (lang) => ({
        naam: m.name,
        datum: formatDateIn(meeting.date, lang),
        tijd: meeting.startTime,
        plaats: place,
        ...values(lang),
      }),
      attachments: [{ filename: attachment.filename, document: attachment.document, id: meetingId }],
    });
    if (id !== null) sent.push(m.name);
    else if (!m.email.trim()) withoutAddress.push(m.name);
  }
  return { sent, withoutAddress };
}

export function mailInvitation(db: Db, clock: Clock, meetingId: number, createdBy: string) {
  const agenda = db
    .prepare(
      `SELECT coalesce(a.number, '') AS number, a.title FROM budget_meeting_items i JOIN budget_applications a ON a.id = i.application_id
       WHERE i.meeting_id = ? ORDER BY i.position`,
    )
    .all(meetingId) as { number: string; title: string }[];
  return committeeMail(
    db,
    clock,
    meetingId,
    INVITATION,
    () => ({
      agenda: agenda.map((a, i) => `${i + 1}. ${a.number} ${a.title}`).join('\n'),
      aantal_punten: agenda.length,
    }),
    { filename: 'vergaderstuk.pdf', document: 'agendapakket' },
    createdBy,
  );
}

export function mailMinutes(db: Db, clock: Clock, meetingId: number, createdBy: string) {
  return committeeMail(
    db,
    clock,
    meetingId,
    MINUTES,
    () => ({}),
    { filename: 'notulen.pdf', document: 'notulen' },
    createdBy,
  );
}
