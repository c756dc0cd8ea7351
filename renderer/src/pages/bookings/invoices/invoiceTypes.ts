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

/** 'NL91ABNA0417164300' → 'NL91 ABNA 0417 1643 00': groups of four, as banks print it and people copy it. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
