import type { UseFormReturnType } from '@mantine/form';
import type { Input, Output } from '../../../api/client';
import { centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import type {
  APPLICANT_TYPES,
  FUNDING_KINDS,
  PARTNER_KINDS,
  PRIORITY_GROUPS,
  REACH_KEYS,
} from '../../../../../db/modules/budget/schemas';

export type Application = Output<'applications.get'>;
export type Round = Output<'budget.rounds'>[number];
type Count = number | string;

/*
 * The form keeps the method's own keys (requestedCents, costLines.2.amountCents …) even where it holds
 * euros as typed, so an error the core reports under 'costLines.2.amountCents' lands on that very input.
 */
export interface CostLineValues {
  description: string;
  amountCents: MoneyValue;
  reimbursable: boolean;
  note: string;
}
export interface FundingValues {
  kind: (typeof FUNDING_KINDS)[number];
  source: string;
  amountCents: MoneyValue;
  inKind: boolean;
  confirmed: boolean;
}
export interface PartnerValues {
  name: string;
  kind: (typeof PARTNER_KINDS)[number] | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  role: string;
  cashCents: MoneyValue;
  inKindDescription: string;
  inKindCents: MoneyValue;
}

export interface ApplicationValues {
  roundId: string | null;
  applicantType: (typeof APPLICANT_TYPES)[number] | null;
  applicantName: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  contactAddress: string;
  kvkNumber: string;
  iban: string;
  wijk: string;
  involvement: string;
  title: string;
  description: string;
  goals: string;
  contribution: string;
  complementarity: string;
  recurrence: 'eenmalig' | 'terugkerend';
  priorityGroups: (typeof PRIORITY_GROUPS)[number][];
  expectedReach: Record<(typeof REACH_KEYS)[number], Count>;
  expectedParticipants: Count;
  expectedMeetings: Count;
  startDate: string;
  endDate: string;
  location: string;
  roomId: string | null;
  requestedCents: MoneyValue;
  costLines: CostLineValues[];
  funding: FundingValues[];
  partners: PartnerValues[];
  notes: string;
  receivedOn: string;
}

export type ApplicationMantineForm = UseFormReturnType<ApplicationValues>;

export const emptyCostLine = (): CostLineValues => ({ description: '', amountCents: '', reimbursable: true, note: '' });
export const emptyFunding = (): FundingValues => ({
  kind: 'cofinanciering',
  source: '',
  amountCents: '',
  inKind: false,
  confirmed: false,
});
export const emptyPartner = (): PartnerValues => ({
  name: '',
  kind: null,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  role: '',
  cashCents: 0,
  inKindDescription: '',
  inKindCents: 0,
});

export function emptyApplication(roundId: number | null, today: string): ApplicationValues {
  return {
    roundId: roundId === null ? null : String(roundId),
    applicantType: null,
    applicantName: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    contactAddress: '',
    kvkNumber: '',
    iban: '',
    wijk: '',
    involvement: '',
    title: '',
    description: '',
    goals: '',
    contribution: '',
    complementarity: '',
    recurrence: 'eenmalig',
    priorityGroups: [],
    expectedReach: { jeugd: 0, ouderen: 0, kwetsbare_bewoners: 0, overig: 0 },
    expectedParticipants: '',
    expectedMeetings: '',
    startDate: '',
    endDate: '',
    location: '',
    roomId: null,
    requestedCents: '',
    costLines: [emptyCostLine()],
    funding: [],
    partners: [],
    notes: '',
    receivedOn: today,
  };
}

export function valuesOf(a: Application, today: string): ApplicationValues {
  return {
    roundId: String(a.roundId),
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
    expectedReach: { ...a.expectedReach },
    expectedParticipants: a.expectedParticipants ?? '',
    expectedMeetings: a.expectedMeetings ?? '',
    startDate: a.startDate ?? '',
    endDate: a.endDate ?? '',
    location: a.location,
    roomId: a.roomId === null ? null : String(a.roomId),
    requestedCents: centsToEuros(a.requestedCents),
    notes: a.notes,
    receivedOn: a.receivedOn ?? today,
    costLines: a.costLines.map((l) => ({
      description: l.description,
      amountCents: centsToEuros(l.amountCents),
      reimbursable: l.reimbursable,
      note: l.note,
    })),
    funding: a.funding.map((f) => ({
      kind: f.kind,
      source: f.source,
      amountCents: centsToEuros(f.amountCents),
      inKind: f.inKind,
      confirmed: f.confirmed,
    })),
    partners: a.partners.map((p) => ({
      ...p,
      kind: p.kind as PartnerValues['kind'],
      cashCents: centsToEuros(p.cashCents),
      inKindCents: centsToEuros(p.inKindCents),
    })),
  };
}

/** An empty count field is "not given" (null) where the schema allows it, else 0 for the reach per group. */
const countOrNull = (v: Count) => (v === '' ? null : Number(v));
const count = (v: Count) => (v === '' ? 0 : Number(v));

/** The fields both applications.create and applications.update take. */
export function toFields(v: ApplicationValues) {
  return {
    roundId: v.roundId ? Number(v.roundId) : (undefined as unknown as number),
    applicantType: v.applicantType ?? (undefined as unknown as NonNullable<ApplicationValues['applicantType']>),
    applicantName: v.applicantName,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    contactAddress: v.contactAddress,
    kvkNumber: v.kvkNumber,
    iban: v.iban,
    wijk: v.wijk,
    involvement: v.involvement,
    title: v.title,
    description: v.description,
    goals: v.goals,
    contribution: v.contribution,
    complementarity: v.complementarity,
    recurrence: v.recurrence,
    priorityGroups: v.priorityGroups,
    expectedReach: {
      jeugd: count(v.expectedReach.jeugd),
      ouderen: count(v.expectedReach.ouderen),
      kwetsbare_bewoners: count(v.expectedReach.kwetsbare_bewoners),
      overig: count(v.expectedReach.overig),
    },
    expectedParticipants: countOrNull(v.expectedParticipants),
    expectedMeetings: countOrNull(v.expectedMeetings),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    location: v.location,
    roomId: v.roomId ? Number(v.roomId) : null,
    requestedCents: eurosToCents(v.requestedCents) as number,
    costLines: v.costLines.map((l) => ({ ...l, amountCents: eurosToCents(l.amountCents) as number })),
    funding: v.funding.map((f) => ({ ...f, amountCents: eurosToCents(f.amountCents) as number })),
    partners: v.partners.map((p) => ({
      ...p,
      kind: p.kind as NonNullable<PartnerValues['kind']>,
      cashCents: eurosToCents(p.cashCents) ?? 0,
      inKindCents: eurosToCents(p.inKindCents) ?? 0,
    })),
    notes: v.notes,
  } satisfies Omit<Input<'applications.update'>, 'id'>;
}

/** What the running sum shows while typing: the same arithmetic as the core's totals (in-kind help is valued, not money). */
export function runningTotals(v: ApplicationValues) {
  const cents = (x: MoneyValue) => eurosToCents(x) ?? 0;
  const costs = v.costLines.reduce((s, l) => s + cents(l.amountCents), 0);
  const reimbursable = v.costLines.filter((l) => l.reimbursable).reduce((s, l) => s + cents(l.amountCents), 0);
  const requested = cents(v.requestedCents);
  const funding = v.funding.filter((f) => !f.inKind).reduce((s, f) => s + cents(f.amountCents), 0);
  const partners = v.partners.reduce((s, p) => s + cents(p.cashCents), 0);
  const coverage = requested + funding + partners;
  return {
    costs,
    reimbursable,
    nonReimbursable: costs - reimbursable,
    requested,
    funding,
    partners,
    coverage,
    difference: costs - coverage,
    balanced: costs === coverage,
  };
}
