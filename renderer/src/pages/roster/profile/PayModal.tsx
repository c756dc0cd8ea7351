import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { allowanceInput } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { AllowanceLimit } from '../shared/types';

interface PayValues {
  paidOn: string;
  amount: MoneyValue;
  description: string;
}

const toInput = (volunteerId: number) => (v: PayValues) => ({
  volunteerId,
  paidOn: v.paidOn,
  amountCents: eurosToCents(v.amount) ?? NaN,
  description: v.description,
});

/** A paid volunteer allowance; the core refuses what would go over the tax-free maximum, next to the amount. */
export function PayModal({
  volunteerId,
  name,
  limit,
  onClose,
  onSaved,
}: {
  volunteerId: number;
  name: string;
  limit: AllowanceLimit | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<PayValues, ReturnType<ReturnType<typeof toInput>>>({
    initialValues: { paidOn: todayIso(), amount: '', description: '' },
    schema: allowanceInput,
    toInput: toInput(volunteerId),
    aliases: { amountCents: 'amount' },
    submit: (input) => call('allowances.pay', input),
    successMessage: t('volunteerHours.allowances.paid'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      size="md"
      title={t('volunteerHours.allowances.payTitle', { name })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      {limit && (
        <Text size="sm" c="dimmed">
          {t('volunteerHours.allowances.limitLine', {
            yearly: f.money(limit.yearlyCents),
            monthly: f.money(limit.monthlyCents),
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('volunteerHours.allowances.paidOn')} required {...form.getInputProps('paidOn')} />
        <MoneyInput label={t('volunteerHours.allowances.amount')} required {...form.getInputProps('amount')} />
      </SimpleGrid>
      <TextInput
        label={t('volunteerHours.description')}
        placeholder={t('volunteerHours.allowances.descriptionPlaceholder')}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
