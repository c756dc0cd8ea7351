import type { Db } from '../../../platform/database';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import { formatCents, formatDateNl } from '../../../platform/clock';
import type { Scheme, applicationCreate, applicationUpdate } from '../schemas';
import { dayOf, recordStatus, setStatus, type Who } from '../shared';
import { getRound } from '../rounds';
import { checkAlways, checkRegistered, registrationWarnings, requireConfirmation, type Registrable } from './checks';
import { getApplication, type ApplicationDetail } from './detail';
import { msg } from '../../../platform/messages';
import { say } from '../say';
import { STATUS_WORDS } from '../vocabulary';

/**
 * Saving an application: new (as a concept or registered at the desk), changed while it is not yet
 * assessed, or a concept registered. `who.at` is when: a received date after that day is refused.
 */

function nextNumber(db: Db, scheme: Scheme, year: number): string {
  const prefix = `${scheme === 'lokaal_budget' ? 'LB' : 'RtC'}-${year}-`;
  const last = db
    .prepare(
      'SELECT number FROM budget_applications WHERE number LIKE ? ORDER BY length(number) DESC, number DESC LIMIT 1',
    )
    .get(`${prefix}%`) as { number: string } | undefined;
  const seq = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(3, '0')}`;
}

function saveLines(db: Db, applicationId: number, a: Registrable): void {
  db.prepare('DELETE FROM budget_cost_lines WHERE application_id = ?').run(applicationId);
  db.prepare('DELETE FROM budget_funding WHERE application_id = ?').run(applicationId);
  db.prepare('DELETE FROM budget_partners WHERE application_id = ?').run(applicationId);
  const cost = db.prepare(
    'INSERT INTO budget_cost_lines (application_id, sort_order, description, amount_cents, reimbursable, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  a.costLines.forEach((l, i) =>
    cost.run(applicationId, i, l.description, l.amountCents, l.reimbursable ? 1 : 0, l.note),
  );
  const funding = db.prepare(
    'INSERT INTO budget_funding (application_id, sort_order, kind, source, amount_cents, in_kind, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  a.funding.forEach((f, i) =>
    funding.run(applicationId, i, f.kind, f.source, f.amountCents, f.inKind ? 1 : 0, f.confirmed ? 1 : 0),
  );
  const partner =
    db.prepare(`INSERT INTO budget_partners (application_id, sort_order, name, kind, contact_name, contact_email, contact_phone, role, cash_cents, in_kind_description, in_kind_cents)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  a.partners.forEach((p, i) =>
    partner.run(
      applicationId,
      i,
      p.name,
      p.kind,
      p.contactName,
      p.contactEmail,
      p.contactPhone,
      p.role,
      p.cashCents,
      p.inKindDescription,
      p.inKindCents,
    ),
  );
}

const FIELD_COLUMNS = {
  round_id: 'roundId',
  applicant_type: 'applicantType',
  applicant_name: 'applicantName',
  contact_name: 'contactName',
  contact_phone: 'contactPhone',
  contact_email: 'contactEmail',
  contact_address: 'contactAddress',
  kvk_number: 'kvkNumber',
  iban: 'iban',
  wijk: 'wijk',
  involvement: 'involvement',
  title: 'title',
  description: 'description',
  goals: 'goals',
  contribution: 'contribution',
  complementarity: 'complementarity',
  recurrence: 'recurrence',
  priority_groups: 'priorityGroups',
  expected_reach: 'expectedReach',
  expected_participants: 'expectedParticipants',
  expected_meetings: 'expectedMeetings',
  start_date: 'startDate',
  end_date: 'endDate',
  location: 'location',
  room_id: 'roomId',
  requested_cents: 'requestedCents',
  notes: 'notes',
  received_on: 'receivedOn',
} as const;

function columnValues(a: Registrable): unknown[] {
  return Object.values(FIELD_COLUMNS).map((k) => {
    const v = a[k];
    return k === 'priorityGroups' || k === 'expectedReach' ? JSON.stringify(v) : v;
  });
}

/**
 * Saves a new application: as a concept (lenient), or registered as received (ingediend, numbered),
 * after the hard rules and the confirmed warnings.
 */
export function insertApplication(db: Db, input: z.output<typeof applicationCreate>, who: Who): number {
  const { register, confirmWarnings, ...a } = input;
  const round = getRound(db, a.roundId);
  const fields: Registrable = { ...a, receivedOn: register ? a.receivedOn : null };
  checkAlways(db, fields, round);
  if (register) {
    checkRegistered(fields, round, dayOf(who));
    requireConfirmation(registrationWarnings(fields, round), confirmWarnings);
  }
  const cols = Object.keys(FIELD_COLUMNS);
  const applicationId = Number(
    db
      .prepare(
        `INSERT INTO budget_applications (${cols.join(', ')}, status, number, created_at, updated_at) VALUES (${cols.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
      )
      .run(
        ...columnValues(fields),
        register ? 'ingediend' : 'concept',
        register ? nextNumber(db, round.scheme, round.year) : null,
        who.at,
        who.at,
      ).lastInsertRowid,
  );
  saveLines(db, applicationId, fields);
  if (register)
    recordStatus(
      db,
      applicationId,
      null,
      'ingediend',
      who,
      `Aan de balie geregistreerd, ontvangen op ${formatDateNl(fields.receivedOn!)}`,
    );
  else recordStatus(db, applicationId, null, 'concept', who, 'Concept aangemaakt');
  return applicationId;
}

/** Registers a concept as received. */
export function submitApplication(
  db: Db,
  applicationId: number,
  receivedOn: string,
  confirmWarnings: boolean,
  who: Who,
): void {
  const current = getApplication(db, applicationId);
  if (current.status !== 'concept')
    throw new ApiError(
      'CONFLICT',
      say(
        ({ t }) => `Deze aanvraag is al geregistreerd (${t(STATUS_WORDS[current.status]).toLowerCase()}).`,
        ({ t }) => `This application has already been registered (${t(STATUS_WORDS[current.status]).toLowerCase()}).`,
      ),
    );
  const round = getRound(db, current.roundId);
  const fields = { ...fieldsOf(current), receivedOn };
  checkAlways(db, fields, round);
  checkRegistered(fields, round, dayOf(who));
  requireConfirmation(registrationWarnings(fields, round), confirmWarnings);
  db.prepare('UPDATE budget_applications SET received_on = ?, number = ? WHERE id = ?').run(
    receivedOn,
    nextNumber(db, round.scheme, round.year),
    applicationId,
  );
  setStatus(db, applicationId, 'ingediend', who, `Ontvangen op ${formatDateNl(receivedOn)}`);
}

export function fieldsOf(a: ApplicationDetail): Registrable {
  return {
    roundId: a.roundId,
    applicantType: a.applicantType,
    applicantName: a.applicantName,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    contactEmail: a.contactEmail,
    contactAddress: a.contactAddress,
    kvkNumber: a.kvkNumber,
    iban: a.iban,
    wijk: a.wijk,
    involvement: a.involvement,
    title: a.title,
    description: a.description,
    goals: a.goals,
    contribution: a.contribution,
    complementarity: a.complementarity,
    recurrence: a.recurrence,
    priorityGroups: a.priorityGroups,
    expectedReach: a.expectedReach,
    expectedParticipants: a.expectedParticipants,
    expectedMeetings: a.expectedMeetings,
    startDate: a.startDate,
    endDate: a.endDate,
    location: a.location,
    roomId: a.roomId,
    requestedCents: a.requestedCents,
    notes: a.notes,
    receivedOn: a.receivedOn,
    costLines: a.costLines.map((l) => ({
      description: l.description,
      amountCents: l.amountCents,
      reimbursable: l.reimbursable,
      note: l.note,
    })),
    funding: a.funding.map((f) => ({
      kind: f.kind,
      source: f.source,
      amountCents: f.amountCents,
      inKind: f.inKind,
      confirmed: f.confirmed,
    })),
    partners: a.partners.map((p) => ({
      name: p.name,
      kind: p.kind as Registrable['partners'][number]['kind'],
      contactName: p.contactName,
      contactEmail: p.contactEmail,
      contactPhone: p.contactPhone,
      role: p.role,
      cashCents: p.cashCents,
      inKindDescription: p.inKindDescription,
      inKindCents: p.inKindCents,
    })),
  };
}

/**
 * Changes an application while it is a concept or registered; after the eligibility assessment it is
 * fixed. Returns its fields before and after, for the audit row.
 */
export function updateApplication(
  db: Db,
  input: z.output<typeof applicationUpdate>,
  who: Who,
): { before: Registrable; after: Registrable } {
  const { id: applicationId, confirmWarnings, ...fields } = input;
  const before = getApplication(db, applicationId);
  if (before.status !== 'concept' && before.status !== 'ingediend')
    throw new ApiError(
      'CONFLICT',
      say(
        ({ t }) =>
          `Deze aanvraag is ${t(STATUS_WORDS[before.status]).toLowerCase()}: na de beoordeling van de ontvankelijkheid ligt ze vast.`,
        ({ t }) =>
          `This application is ${t(STATUS_WORDS[before.status]).toLowerCase()}: after the admissibility assessment it is fixed.`,
      ),
    );
  const registered = before.status === 'ingediend';
  if (registered && fields.roundId !== before.roundId)
    throw ApiError.field(
      'roundId',
      msg('Een ingediende aanvraag blijft in haar ronde.', 'A submitted application stays in its round.'),
    );
  const round = getRound(db, fields.roundId);
  const next: Registrable = { ...fields, receivedOn: registered ? (fields.receivedOn ?? before.receivedOn) : null };
  checkAlways(db, next, round);
  if (registered) {
    checkRegistered(next, round, dayOf(who));
    requireConfirmation(registrationWarnings(next, round), confirmWarnings);
  }
  const sets = Object.keys(FIELD_COLUMNS)
    .map((c) => `${c} = ?`)
    .join(', ');
  db.prepare(`UPDATE budget_applications SET ${sets}, updated_at = ? WHERE id = ?`).run(
    ...columnValues(next),
    who.at,
    applicationId,
  );
  saveLines(db, applicationId, next);
  return { before: fieldsOf(before), after: next };
}

/** The fields as the audit row shows them: lines as short texts. */
export const auditFields = (a: Registrable) => ({
  ...a,
  costLines: a.costLines.map(
    (l) => `${l.description} ${formatCents(l.amountCents)}${l.reimbursable ? '' : ' (niet vergoed)'}`,
  ),
  funding: a.funding.map((f) => `${f.kind} ${f.source} ${formatCents(f.amountCents)}`),
  partners: a.partners.map((p) => p.name),
});
