import { useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconReceipt, IconReceiptOff } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { InvoiceView } from './InvoiceView';
import { InvoicesTable } from './InvoicesTable';
import { NewInvoiceModal } from './NewInvoiceModal';
import type { Invoice, InvoiceStatus } from './invoiceTypes';

const FILTERS = ['all', 'open', 'betaald', 'vervallen'] as const;
type Filter = (typeof FILTERS)[number];

/** What is still to be paid, so the beheerder sees at a glance whether reminders are due. */
function OpenSummary({ invoices }: { invoices: Invoice[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const open = invoices.filter((i) => i.status === 'open');
  if (!open.length) return null;
  return (
    <Text size="sm">
      {t('invoices.openSummary', { count: open.length, total: f.money(open.reduce((s, i) => s + i.totalCents, 0)) })}
    </Text>
  );
}

function InvoiceList() {
  const { t } = useTranslation();
  const invoices = useApi('invoices.list', {});
  const [filter, setFilter] = useState<Filter>('all');
  const [creating, setCreating] = useState(false);

  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
      {t('invoices.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('invoices.title')} description={t('invoices.intro')} actions={add} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <SegmentedControl
              aria-label={t('invoices.filterLabel')}
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
              data={FILTERS.map((x) => ({
                value: x,
                label: x === 'all' ? t('invoices.filterAll') : t(`invoices.status.${x as InvoiceStatus}`),
              }))}
            />
            {invoices.data && <OpenSummary invoices={invoices.data} />}
          </Group>
          <QueryState query={invoices}>
            {(list) => (
              <InvoicesTable
                invoices={filter === 'all' ? list : list.filter((i) => i.status === filter)}
                empty={
                  list.length === 0 ? (
                    <EmptyMessage
                      icon={<IconReceipt aria-hidden />}
                      title={t('invoices.emptyTitle')}
                      description={t('invoices.emptyHelp')}
                      action={add}
                    />
                  ) : (
                    <EmptyMessage icon={<IconReceiptOff aria-hidden />} title={t('invoices.noneWithStatus')} />
                  )
                }
              />
            )}
          </QueryState>
        </Stack>
      </Card>
      {creating && <NewInvoiceModal onClose={() => setCreating(false)} onSaved={invoices.reload} />}
    </>
  );
}

/** #/facturen lists the invoices; #/facturen/12 shows one. */
export function InvoicesPage() {
  const { id } = useParams();
  if (id === undefined) return <InvoiceList />;
  const invoiceId = Number(id);
  return Number.isInteger(invoiceId) && invoiceId > 0 ? (
    <InvoiceView key={invoiceId} id={invoiceId} />
  ) : (
    <InvoiceNotFound />
  );
}

function InvoiceNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('invoices.notFound')} />
      <EmptyMessage icon={<IconReceiptOff aria-hidden />} title={t('invoices.notFound')} />
    </>
  );
}
