import { Alert, Stack, Text } from '@mantine/core';
import { IconReceiptOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { InvoiceTotals } from './InvoiceTotals';

type Candidates = Output<'invoices.candidates'>;

/**
 * What the new invoice would hold, before anything is written; or why there is nothing to invoice.
 * `categoryName` is set when the renter's category is free, the commonest reason for an empty invoice.
 */
export function CandidatesPreview({
  candidates,
  renterName,
  categoryName,
}: {
  candidates: Candidates;
  renterName: string;
  categoryName?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (candidates.lines.length === 0) {
    return (
      <Alert variant="light" color="gray" icon={<IconReceiptOff aria-hidden />} title={t('invoices.nothingTitle')}>
        {categoryName
          ? t('invoices.nothingFree', { name: renterName, category: categoryName })
          : t('invoices.nothingHelp', { name: renterName })}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('invoices.previewTitle', { count: candidates.lines.length })}</Text>
      <DataTable
        label={t('invoices.previewTitle', { count: candidates.lines.length })}
        minWidth={520}
        rows={candidates.lines}
        rowKey={(l) => `${l.date}-${l.startTime}-${l.bookingId ?? ''}`}
        columns={[
          {
            key: 'description',
            header: t('invoices.description'),
            render: (l) => <Text size="sm">{l.description}</Text>,
          },
          {
            key: 'vat',
            header: t('invoices.vat'),
            numeric: true,
            render: (l) => t('tariffs.vatPercent', { percent: l.vatPercent }),
          },
          { key: 'amount', header: t('invoices.amount'), numeric: true, render: (l) => f.money(l.amountCents) },
        ]}
      />
      <InvoiceTotals
        lines={candidates.lines}
        subtotalCents={candidates.subtotalCents}
        vatCents={candidates.vatCents}
        totalCents={candidates.totalCents}
      />
    </Stack>
  );
}
