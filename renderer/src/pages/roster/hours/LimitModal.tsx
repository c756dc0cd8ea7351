import { Alert, SimpleGrid } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { allowanceLimitInput } from '../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput, centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { useApiForm } from '../../../hooks/useApiForm';
import type { AllowanceLimit } from '../shared/types';

interface LimitValues {
  yearly: MoneyValue;
  monthly: MoneyValue;
}

/** The tax-free maximum of one year; the Belastingdienst sets it, so it is typed in, never assumed. */
export function LimitModal({
  year,
  limit,
  onClose,
  onSaved,
}: {
  year: number;
  limit: AllowanceLimit | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toInput = (v: LimitValues) => ({
    year,
    yearlyCents: eurosToCents(v.yearly) ?? NaN,
    monthlyCents: eurosToCents(v.monthly) ?? NaN,
  });
  const { form, handleSubmit, formError, submitting } = useApiForm<LimitValues, ReturnType<typeof toInput>>({
    initialValues: { yearly: centsToEuros(limit?.yearlyCents), monthly: centsToEuros(limit?.monthlyCents) },
    schema: allowanceLimitInput,
    toInput,
    aliases: { yearlyCents: 'yearly', monthlyCents: 'monthly' },
    submit: (input) => call('allowances.setLimit', input),
    successMessage: t('volunteerHours.limit.saved', { year }),
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
      title={t('volunteerHours.limit.title', { year })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('volunteerHours.limit.belastingdienst')}
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <MoneyInput
          label={t('volunteerHours.limit.yearly')}
          required
          data-autofocus
          {...form.getInputProps('yearly')}
        />
        <MoneyInput label={t('volunteerHours.limit.monthly')} required {...form.getInputProps('monthly')} />
      </SimpleGrid>
    </FormModal>
  );
}
