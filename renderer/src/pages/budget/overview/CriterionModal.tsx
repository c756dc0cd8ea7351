import { Checkbox, Group, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AUTO_CHECKS,
  SCHEMES,
  SCHEME_LABELS,
  eligibilityCriterionInput,
} from '../../../../../db/modules/budget/schemas';
import { call, type Input, type Output } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';

export type Criterion = Output<'eligibility.criteria'>[number];
export type Scheme = (typeof SCHEMES)[number];
interface Values {
  label: string;
  help: string;
  auto: '' | (typeof AUTO_CHECKS)[number];
  sortOrder: number | string;
  active: boolean;
}

const valuesOf = (criterion?: Criterion): Values =>
  criterion
    ? {
        label: criterion.label,
        help: criterion.help,
        auto: criterion.auto,
        sortOrder: criterion.sortOrder,
        active: criterion.active,
      }
    : { label: '', help: '', auto: '', sortOrder: 100, active: true };

/** One point of a scheme's eligibility checklist, new or edited; an existing point can be switched off. */
export function CriterionModal({
  scheme,
  criterion,
  onClose,
  onSaved,
}: {
  scheme: Scheme;
  criterion?: Criterion;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'eligibility.createCriterion'> & { active: boolean }
  >({
    initialValues: valuesOf(criterion),
    schema: eligibilityCriterionInput,
    toInput: (v) => ({
      scheme,
      label: v.label,
      help: v.help,
      auto: v.auto,
      sortOrder: v.sortOrder === '' ? 100 : Number(v.sortOrder),
      active: v.active,
    }),
    submit: ({ scheme: s, ...rest }) =>
      criterion
        ? call('eligibility.updateCriterion', { ...rest, id: criterion.id })
        : call('eligibility.createCriterion', { ...rest, scheme: s }),
    successMessage: t('budget.criterionSaved'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={criterion ? t('budget.editCheck') : t('budget.newCheck', { scheme: SCHEME_LABELS[scheme] })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <TextInput label={t('budget.checkLabel')} withAsterisk data-autofocus {...form.getInputProps('label')} />
      <Textarea label={t('budget.checkHelp')} autosize minRows={2} {...form.getInputProps('help')} />
      <Group grow align="flex-start">
        <Select
          label={t('budget.autoCheck')}
          description={t('budget.autoCheckHelp')}
          allowDeselect={false}
          data={[
            { value: '', label: t('budget.auto.none') },
            ...AUTO_CHECKS.map((k) => ({ value: k, label: t(`budget.auto.${k}`) })),
          ]}
          {...form.getInputProps('auto')}
        />
        <NumberInput
          label={t('budget.sortOrder')}
          description={t('budget.sortOrderHelp')}
          min={0}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps('sortOrder')}
        />
      </Group>
      {criterion && (
        <Checkbox
          label={t('budget.checkActive')}
          description={t('budget.checkActiveHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
