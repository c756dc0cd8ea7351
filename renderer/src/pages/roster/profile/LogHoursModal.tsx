import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { hoursInput } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';

interface HoursValues {
  date: string;
  hours: number | string;
  description: string;
}

/** Hours are typed as people say them (2,5 uur); the core counts minutes. */
const toInput = (volunteerId: number) => (v: HoursValues) => ({
  volunteerId,
  date: v.date,
  minutes: v.hours === '' ? NaN : Math.round(Number(v.hours) * 60),
  description: v.description,
});

/** Work outside the roster: a training given, a stand at the street party, an afternoon of flyering. */
export function LogHoursModal({
  volunteerId,
  name,
  onClose,
  onSaved,
}: {
  volunteerId: number;
  name: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<HoursValues, ReturnType<ReturnType<typeof toInput>>>(
    {
      initialValues: { date: todayIso(), hours: '', description: '' },
      schema: hoursInput,
      toInput: toInput(volunteerId),
      aliases: { minutes: 'hours' },
      submit: (input) => call('roster.logHours', input),
      successMessage: t('volunteerHours.logged'),
      onSuccess: () => {
        onSaved();
        onClose();
      },
    },
  );
  return (
    <FormModal
      opened
      onClose={onClose}
      size="md"
      title={t('volunteerHours.logTitle', { name })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('roster.date')} required maxDate={todayIso()} {...form.getInputProps('date')} />
        <NumberInput
          label={t('volunteerHours.hours')}
          required
          min={0.25}
          max={24}
          step={0.25}
          decimalScale={2}
          decimalSeparator=","
          suffix={` ${t('volunteers.hoursShort')}`}
          {...form.getInputProps('hours')}
        />
      </SimpleGrid>
      <TextInput
        label={t('volunteerHours.description')}
        required
        placeholder={t('volunteerHours.descriptionPlaceholder')}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
