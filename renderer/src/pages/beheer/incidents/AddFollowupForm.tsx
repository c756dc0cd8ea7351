import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { followupInput } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { emptyFollowup, type FollowupValues } from './incidentForm';

/** One more follow-up on an incident already recorded; a date before the incident is refused next to the date. */
export function AddFollowupForm({ incidentId, onAdded }: { incidentId: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<FollowupValues, Input<'incidents.addFollowup'>>({
    initialValues: emptyFollowup(),
    schema: followupInput,
    toInput: (v) => ({ incidentId, ...v }),
    submit: (input) => call('incidents.addFollowup', input),
    successMessage: t('incidents.followupAdded'),
    onSuccess: () => {
      form.reset();
      onAdded();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('incidents.addFollowup')}>
      <Text fw={500} size="sm" mb={4}>
        {t('incidents.newFollowup')}
      </Text>
      <FormAlert message={formError} />
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label={t('incidents.followupAction')}
          required
          style={{ flex: '2 1 12rem' }}
          {...form.getInputProps('action')}
        />
        <TextInput
          label={t('incidents.followupOwner')}
          required
          style={{ flex: '1 1 8rem' }}
          {...form.getInputProps('owner')}
        />
        <DateField
          label={t('incidents.followupDue')}
          required
          style={{ flex: '1 1 9rem' }}
          {...form.getInputProps('dueDate')}
        />
      </Group>
      <Button
        type="submit"
        variant="light"
        mt="sm"
        loading={submitting}
        leftSection={<IconPlus size={16} aria-hidden />}
      >
        {t('incidents.addFollowup')}
      </Button>
    </form>
  );
}
