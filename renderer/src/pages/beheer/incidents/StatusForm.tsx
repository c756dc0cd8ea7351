import { Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { INCIDENT_STATUSES, incidentUpdate } from '../../../../../db/modules/beheer/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';

type Incident = Output<'incidents.get'>;
type Values = Omit<Input<'incidents.update'>, 'id'>;

/** The handling of an incident: its status and what has been done, as it develops. */
export function StatusForm({ incident, onSaved }: { incident: Incident; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'incidents.update'>>({
    initialValues: {
      status: incident.status,
      actionTaken: incident.actionTaken,
      servicesCalled: incident.servicesCalled,
      servicesReference: incident.servicesReference,
    },
    schema: incidentUpdate,
    toInput: (v) => ({ ...v, id: incident.id, servicesReference: v.servicesCalled ? v.servicesReference : '' }),
    submit: (input) => call('incidents.update', input),
    successMessage: t('incidents.updated'),
    onSuccess: (_saved, values) => {
      form.resetDirty(values);
      onSaved();
    },
  });
  const statusId = `incident-status-${incident.id}`;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <FormAlert message={formError} />
        <div>
          <Text size="sm" fw={500} id={statusId} mb={4}>
            {t('incidents.status')}
          </Text>
          <SegmentedControl
            aria-labelledby={statusId}
            fullWidth
            data={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidents.statuses.${s}`) }))}
            {...form.getInputProps('status')}
          />
        </div>
        <Textarea label={t('incidents.actionTaken')} autosize minRows={2} {...form.getInputProps('actionTaken')} />
        <Checkbox
          label={t('incidents.servicesCalled')}
          {...form.getInputProps('servicesCalled', { type: 'checkbox' })}
        />
        {form.values.servicesCalled && (
          <TextInput label={t('incidents.servicesReference')} {...form.getInputProps('servicesReference')} />
        )}
        <Group>
          <Button
            type="submit"
            loading={submitting}
            disabled={!form.isDirty()}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t('incidents.saveHandling')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
