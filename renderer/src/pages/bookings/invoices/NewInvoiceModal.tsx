import { Button, Group, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { invoiceCreate } from '../../../../../db/modules/bookings/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { Loading, LoadError } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';
import { CandidatesPreview } from './CandidatesPreview';
import { monthOf } from './period';

interface Values {
  renterId: string | null;
  from: string;
  to: string;
  dueDays: number | string;
}

const toInput = (v: Values): Input<'invoices.create'> => ({
  renterId: (v.renterId ? Number(v.renterId) : undefined) as number,
  from: v.from,
  to: v.to,
  dueDays: v.dueDays === '' ? undefined : Number(v.dueDays),
});

/**
 * Renter and period first; the preview below shows the lines the invoice would get, straight from the
 * core (invoices.candidates), so what is created is exactly what was seen.
 */
export function NewInvoiceModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = todayIso();
  const renters = useApi('renters.list', {});
  const categories = useApi('tariffs.categories', {});
  // Default: everything from the start of last month up to today that is not invoiced yet.
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'invoices.create'>,
    Output<'invoices.create'>
  >({
    initialValues: { renterId: null, from: monthOf(today, -1).from, to: today, dueDays: 30 },
    schema: invoiceCreate,
    toInput,
    check: (v) => (v.renterId ? {} : { renterId: t('invoices.renterRequired') }),
    submit: (input) => call('invoices.create', input),
    successMessage: t('invoices.created'),
    onSuccess: (created) => {
      onSaved();
      onClose();
      void navigate(`/facturen/${created.invoice.id}`);
    },
  });
  const input = toInput(form.values);
  const complete = form.values.renterId !== null && invoiceCreate.safeParse(input).success;
  const candidates = useApi('invoices.candidates', input, { enabled: complete });
  const renter = renters.data?.find((r) => String(r.id) === form.values.renterId);
  const free = categories.data?.find((c) => c.id === renter?.tariffCategoryId)?.free ?? false;
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
      <Select
        label={t('invoices.renter')}
        placeholder={t('invoices.renterPlaceholder')}
        required
        searchable
        nothingFoundMessage={t('invoices.noRenterFound')}
        data={(renters.data ?? []).map((r) => ({ value: String(r.id), label: `${r.name} (${r.tariffCategoryName})` }))}
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
