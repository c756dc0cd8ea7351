import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { closureInput } from '../../../../../db/modules/building/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';

type Closure = Output<'closures.list'>[number];
type Values = Input<'closures.create'>;

/** Add (closure undefined) or edit one closure. Mounted per opening, so it starts from the right values. */
export function ClosureModal({
  closure,
  onClose,
  onSaved,
}: {
  closure?: Closure;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values>({
    initialValues: closure
      ? { startDate: closure.startDate, endDate: closure.endDate, reason: closure.reason }
      : { startDate: today, endDate: today, reason: '' },
    schema: closureInput,
    submit: (input) =>
      closure ? call('closures.update', { id: closure.id, ...input }) : call('closures.create', input),
    successMessage: closure ? t('closures.updated') : t('closures.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      title={closure ? t('closures.edit') : t('closures.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="md"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('closures.startDate')} required {...form.getInputProps('startDate')} />
        <DateField label={t('closures.endDate')} required {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <TextInput
        label={t('closures.reason')}
        description={t('closures.reasonHelp')}
        required
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
