import type { Db } from '../../platform/database';
import type { Actor } from '../../contract/method';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { formatCents, formatDateNl, localDate, localDateTime } from '../../platform/clock';
import {
  APPLICANT_TYPE_LABELS,
  ATTACHMENT_MAX_BYTES,
  PRIORITY_GROUP_LABELS,
  SCHEME_LABELS,
  STATUS_LABELS,
  applicationContact,
  applicationCreate,
  applicationQuery,
  applicationSubmit,
  applicationUpdate,
  applicationWithdraw,
  attachmentInput,
  type ApplicationFields,
  type ApplicationStatus,
  type AUTO_CHECKS,
  type PriorityGroup,
  type Reach,
  type Scheme,
} from './schemas';
import {
  TRANSITIONS,
  applicationMoney,
  assertCanSee,
  recordStatus,
  setStatus,
  statusOf,
  visibleApplicationIds,
  whoOf,
  type ApplicationMoney,
  type Who,
} from './shared';
import { getRound, type Round } from './rounds';
import { diffSummary } from '../../contract/audit';

export interface CostLine {
  id: number;
  description: string;
  amountCents: number;
  reimbursable: boolean;
  note: string;
  actualCents: number | null;
}

export interface FundingLine {
  id: number;
  kind: 'cofinanciering' | 'eigen_bijdrage';
  source: string;
  amountCents: number;
  inKind: boolean;
  confirmed: boolean;
}

export interface Partner {
  id: number;
  name: string;
  kind: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  role: string;
  cashCents: number;
  inKindDescription: string;
  inKindCents: number;
}

export interface Totals {
  /** All cost lines. */
  costsCents: number;
  reimbursableCents: number;
  /** Costs the budget does not pay: to be covered from other sources. */
  nonReimbursableCents: number;
  /** Co-funding and own contribution in money. */
  cashFundingCents: number;
  /** Valued contributions in kind (applicant and partners). */
  inKindCents: number;
  partnersCashCents: number;
  /** requested + cash funding + partners' money: what covers the costs. */
  coverageCents: number;
  /** The cost breakdown adds up: costs = coverage (only meaningful when there are cost lines). */
  balanced: boolean;
  /** Sum of the actual costs, once accounted for. */
  actualCostsCents: number | null;
}

export interface ValuationParty {
  name: string;
  role: 'aanvrager' | 'partner' | 'budget';
  cashCents: number;
  inKindCents: number;
  totalCents: number;
  /** Share of the whole valuation, in percent with one decimal. */
  sharePercent: number;
}

export interface ApplicationSummary {
  id: number;
  number: string | null;
  status: ApplicationStatus;
  statusLabel: string;
  roundId: number;
  roundName: string;
  scheme: Scheme;
  schemeLabel: string;
  year: number;
  applicantType: ApplicationFields['applicantType'];
  applicantTypeLabel: string;
  applicantName: string;
  contactName: string;
  wijk: string;
  title: string;
  priorityGroups: PriorityGroup[];
  requestedCents: number;
  grantedCents: number;
  receivedOn: string | null;
  decidedOn: string | null;
}

const SUMMARY_SELECT = `SELECT a.id, a.number, a.status, a.round_id AS roundId, r.name AS roundName, r.scheme, y.year, a.applicant_type AS applicantType,
  a.applicant_name AS applicantName, a.contact_name AS contactName, a.wijk, a.title, a.priority_groups AS priorityGroups, a.requested_cents AS requestedCents,
  a.granted_cents AS grantedCents, a.received_on AS receivedOn, a.decided_on AS decidedOn
  FROM budget_applications a JOIN budget_rounds r ON r.id = a.round_id JOIN budget_years y ON y.id = r.year_id`;

function toSummary(row: Record<string, unknown>): ApplicationSummary {
  const s = row as unknown as ApplicationSummary;
  return {
    ...s,
    statusLabel: STATUS_LABELS[s.status],
    schemeLabel: SCHEME_LABELS[s.scheme],
    applicantTypeLabel: APPLICANT_TYPE_LABELS[s.applicantType],
    priorityGroups: JSON.parse(row.priorityGroups as string) as PriorityGroup[],
  };
}

export function applicationSummary(db: Db, applicationId: number): ApplicationSummary {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE a.id = ?`).get(applicationId) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'Deze aanvraag bestaat niet.');
  return toSummary(row);
}

export function listApplications(
  db: Db,
  q: z.output<typeof applicationQuery>,
  actor: Actor | null,
): ApplicationSummary[] {
  const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
       WHERE (@roundId IS NULL OR a.round_id = @roundId) AND (@yearId IS NULL OR r.year_id = @yearId)
         AND (@statuses IS NULL OR a.status IN (SELECT value FROM json_each(@statuses)))
         AND (@search = '' OR a.title LIKE @like ESCAPE '\\' OR a.applicant_name LIKE @like ESCAPE '\\' OR a.number LIKE @like ESCAPE '\\' OR a.contact_name LIKE @like ESCAPE '\\')
       ORDER BY y.year DESC, a.received_on IS NULL, a.received_on DESC, a.id DESC`,
    )
    .all({
      roundId: q.roundId,
      yearId: q.yearId,
      statuses: q.statuses.length ? JSON.stringify(q.statuses) : null,
      search: q.search,
      like,
    }) as Record<string, unknown>[];
  const visible = visibleApplicationIds(db, actor);
  return rows.map(toSummary).filter((a) => !visible || visible.has(a.id));
}

export function costLinesOf(db: Db, applicationId: number): CostLine[] {
  return (
    db
      .prepare(
        'SELECT id, description, amount_cents AS amountCents, reimbursable, note, actual_cents AS actualCents FROM budget_cost_lines WHERE application_id = ? ORDER BY sort_order, id',
      )
      .all(applicationId) as Record<string, unknown>[]
  ).map((r) => ({ ...(r as unknown as CostLine), reimbursable: r.reimbursable === 1 }));
}

export function fundingOf(db: Db, applicationId: number): FundingLine[] {
  return (
    db
      .prepare(
        'SELECT id, kind, source, amount_cents AS amountCents, in_kind AS inKind, confirmed FROM budget_funding WHERE application_id = ? ORDER BY sort_order, id',
      )
      .all(applicationId) as Record<string, unknown>[]
  ).map((r) => ({ ...(r as unknown as FundingLine), inKind: r.inKind === 1, confirmed: r.confirmed === 1 }));
}

export function partnersOf(db: Db, applicationId: number): Partner[] {
  return db
    .prepare(
      `SELECT id, name, kind, contact_name AS contactName, contact_email AS contactEmail, contact_phone AS contactPhone, role, cash_cents AS cashCents,
      in_kind_description AS inKindDescription, in_kind_cents AS inKindCents FROM budget_partners WHERE application_id = ? ORDER BY sort_order, id`,
    )
    .all(applicationId) as Partner[];
}

type Lines = {
  requestedCents: number;
  costLines: { amountCents: number; reimbursable: boolean; actualCents?: number | null }[];
  funding: { amountCents: number; inKind: boolean }[];
  partners: { cashCents: number; inKindCents: number }[];
};

export function totalsOf(a: Lines): Totals {
  const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);
  const costs = sum(a.costLines, (l) => l.amountCents);
  const reimbursable = sum(
    a.costLines.filter((l) => l.reimbursable),
    (l) => l.amountCents,
  );
  const cash = sum(
    a.funding.filter((f) => !f.inKind),
    (f) => f.amountCents,
  );
  const partnersCash = sum(a.partners, (p) => p.cashCents);
  const coverage = a.requestedCents + cash + partnersCash;
  const accounted =
    a.costLines.length > 0 && a.costLines.every((l) => l.actualCents !== null && l.actualCents !== undefined);
  return {
    costsCents: costs,
    reimbursableCents: reimbursable,
    nonReimbursableCents: costs - reimbursable,
    cashFundingCents: cash,
    inKindCents:
      sum(
        a.funding.filter((f) => f.inKind),
        (f) => f.amountCents,
      ) + sum(a.partners, (p) => p.inKindCents),
    partnersCashCents: partnersCash,
    coverageCents: coverage,
    balanced: costs === coverage,
    actualCostsCents: accounted ? sum(a.costLines, (l) => l.actualCents ?? 0) : null,
  };
}

/** What each party brings, in money and in kind: the valuation of a cooperation (useful for any application). */
export function valuationOf(
  applicantName: string,
  requestedCents: number,
  funding: FundingLine[],
  partners: Partner[],
  budgetName: string,
) {
  const own = funding.filter((f) => f.kind === 'eigen_bijdrage');
  const parties = [
    {
      name: applicantName,
      role: 'aanvrager' as const,
      cashCents: own.filter((f) => !f.inKind).reduce((s, f) => s + f.amountCents, 0),
      inKindCents: own.filter((f) => f.inKind).reduce((s, f) => s + f.amountCents, 0),
    },
    ...partners.map((p) => ({
      name: p.name,
      role: 'partner' as const,
      cashCents: p.cashCents,
      inKindCents: p.inKindCents,
    })),
    { name: budgetName, role: 'budget' as const, cashCents: requestedCents, inKindCents: 0 },
  ].map((p) => ({ ...p, totalCents: p.cashCents + p.inKindCents }));
  const total = parties.reduce((s, p) => s + p.totalCents, 0);
  const cofunding = funding.filter((f) => f.kind === 'cofinanciering').reduce((s, f) => s + f.amountCents, 0);
  return {
    parties: parties.map((p): ValuationParty => ({
      ...p,
      sharePercent: total ? Math.round((1000 * p.totalCents) / total) / 10 : 0,
    })),
    cofundingCents: cofunding,
    totalCents: total + cofunding,
  };
}

export type AutoCheck = (typeof AUTO_CHECKS)[number];
export interface AutoResult {
  result: boolean | null;
  detail: string;
}

/** The checklist items the core can judge from the data itself. */
export function autoChecks(
  a: {
    receivedOn: string | null;
    requestedCents: number;
    startDate: string | null;
    endDate: string | null;
    costLineCount: number;
    balanced: boolean;
    wijk: string;
  },
  round: Round,
): Record<AutoCheck, AutoResult> {
  const range = `${formatCents(round.minCents)} tot en met ${formatCents(round.maxCents)}`;
  const window = `${formatDateNl(round.opensOn)} t/m ${formatDateNl(round.closesOn)}`;
  const period = `${formatDateNl(round.executionFrom)} t/m ${formatDateNl(round.executionTo)}`;
  const inArea = round.areaWijken.some((w) => w.toLowerCase() === a.wijk.trim().toLowerCase());
  return {
    venster:
      a.receivedOn === null
        ? { result: null, detail: 'Nog niet ontvangen.' }
        : {
            result: a.receivedOn >= round.opensOn && a.receivedOn <= round.closesOn,
            detail: `Ontvangen op ${formatDateNl(a.receivedOn)}; termijn ${window}.`,
          },
    bedrag: {
      result: a.requestedCents >= round.minCents && a.requestedCents <= round.maxCents,
      detail: `Gevraagd ${formatCents(a.requestedCents)}; bereik ${range}.`,
    },
    periode:
      a.startDate === null || a.endDate === null
        ? { result: false, detail: `Geen begin- en einddatum opgegeven; uitvoeringsperiode ${period}.` }
        : {
            result: a.startDate >= round.executionFrom && a.endDate <= round.executionTo,
            detail: `${formatDateNl(a.startDate)} t/m ${formatDateNl(a.endDate)}; uitvoeringsperiode ${period}.`,
          },
    begroting: {
      result: a.costLineCount > 0 && a.balanced,
      detail:
        a.costLineCount > 0
          ? `${a.costLineCount} kostenregel(s)${a.balanced ? ', de begroting sluit' : ', de begroting sluit niet'}.`
          : 'Geen kostenbegroting.',
    },
    gebied:
      round.areaWijken.length === 0
        ? { result: null, detail: 'Voor deze ronde en het huis zijn geen wijken vastgelegd.' }
        : { result: inArea, detail: `Wijk ${a.wijk}; gebied van de ronde: ${round.areaWijken.join(', ')}.` },
  };
}

type Registrable = Omit<ApplicationFields, 'id' | 'confirmWarnings'>;

/** Rules that hold for every saved application, concepts included. */
function checkAlways(db: Db, a: Registrable, round: Round): void {
  if (a.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(a.roomId))
    throw ApiError.field('roomId', 'Deze ruimte bestaat niet.');
  if (round.scheme === 'lokaal_budget') {
    if (a.partners.length)
      throw ApiError.field('partners', 'Samenwerkingspartners horen bij Right to Cooperate, niet bij Lokaal Budget.');
    if (a.applicantType === 'welzijnsaanbieder')
      throw ApiError.field(
        'applicantType',
        'Bij Lokaal Budget vraagt een bewoner, bewonersgroep, organisatie of sociaal ondernemer aan, niet de welzijnsaanbieder zelf.',
      );
  }
}

/**
 * Hard rules for a registered application: the cost breakdown adds up, the budget is not asked to
 * pay non-reimbursable costs, a cooperation has partners and includes the welfare provider. All
 * problems are reported at once, each next to its field.
 */
function checkRegistered(a: Registrable, round: Round): void {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!a.description.trim()) add('description', 'Beschrijf wat de aanvrager gaat doen.');
  if (a.requestedCents === 0) add('requestedCents', 'Vul het gevraagde bedrag in.');
  if (a.receivedOn !== null && a.receivedOn > localDate()) add('receivedOn', 'De ontvangstdatum ligt in de toekomst.');
  if (a.costLines.length) {
    const t = totalsOf(a);
    if (!t.balanced) {
      add(
        'costLines',
        `De begroting sluit niet: de kosten (${formatCents(t.costsCents)}) zijn niet gelijk aan het gevraagde bedrag plus de overige dekking in geld (${formatCents(t.coverageCents)}).`,
      );
    }
    if (a.requestedCents > t.reimbursableCents) {
      add(
        'requestedCents',
        `Het gevraagde bedrag (${formatCents(a.requestedCents)}) is hoger dan de kosten die vergoed kunnen worden (${formatCents(t.reimbursableCents)}): niet-vergoedbare kosten komen uit andere bronnen.`,
      );
    }
  }
  if (round.scheme === 'right_to_cooperate') {
    if (!a.partners.length) add('partners', 'Right to Cooperate is een samenwerking: voeg minstens één partner toe.');
    else {
      const kinds = [a.applicantType as string, ...a.partners.map((p) => p.kind)];
      if (!kinds.includes('welzijnsaanbieder'))
        add(
          'partners',
          'Bij Right to Cooperate werkt de welzijnsaanbieder samen met lokale partijen: de welzijnsaanbieder is de aanvrager of een van de partners.',
        );
      else if (kinds.filter((k) => k !== 'welzijnsaanbieder').length === 0)
        add('partners', 'Voeg minstens één lokale partij toe naast de welzijnsaanbieder.');
    }
  }
  if (Object.keys(errors).length) {
    const first = Object.values(errors)[0]![0]!;
    throw new ApiError('VALIDATION', first, errors);
  }
}

/**
 * What the desk should know before registering: outside the amount range, outside the window, dates
 * outside the period, another wijk, more than remains. Such an application may still be registered
 * (it was submitted like this, and gets a decision: not admissible), but only when confirmed.
 */
export function registrationWarnings(a: Registrable, round: Round): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (field: string, message: string) => (out[field] ??= []).push(message);
  if (a.requestedCents > 0 && (a.requestedCents < round.minCents || a.requestedCents > round.maxCents)) {
    add(
      'requestedCents',
      `Het gevraagde bedrag (${formatCents(a.requestedCents)}) ligt buiten het bereik van de ronde (${formatCents(round.minCents)} tot en met ${formatCents(round.maxCents)}). Registreer de aanvraag alleen als ze zo is ingediend: ze is dan niet ontvankelijk.`,
    );
  }
  if (a.receivedOn !== null && (a.receivedOn < round.opensOn || a.receivedOn > round.closesOn)) {
    add(
      'receivedOn',
      `Ontvangen op ${formatDateNl(a.receivedOn)}, buiten de indieningstermijn (${formatDateNl(round.opensOn)} t/m ${formatDateNl(round.closesOn)}).`,
    );
  }
  if (a.startDate !== null && (a.startDate < round.executionFrom || a.startDate > round.executionTo))
    add(
      'startDate',
      `De begindatum ligt buiten de uitvoeringsperiode (${formatDateNl(round.executionFrom)} t/m ${formatDateNl(round.executionTo)}).`,
    );
  if (a.endDate !== null && (a.endDate < round.executionFrom || a.endDate > round.executionTo))
    add(
      'endDate',
      `De einddatum ligt buiten de uitvoeringsperiode (${formatDateNl(round.executionFrom)} t/m ${formatDateNl(round.executionTo)}).`,
    );
  if (round.areaWijken.length && !round.areaWijken.some((w) => w.toLowerCase() === a.wijk.toLowerCase()))
    add('wijk', `${a.wijk} hoort niet bij het gebied van deze ronde (${round.areaWijken.join(', ')}).`);
  if (a.requestedCents > round.ledger.remainingCents)
    add('requestedCents', `Er resteert nog ${formatCents(round.ledger.remainingCents)} in deze ronde.`);
  return out;
}

function requireConfirmation(warnings: Record<string, string[]>, confirmed: boolean): void {
  const all = Object.values(warnings).flat();
  if (all.length && !confirmed) {
    throw new ApiError(
      'NEEDS_CONFIRMATION',
      `Let op: ${all[0]}${all.length > 1 ? ` (en ${all.length - 1} andere waarschuwing${all.length > 2 ? 'en' : ''})` : ''}`,
      { ...warnings, warnings: all },
    );
  }
}

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
    checkRegistered(fields, round);
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
      `Aan de balie geregistreerd, ontvangen op ${fields.receivedOn}`,
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
    throw new ApiError('CONFLICT', `Deze aanvraag is al geregistreerd (${current.statusLabel.toLowerCase()}).`);
  const round = getRound(db, current.roundId);
  const fields = { ...fieldsOf(current), receivedOn };
  checkAlways(db, fields, round);
  checkRegistered(fields, round);
  requireConfirmation(registrationWarnings(fields, round), confirmWarnings);
  db.prepare('UPDATE budget_applications SET received_on = ?, number = ? WHERE id = ?').run(
    receivedOn,
    nextNumber(db, round.scheme, round.year),
    applicationId,
  );
  setStatus(db, applicationId, 'ingediend', who, `Ontvangen op ${receivedOn}`);
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

export function getApplication(db: Db, applicationId: number, actor: Actor | null = null): ApplicationDetail {
  const row = db
    .prepare(
      `${SUMMARY_SELECT.replace(
        'FROM budget_applications a',
        `, a.contact_phone AS contactPhone, a.contact_email AS contactEmail, a.contact_address AS contactAddress,
      a.kvk_number AS kvkNumber, a.iban, a.involvement, a.description, a.goals, a.contribution, a.complementarity, a.recurrence, a.expected_reach AS expectedReach,
      a.expected_participants AS expectedParticipants, a.expected_meetings AS expectedMeetings, a.start_date AS startDate, a.end_date AS endDate, a.location,
      a.room_id AS roomId, (SELECT name FROM rooms WHERE id = a.room_id) AS roomName, a.notes, a.assessed_on AS assessedOn,
      a.eligibility_motivation AS eligibilityMotivation, a.conditions, a.accounted_on AS accountedOn, a.actual_reach AS actualReach,
      a.actual_participants AS actualParticipants, a.meetings_held AS meetingsHeld, a.evaluation, a.closed_on AS closedOn, a.close_note AS closeNote,
      a.withdrawn_reason AS withdrawnReason, a.created_at AS createdAt, a.updated_at AS updatedAt
      FROM budget_applications a`,
      )} WHERE a.id = ?`,
    )
    .get(applicationId) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'Deze aanvraag bestaat niet.');
  const summary = toSummary(row);
  const costLines = costLinesOf(db, applicationId);
  const funding = fundingOf(db, applicationId);
  const partners = partnersOf(db, applicationId);
  const totals = totalsOf({ requestedCents: summary.requestedCents, costLines, funding, partners });
  const round = getRound(db, summary.roundId);
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
      round.name.includes(SCHEME_LABELS[summary.scheme])
        ? round.name
        : `${SCHEME_LABELS[summary.scheme]} (${round.name})`,
    ),
    money: applicationMoney(db, applicationId),
    eligibility: (
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
    })),
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
    history: (
      db
        .prepare(
          'SELECT from_status AS "from", to_status AS "to", at, user_name AS userName, note FROM budget_status_history WHERE application_id = ? ORDER BY at, id',
        )
        .all(applicationId) as HistoryRow[]
    ).map((h) => ({ ...h, fromLabel: h.from ? STATUS_LABELS[h.from] : null, toLabel: STATUS_LABELS[h.to] })),
    decisions: decisionsOf(db, applicationId),
    payments: paymentsOf(db, applicationId),
    attachments: db
      .prepare(
        'SELECT id, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes, description, added_at AS addedAt, added_by AS addedBy FROM budget_attachments WHERE application_id = ? ORDER BY id',
      )
      .all(applicationId) as Attachment[],
    nextStatuses: [...TRANSITIONS[summary.status]],
    redacted: false,
  } satisfies ApplicationDetail;
  if (actor && actor.role !== 'beheerder') {
    return {
      ...detail,
      contactPhone: '',
      contactEmail: '',
      contactAddress: '',
      iban: '',
      kvkNumber: detail.kvkNumber,
      notes: '',
      payments: [],
      partners: partners.map((p) => ({ ...p, contactEmail: '', contactPhone: '' })),
      redacted: true,
    };
  }
  return detail;
}

const auditFields = (a: Registrable) => ({
  ...a,
  costLines: a.costLines.map(
    (l) => `${l.description} ${formatCents(l.amountCents)}${l.reimbursable ? '' : ' (niet vergoed)'}`,
  ),
  funding: a.funding.map((f) => `${f.kind} ${f.source} ${formatCents(f.amountCents)}`),
  partners: a.partners.map((p) => p.name),
});

function getAttachmentMeta(db: Db, attachmentId: number): Attachment & { applicationId: number } {
  const row = db
    .prepare(
      'SELECT id, application_id AS applicationId, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes, description, added_at AS addedAt, added_by AS addedBy FROM budget_attachments WHERE id = ?',
    )
    .get(attachmentId) as (Attachment & { applicationId: number }) | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'Deze bijlage bestaat niet.');
  return row;
}

export const MAX_ATTACHMENTS = 25;

export function addAttachment(db: Db, input: z.output<typeof attachmentInput>, who: Who): number {
  statusOf(db, input.applicationId);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw ApiError.field('contentBase64', 'Dit bestand is leeg.');
  if (content.length > ATTACHMENT_MAX_BYTES)
    throw ApiError.field(
      'contentBase64',
      `Een bijlage mag hoogstens 10 MB zijn; dit bestand is ${(Math.ceil((content.length * 10) / 1024 / 1024) / 10).toFixed(1).replace('.', ',')} MB.`,
    );
  const n = (
    db.prepare('SELECT count(*) AS n FROM budget_attachments WHERE application_id = ?').get(input.applicationId) as {
      n: number;
    }
  ).n;
  if (n >= MAX_ATTACHMENTS)
    throw ApiError.field('contentBase64', `Een aanvraag heeft hoogstens ${MAX_ATTACHMENTS} bijlagen.`);
  return Number(
    db
      .prepare(
        'INSERT INTO budget_attachments (application_id, file_name, mime_type, size_bytes, description, content, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        input.applicationId,
        input.fileName,
        input.mimeType,
        content.length,
        input.description,
        content,
        who.at,
        who.name,
      ).lastInsertRowid,
  );
}

const READERS = ['beheerder', 'commissie'] as const;

export const budgetApplicationMethods = {
  'applications.list': method({
    description:
      'Aanvragen, te filteren op jaar, ronde, status en tekst. Een commissielid ziet alleen aanvragen op de agenda van een vergadering; coördinator en balie zien geen aanvragen.',
    access: READERS,
    mode: 'read',
    input: applicationQuery,
    handler: ({ db, actor }, q) => listApplications(db, q, actor),
  }),
  'applications.get': method({
    description:
      'Eén aanvraag met alles: gegevens, kostenregels, dekking, partners en waardering, totalen, grootboekpositie, checklist, statusgeschiedenis (wie en wanneer), besluiten, betalingen, bijlagen en de mogelijke volgende statussen. Voor de commissie zonder contactgegevens en notities.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => {
      assertCanSee(db, actor, input.id);
      return getApplication(db, input.id, actor);
    },
  }),
  'applications.create': method({
    description:
      'Legt aan de balie een aanvraag vast: als concept, of direct geregistreerd als ingediend (register, met ontvangstdatum en een volgnummer). Bij registreren moet de begroting sluiten; buiten bedrag, termijn, periode of gebied volgt eerst een waarschuwing om te bevestigen.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationCreate,
    handler: (ctx, input) => {
      const applicationId = insertApplication(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, applicationId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: applicationId,
        summary: `Aanvraag ${a.number ?? '(concept)'} "${a.title}" van ${a.applicantName}, ${formatCents(a.requestedCents)} in ${a.roundName}: ${a.statusLabel.toLowerCase()}`,
      });
      return a;
    },
  }),
  'applications.update': method({
    description:
      'Wijzigt een aanvraag zolang ze concept of ingediend is; daarna ligt ze vast (contactgegevens blijven te wijzigen met applications.updateContact).',
    access: ['beheerder'],
    mode: 'write',
    input: applicationUpdate,
    handler: (ctx, input) => {
      const { db } = ctx;
      const { id: applicationId, confirmWarnings, ...fields } = input;
      const before = getApplication(db, applicationId);
      if (before.status !== 'concept' && before.status !== 'ingediend')
        throw new ApiError(
          'CONFLICT',
          `Deze aanvraag is ${before.statusLabel.toLowerCase()}: na de beoordeling van de ontvankelijkheid ligt ze vast.`,
        );
      const registered = before.status === 'ingediend';
      if (registered && fields.roundId !== before.roundId)
        throw ApiError.field('roundId', 'Een ingediende aanvraag blijft in haar ronde.');
      const round = getRound(db, fields.roundId);
      const next: Registrable = { ...fields, receivedOn: registered ? (fields.receivedOn ?? before.receivedOn) : null };
      checkAlways(db, next, round);
      if (registered) {
        checkRegistered(next, round);
        requireConfirmation(registrationWarnings(next, round), confirmWarnings);
      }
      const sets = Object.keys(FIELD_COLUMNS)
        .map((c) => `${c} = ?`)
        .join(', ');
      db.prepare(`UPDATE budget_applications SET ${sets}, updated_at = ? WHERE id = ?`).run(
        ...columnValues(next),
        whoOf(ctx).at,
        applicationId,
      );
      saveLines(db, applicationId, next);
      ctx.audit({
        entity: 'budget_applications',
        entityId: applicationId,
        summary: diffSummary(auditFields(fieldsOf(before)), auditFields(next)),
      });
      return getApplication(db, applicationId);
    },
  }),
  'applications.updateContact': method({
    description: 'Wijzigt contactgegevens en rekeningnummer van een aanvraag, in elke status.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationContact,
    handler: ({ db, audit }, input) => {
      const before = getApplication(db, input.id);
      db.prepare(
        'UPDATE budget_applications SET contact_name = ?, contact_phone = ?, contact_email = ?, contact_address = ?, iban = ?, updated_at = ? WHERE id = ?',
      ).run(
        input.contactName,
        input.contactPhone,
        input.contactEmail,
        input.contactAddress,
        input.iban,
        localDateTime(),
        input.id,
      );
      const pick = (a: {
        contactName: string;
        contactPhone: string;
        contactEmail: string;
        contactAddress: string;
        iban: string;
      }) => ({
        contactName: a.contactName,
        contactPhone: a.contactPhone,
        contactEmail: a.contactEmail,
        contactAddress: a.contactAddress,
        iban: a.iban,
      });
      audit({ entity: 'budget_applications', entityId: input.id, summary: diffSummary(pick(before), pick(input)) });
      return getApplication(db, input.id);
    },
  }),
  'applications.submit': method({
    description:
      'Registreert een concept als ingediend, met de ontvangstdatum; de aanvraag krijgt een volgnummer. Dezelfde regels en waarschuwingen als bij registreren.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationSubmit,
    handler: (ctx, input) => {
      submitApplication(ctx.db, input.id, input.receivedOn, input.confirmWarnings, whoOf(ctx));
      const a = getApplication(ctx.db, input.id);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Aanvraag ${a.number} "${a.title}" ingediend, ontvangen op ${input.receivedOn}`,
      });
      return a;
    },
  }),
  'applications.delete': method({
    description: 'Verwijdert een concept dat nooit is ingediend (met zijn regels en bijlagen).',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const a = getApplication(db, input.id);
      if (a.status !== 'concept')
        throw new ApiError(
          'CONFLICT',
          'Alleen een concept kan worden verwijderd; een ingediende aanvraag kan worden ingetrokken.',
        );
      db.prepare('DELETE FROM budget_applications WHERE id = ?').run(input.id);
      audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Concept "${a.title}" van ${a.applicantName} verwijderd`,
      });
      return { id: input.id };
    },
  }),
  'applications.withdraw': method({
    description:
      'Trekt een aanvraag in (op verzoek van de aanvrager), vóór er iets is betaald. Een toekenning valt dan vrij in het grootboek.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationWithdraw,
    handler: (ctx, input) => {
      const { db } = ctx;
      const a = getApplication(db, input.id);
      if (a.status === 'geagendeerd')
        throw new ApiError(
          'CONFLICT',
          'Deze aanvraag staat op de agenda van een vergadering: haal haar eerst van de agenda.',
        );
      const money = applicationMoney(db, input.id);
      if (money.paidCents !== 0 || money.plannedCents !== 0)
        throw new ApiError(
          'CONFLICT',
          'Op deze toekenning is al betaald of een termijn gepland: verwijder geplande termijnen, en sluit een betaalde toekenning af via verantwoording en terugbetaling.',
        );
      setStatus(db, input.id, 'ingetrokken', whoOf(ctx), input.reason);
      db.prepare(
        'UPDATE budget_applications SET withdrawn_reason = ?, released_cents = granted_cents WHERE id = ?',
      ).run(input.reason, input.id);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Aanvraag ${a.number} ingetrokken${a.grantedCents ? `; ${formatCents(a.grantedCents)} valt vrij` : ''}: ${input.reason}`,
      });
      return getApplication(db, input.id);
    },
  }),
  'applications.addAttachment': method({
    description:
      'Voegt een bijlage toe aan een aanvraag (pdf, afbeelding, tekst, Word, Excel of OpenDocument, hoogstens 10 MB, inhoud als base64). Wordt in de database bewaard.',
    access: ['beheerder'],
    mode: 'write',
    input: attachmentInput,
    handler: (ctx, input) => {
      const attachmentId = addAttachment(ctx.db, input, whoOf(ctx));
      const meta = getAttachmentMeta(ctx.db, attachmentId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.applicationId,
        summary: `Bijlage "${meta.fileName}" (${meta.mimeType}, ${meta.sizeBytes} bytes) toegevoegd`,
      });
      return meta;
    },
  }),
  'applications.attachment': method({
    description: 'De inhoud van één bijlage (base64), met naam, soort en grootte, om te openen of op te slaan.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => {
      const meta = getAttachmentMeta(db, input.id);
      assertCanSee(db, actor, meta.applicationId);
      const { content } = db.prepare('SELECT content FROM budget_attachments WHERE id = ?').get(input.id) as {
        content: Buffer;
      };
      return { ...meta, contentBase64: content.toString('base64') };
    },
  }),
  'applications.removeAttachment': method({
    description: 'Verwijdert een bijlage.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const meta = getAttachmentMeta(db, input.id);
      db.prepare('DELETE FROM budget_attachments WHERE id = ?').run(input.id);
      audit({
        entity: 'budget_applications',
        entityId: meta.applicationId,
        summary: `Bijlage "${meta.fileName}" verwijderd`,
      });
      return { id: input.id, applicationId: meta.applicationId };
    },
  }),
};
