import type { Db } from '../../../platform/database';

/** The money of an application: cost lines, funding, partners, their totals and the valuation of what each brings. */

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
