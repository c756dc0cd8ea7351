import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { vatByRate, type InvoiceLine } from './invoiceTypes';

interface InvoiceTotalsProps {
  lines: Pick<InvoiceLine, 'vatPercent' | 'amountCents' | 'vatCents'>[];
  subtotalCents: number;
  vatCents: number;
  totalCents: number;
  className?: string;
}

/** Subtotal, VAT per rate and the total: the same block under the preview and on the invoice itself. */
export function InvoiceTotals({ lines, subtotalCents, vatCents, totalCents, className }: InvoiceTotalsProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const groups = vatByRate(lines);
  return (
    <Table
      className={className}
      w="auto"
      ml="auto"
      verticalSpacing={4}
      horizontalSpacing="md"
      aria-label={t('invoices.totals')}
    >
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" fw={400}>
            {t('invoices.subtotal')}
          </Table.Th>
          <Table.Td ta="right">{f.money(subtotalCents)}</Table.Td>
        </Table.Tr>
        {groups.length ? (
          groups.map((g) => (
            <Table.Tr key={g.percent}>
              <Table.Th scope="row" fw={400}>
                {t('invoices.vatLine', { percent: g.percent, base: f.money(g.baseCents) })}
              </Table.Th>
              <Table.Td ta="right">{f.money(g.vatCents)}</Table.Td>
            </Table.Tr>
          ))
        ) : (
          // A voided invoice has given its lines back; its stored VAT still shows.
          <Table.Tr>
            <Table.Th scope="row" fw={400}>
              {t('invoices.vat')}
            </Table.Th>
            <Table.Td ta="right">{f.money(vatCents)}</Table.Td>
          </Table.Tr>
        )}
        <Table.Tr>
          <Table.Th scope="row">{t('invoices.total')}</Table.Th>
          <Table.Td ta="right" fw={700} data-testid="invoice-total">
            {f.money(totalCents)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
