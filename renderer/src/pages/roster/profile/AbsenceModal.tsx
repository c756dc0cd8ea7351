import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { absenceInput } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';

interface AbsenceValues {
  fromDate: string;
  toDate: string;
  reason: string;
}

/** Holiday, illness, a course: the roster then warns before planning this person, and "wie kan invallen" skips them. */
export function AbsenceModal({
  volunteerId,
  onClose,
  onSaved,
}: {
  volunteerId: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    AbsenceValues,
    AbsenceValues & { volunteerId: number }
  >({
    initialValues: { fromDate: todayIso(), toDate: todayIso(), reason: '' },
    schema: absenceInput,
    toInput: (v) => ({ volunteerId, ...v }),
    submit: (input) => call('volunteers.addAbsence', input),
    successMessage: t('volunteers.absences.saved'),
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
      title={t('volunteers.absences.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('volunteers.absences.from')} required {...form.getInputProps('fromDate')} />
        <DateField label={t('volunteers.absences.to')} required {...form.getInputProps('toDate')} />
      </SimpleGrid>
      <TextInput
        label={t('volunteers.absences.reason')}
        placeholder={t('volunteers.absences.reasonPlaceholder')}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
