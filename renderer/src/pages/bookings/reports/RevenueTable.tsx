import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { formatHours } from './numbers';
import type { Revenue } from './reportTypes';

type Row = Revenue[number] & { isTotal?: boolean };

export function revenueTotal(rows: Revenue): Row {
  const sum = (k: 'bookings' | 'hours' | 'revenueCents' | 'invoicedCents' | 'paidCents') =>
    rows.reduce((s, r) => s + r[k], 0);
  return {
    category: '',
    bookings: sum('bookings'),
    hours: Math.round(sum('hours') * 10) / 10,
    revenueCents: sum('revenueCents'),
    invoicedCents: sum('invoicedCents'),
    paidCents: sum('paidCents'),
    isTotal: true,
  };
}

/** Revenue per tariff category with what is invoiced and paid of it, and the totals underneath. */
export function RevenueTable({ rows }: { rows: Revenue }) {
  const { t } = useTranslation();
  const f = useFormat();
  const all: Row[] = [...rows, revenueTotal(rows)];
  const strong = (r: Row, text: string) =>
    r.isTotal ? (
      <Text span fw={700} size="sm">
        {text}
      </Text>
    ) : (
      text
    );
  return (
    <DataTable
      label={t('reports.revenueTitle')}
      minWidth={720}
      rows={all}
      rowKey={(r) => (r.isTotal ? '__total' : r.category)}
      columns={[
        {
          key: 'category',
          header: t('reports.category'),
          render: (r) =>
            r.isTotal ? (
              <Text fw={700} size="sm">
                {t('reports.total')}
              </Text>
            ) : (
              r.category
            ),
        },
        { key: 'bookings', header: t('reports.bookings'), numeric: true, render: (r) => strong(r, String(r.bookings)) },
        {
          key: 'hours',
          header: t('reports.hours'),
          numeric: true,
          render: (r) => strong(r, formatHours(r.hours, f.locale)),
        },
        {
          key: 'revenue',
          header: t('reports.revenue'),
          numeric: true,
          render: (r) => strong(r, f.money(r.revenueCents)),
        },
        {
          key: 'invoiced',
          header: t('reports.invoiced'),
          numeric: true,
          render: (r) => strong(r, f.money(r.invoicedCents)),
        },
        { key: 'paid', header: t('reports.paid'), numeric: true, render: (r) => strong(r, f.money(r.paidCents)) },
      ]}
    />
  );
}
