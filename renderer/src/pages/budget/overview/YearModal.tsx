import { NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { yearInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input, type Output } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput, centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { useApiForm } from '../../../hooks/useApiForm';

type Year = Output<'budget.years'>[number];
interface Values {
  year: number | string;
  /** Euros as typed, under the method's key. */
  totalCents: MoneyValue;
  source: string;
  notes: string;
}

/** A year budget: new (year undefined) or edited; it cannot drop below what the rounds already share. */
export function YearModal({ year, onClose, onSaved }: { year?: Year; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'budget.createYear'>>({
    initialValues: year
      ? { year: year.year, totalCents: centsToEuros(year.totalCents), source: year.source, notes: year.notes }
      : { year: new Date().getFullYear() + 1, totalCents: '', source: '', notes: '' },
    schema: yearInput,
    toInput: (v) => ({
      year: v.year === '' ? (undefined as unknown as number) : Number(v.year),
      totalCents: eurosToCents(v.totalCents) as number,
      source: v.source,
      notes: v.notes,
    }),
    submit: (input) => (year ? call('budget.updateYear', { ...input, id: year.id }) : call('budget.createYear', input)),
    successMessage: year ? t('budget.yearSaved') : t('budget.yearCreated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={year ? t('budget.editYear', { year: year.year }) : t('budget.newYear')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="md"
    >
      <SimpleGrid cols={2}>
        <NumberInput
          label={t('budget.year')}
          withAsterisk
          allowDecimal={false}
          hideControls
          data-autofocus
          {...form.getInputProps('year')}
        />
        <MoneyInput label={t('budget.total')} withAsterisk {...form.getInputProps('totalCents')} />
      </SimpleGrid>
      <TextInput label={t('budget.source')} description={t('budget.sourceHelp')} {...form.getInputProps('source')} />
      <Textarea label={t('budget.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
