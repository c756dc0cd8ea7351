import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { bandInput } from '../../../../../db/modules/attendance/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';

interface BandValues {
  label: string;
  minAge: number | string;
  maxAge: number | string;
}

const toBandInput = (v: BandValues) => ({
  label: v.label,
  minAge: (v.minAge === '' ? undefined : Number(v.minAge)) as number,
  maxAge: v.maxAge === '' ? null : Number(v.maxAge),
});

/** A new age band in one line under the table; it empties after adding, ready for the next band. */
export function AddBandForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<BandValues, ReturnType<typeof toBandInput>>({
    initialValues: { label: '', minAge: '', maxAge: '' },
    schema: bandInput,
    toInput: toBandInput,
    submit: (input) => call('activities.addAgeBand', input),
    successMessage: t('activities.bands.added'),
    onSuccess: () => {
      form.reset();
      onAdded();
    },
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('activities.bands.add')}>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Group align="flex-start" gap="sm">
          <TextInput label={t('activities.bands.label')} required w={140} {...form.getInputProps('label')} />
          <NumberInput
            label={t('activities.bands.minAge')}
            required
            w={120}
            min={0}
            max={120}
            allowDecimal={false}
            {...form.getInputProps('minAge')}
          />
          <NumberInput
            label={t('activities.bands.maxAge')}
            description={t('activities.bands.maxAgeHelp')}
            w={160}
            min={0}
            max={120}
            allowDecimal={false}
            {...form.getInputProps('maxAge')}
          />
          <Button type="submit" mt={25} loading={submitting} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('activities.bands.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
