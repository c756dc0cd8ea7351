import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { AllowanceMeter } from '../shared/AllowanceMeter';
import type { AllowanceLimit, AllowancePayment } from '../shared/types';

/** The year's payments against the tax-free maximum; without a maximum for the year, a warning instead of the meter. */
export function AllowancesOverview({
  payments,
  limit,
  year,
}: {
  payments: AllowancePayment[];
  limit: AllowanceLimit | null;
  year: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = payments.reduce((s, p) => s + p.amountCents, 0);
  return (
    <Stack gap="md">
      {limit ? (
        <>
          <AllowanceMeter paidCents={total} limit={limit} />
          <Text size="sm" c="dimmed">
            {t('volunteerHours.allowances.limitLine', {
              yearly: f.money(limit.yearlyCents),
              monthly: f.money(limit.monthlyCents),
            })}
          </Text>
        </>
      ) : (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('volunteerHours.allowances.noLimit', { year })}
        </Alert>
      )}
      <DataTable
        label={t('volunteerHours.allowances.cardTitle', { year })}
        minWidth={420}
        rows={payments}
        rowKey={(p) => p.id}
        empty={
          <Text c="dimmed" size="sm">
            {t('volunteerHours.allowances.none')}
          </Text>
        }
        columns={[
          { key: 'date', header: t('volunteerHours.allowances.paidOn'), render: (p) => f.date(p.paidOn) },
          { key: 'what', header: t('volunteerHours.description'), render: (p) => p.description || '—' },
          {
            key: 'amount',
            header: t('volunteerHours.allowances.amount'),
            numeric: true,
            render: (p) => f.money(p.amountCents),
          },
        ]}
      />
    </Stack>
  );
}
