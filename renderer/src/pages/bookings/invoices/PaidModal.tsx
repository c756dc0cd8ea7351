import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { invoicePaid } from '../../../../../db/modules/bookings/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';
import type { Invoice } from './invoiceTypes';

/** Records the payment; a date before the invoice date comes back from the core and shows next to the field. */
export function PaidModal({
  invoice,
  onClose,
  onSaved,
}: {
  invoice: Invoice;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ paidOn: string }, { id: number; paidOn: string }>({
    initialValues: { paidOn: todayIso() },
    schema: invoicePaid,
    toInput: (v) => ({ id: invoice.id, paidOn: v.paidOn }),
    submit: (input) => call('invoices.markPaid', input),
    successMessage: t('invoices.markedPaid', { number: invoice.number }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('invoices.paidTitle', { number: invoice.number })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('invoices.markPaid')}
      size="md"
    >
      <Text size="sm">
        {t('invoices.paidIntro', { total: f.money(invoice.totalCents), renter: invoice.renterName })}
      </Text>
      <DateField
        label={t('invoices.paidDate')}
        required
        clearable={false}
        data-autofocus
        {...form.getInputProps('paidOn')}
      />
    </FormModal>
  );
}
