import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../format';
import { isOverdue, type Invoice, type InvoiceStatus } from './invoiceTypes';

const COLORS: Record<InvoiceStatus, string> = { open: 'blue', betaald: 'green', vervallen: 'gray' };

/** Open, paid or void; an open invoice past its due date also says so, in orange. */
export function InvoiceStatusBadge({ invoice }: { invoice: Pick<Invoice, 'status' | 'dueOn'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={COLORS[invoice.status]}>
        {t(`invoices.status.${invoice.status}`)}
      </Badge>
      {isOverdue(invoice, todayIso()) && (
        <Badge variant="light" color="orange">
          {t('invoices.overdue')}
        </Badge>
      )}
    </Group>
  );
}
