import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import type { Invoice } from './invoiceTypes';

export function InvoicesTable({ invoices, empty }: { invoices: Invoice[]; empty: React.ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('invoices.tableLabel')}
      minWidth={900}
      rows={invoices}
      rowKey={(i) => i.id}
      empty={empty}
      columns={[
        {
          key: 'number',
          header: t('invoices.number'),
          render: (i) => (
            <Anchor
              component={Link}
              to={`/facturen/${i.id}`}
              fw={600}
              aria-label={t('invoices.openOne', { number: i.number, renter: i.renterName })}
            >
              {i.number}
            </Anchor>
          ),
        },
        { key: 'renter', header: t('invoices.renter'), render: (i) => i.renterName },
        { key: 'period', header: t('invoices.period'), render: (i) => f.dateRange(i.periodFrom, i.periodTo) },
        {
          key: 'issued',
          header: t('invoices.issuedOn'),
          render: (i) => <span style={{ whiteSpace: 'nowrap' }}>{f.date(i.issuedOn)}</span>,
        },
        {
          key: 'due',
          header: t('invoices.dueOn'),
          render: (i) => <span style={{ whiteSpace: 'nowrap' }}>{f.date(i.dueOn)}</span>,
        },
        { key: 'total', header: t('invoices.total'), numeric: true, render: (i) => f.money(i.totalCents) },
        {
          key: 'status',
          header: t('invoices.statusColumn'),
          render: (i) => (
            <div>
              <InvoiceStatusBadge invoice={i} />
              {i.paidOn && (
                <Text size="xs" c="dimmed" mt={2}>
                  {t('invoices.paidOn', { date: f.date(i.paidOn) })}
                </Text>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
