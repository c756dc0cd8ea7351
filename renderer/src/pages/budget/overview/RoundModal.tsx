import { Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHEMES, SCHEME_LABELS, roundInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput } from '../../../components/MoneyInput';
import { useApiForm } from '../../../hooks/useApiForm';
import { RoundCriteriaFields, RoundDateFields } from './RoundFields';
import { roundInputOf, roundValuesOf, type Round, type RoundValues, type Year } from './roundForm';

/** A round of a year budget: scheme, submission window, amounts per application, ceiling, execution period, wijken and criteria. */
export function RoundModal({
  year,
  years,
  round,
  onClose,
  onSaved,
}: {
  year: Year;
  years: Year[];
  round?: Round;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  // Once applications came in, the scheme and year they were made under stay.
  const locked = round !== undefined && Object.values(round.counts).some((n) => (n ?? 0) > 0);
  const { form, handleSubmit, formError, submitting } = useApiForm<RoundValues, Input<'budget.createRound'>>({
    initialValues: roundValuesOf(year, round),
    schema: roundInput,
    toInput: roundInputOf,
    submit: (input) =>
      round ? call('budget.updateRound', { ...input, id: round.id }) : call('budget.createRound', input),
    successMessage: round ? t('budget.roundSaved') : t('budget.roundCreated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={round ? t('budget.editRound', { name: round.name }) : t('budget.newRound', { year: year.year })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('budget.roundName')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('budget.report.scheme')}
          withAsterisk
          allowDeselect={false}
          disabled={locked}
          description={locked ? t('budget.schemeLocked') : undefined}
          data={SCHEMES.map((s) => ({ value: s, label: SCHEME_LABELS[s] }))}
          {...form.getInputProps('scheme')}
        />
        <Select
          label={t('budget.year')}
          allowDeselect={false}
          disabled={locked}
          data={years.map((y) => ({ value: String(y.id), label: String(y.year) }))}
          {...form.getInputProps('yearId')}
        />
      </SimpleGrid>
      <RoundDateFields form={form} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <MoneyInput label={t('budget.minAmount')} withAsterisk {...form.getInputProps('minCents')} />
        <MoneyInput label={t('budget.maxAmount')} withAsterisk {...form.getInputProps('maxCents')} />
        <MoneyInput
          label={t('budget.ledger.ceiling')}
          withAsterisk
          description={t('budget.ceilingHelp')}
          {...form.getInputProps('ceilingCents')}
        />
      </SimpleGrid>
      <TagsInput label={t('budget.wijken')} description={t('budget.wijkenHelp')} {...form.getInputProps('wijken')} />
      <Textarea label={t('budget.roundDescription')} autosize minRows={2} {...form.getInputProps('description')} />
      <RoundCriteriaFields form={form} />
    </FormModal>
  );
}
