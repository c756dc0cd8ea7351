import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { requiredText } from '../../../../../db/contract/fields';
import { z } from '../../../../../db/contract/zod';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { Invoice } from './invoiceTypes';

// The same rule as the core's invoices.void input (the reason is required), for the message before sending.
const voidReason = z.object({ reason: requiredText('Reden', 300) });

/** Voids an open invoice with a reason; its bookings can then be invoiced again. */
export function VoidModal({
  invoice,
  onClose,
  onSaved,
}: {
  invoice: Invoice;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ reason: string }>({
    initialValues: { reason: '' },
    schema: voidReason,
    submit: (input) => call('invoices.void', { id: invoice.id, ...input }),
    successMessage: t('invoices.voided', { number: invoice.number }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('invoices.voidTitle', { number: invoice.number })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('invoices.void')}
      size="md"
    >
      <Text size="sm">{t('invoices.voidIntro')}</Text>
      <Textarea
        label={t('invoices.voidReason')}
        description={t('invoices.voidReasonHelp')}
        required
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
