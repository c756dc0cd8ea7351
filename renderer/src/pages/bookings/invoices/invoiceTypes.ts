import type { Output } from '../../../api/client';

export type Invoice = Output<'invoices.list'>[number];
export type InvoiceDetail = Output<'invoices.get'>;
export type InvoiceLine = InvoiceDetail['lines'][number];
export type InvoiceStatus = Invoice['status'];

/** Open and past its due date: the beheerder should send a reminder. */
export function isOverdue(invoice: Pick<Invoice, 'status' | 'dueOn'>, today: string): boolean {
  return invoice.status === 'open' && invoice.dueOn < today;
}

export interface VatGroup {
  percent: number;
  baseCents: number;
  vatCents: number;
}

/** VAT per rate, as a Dutch invoice must show it (the core rounds per line, so this adds up to its total). */
export function vatByRate(lines: Pick<InvoiceLine, 'vatPercent' | 'amountCents' | 'vatCents'>[]): VatGroup[] {
  const groups = new Map<number, VatGroup>();
  for (const l of lines) {
    const g = groups.get(l.vatPercent) ?? { percent: l.vatPercent, baseCents: 0, vatCents: 0 };
    g.baseCents += l.amountCents;
    g.vatCents += l.vatCents;
    groups.set(l.vatPercent, g);
  }
  return [...groups.values()].sort((a, b) => a.percent - b.percent);
}

/**
 * What the invoice says about btw, from its lines (never from a fixed text, which may contradict them): exempt
 * when nothing carries btw, the 0 % lines exempt when some do, nothing when every line charges btw. A voided
 * invoice has given its lines back; its stored btw decides.
 */
export function vatStatement(
  lines: Pick<InvoiceLine, 'vatPercent'>[],
  vatCents: number,
): 'invoices.doc.vatExempt' | 'invoices.doc.vatExemptSome' | null {
  const exempt = lines.filter((l) => l.vatPercent === 0).length;
  if (lines.length === 0) return vatCents === 0 ? 'invoices.doc.vatExempt' : null;
  if (exempt === lines.length) return 'invoices.doc.vatExempt';
  return exempt > 0 ? 'invoices.doc.vatExemptSome' : null;
}

/** 'NL91ABNA0417164300' → 'NL91 ABNA 0417 1643 00': groups of four, as banks print it and people copy it. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
