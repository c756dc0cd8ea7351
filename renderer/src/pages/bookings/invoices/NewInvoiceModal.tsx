import { Button, Group, NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { Loading, LoadError } from '../../../components/QueryState';
import { CandidatesPreview } from './CandidatesPreview';
import { monthOf } from '../../../periods';
import { useNewInvoice } from './useNewInvoice';
import { RenterSelect } from '../renters/RenterSelect';

/**
 * Renter and period first; the preview below shows the lines the invoice would get, straight from the
 * core (invoices.candidates), so what is created is exactly what was seen.
 */
export function NewInvoiceModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting, today, onRenter, candidates, complete, renter, free } =
    useNewInvoice(onSaved, onClose);
  const setPeriod = (p: { from: string; to: string }) => form.setValues(p);

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('invoices.newTitle')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('invoices.createSubmit')}
      size="xl"
    >
      <RenterSelect
        label={t('invoices.renter')}
        placeholder={t('invoices.renterPlaceholder')}
        required
        withDetails
        onRenter={onRenter}
        data-autofocus
        {...form.getInputProps('renterId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={t('invoices.from')} required clearable={false} {...form.getInputProps('from')} />
        <DateField label={t('invoices.to')} required clearable={false} {...form.getInputProps('to')} />
        <NumberInput
          label={t('invoices.dueDays')}
          description={t('invoices.dueDaysHelp')}
          suffix={` ${t('invoices.days')}`}
          min={0}
          max={120}
          allowDecimal={false}
          {...form.getInputProps('dueDays')}
        />
      </SimpleGrid>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setPeriod(monthOf(today, -1))}>
          {t('invoices.lastMonth')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setPeriod(monthOf(today, 0))}>
          {t('invoices.thisMonth')}
        </Button>
      </Group>
      {complete &&
        (candidates.data && !candidates.loading ? (
          <CandidatesPreview
            candidates={candidates.data}
            renterName={renter?.name ?? ''}
            categoryName={free ? renter?.tariffCategoryName : undefined}
          />
        ) : candidates.error ? (
          <LoadError error={candidates.error} onRetry={candidates.reload} />
        ) : (
          <Loading />
        ))}
    </FormModal>
  );
}
