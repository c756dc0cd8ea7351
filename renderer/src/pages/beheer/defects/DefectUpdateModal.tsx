import { Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { DEFECT_PRIORITIES, DEFECT_STATUSES, defectUpdate } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';

type Defect = Output<'defects.list'>[number];
type Values = Omit<Input<'defects.update'>, 'id' | 'passedOn' | 'resolvedOn'> & {
  passedOn: string;
  resolvedOn: string;
};

const valuesOf = (defect: Defect): Values => ({
  status: defect.status,
  reportedTo: defect.reportedTo,
  passedOn: defect.passedOn ?? '',
  resolvedOn: defect.resolvedOn ?? '',
  priority: defect.priority,
  notes: defect.notes,
});

/** A solved date only goes with the status "opgelost": moving the status back forgets it. */
const toInput = (id: number, v: Values): Input<'defects.update'> => ({
  ...v,
  id,
  passedOn: v.passedOn || null,
  resolvedOn: v.status === 'opgelost' ? v.resolvedOn || null : null,
});

/** Passing a defect on and solving it: the dates fill in with today when the status moves there, to be corrected if need be. */
export function DefectUpdateModal({
  defect,
  onClose,
  onSaved,
}: {
  defect: Defect;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'defects.update'>>({
    initialValues: valuesOf(defect),
    schema: defectUpdate,
    toInput: (v) => toInput(defect.id, v),
    submit: (input) => call('defects.update', input),
    successMessage: t('defects.updated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const status = form.getInputProps('status');

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('defects.updateTitle', { title: defect.title })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <Text size="sm" c="dimmed">
        {t('defects.reportedLine', { by: defect.reportedBy, date: f.date(defect.reportedOn) })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('defects.status')}
          required
          allowDeselect={false}
          data={DEFECT_STATUSES.map((s) => ({ value: s, label: t(`defects.statuses.${s}`) }))}
          {...status}
          onChange={(value) => {
            status.onChange(value);
            if (value === 'doorgegeven' && !form.values.passedOn) form.setFieldValue('passedOn', todayIso());
            if (value === 'opgelost' && !form.values.resolvedOn) form.setFieldValue('resolvedOn', todayIso());
          }}
        />
        <Select
          label={t('defects.priority')}
          required
          allowDeselect={false}
          data={DEFECT_PRIORITIES.map((p) => ({ value: p, label: t(`defects.priorities.${p}`) }))}
          {...form.getInputProps('priority')}
        />
        <TextInput
          label={t('defects.reportedTo')}
          description={t('defects.reportedToHelp')}
          {...form.getInputProps('reportedTo')}
        />
        <DateField label={t('defects.passedOn')} clearable {...form.getInputProps('passedOn')} />
        {form.values.status === 'opgelost' && (
          <DateField label={t('defects.resolvedOn')} required clearable {...form.getInputProps('resolvedOn')} />
        )}
      </SimpleGrid>
      <Textarea label={t('defects.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
