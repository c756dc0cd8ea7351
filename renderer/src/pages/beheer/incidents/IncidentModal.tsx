import { Alert, Checkbox, Group, Radio, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { INCIDENT_CATEGORIES, SEVERITIES, incidentInput } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { TimeField } from '../../../components/TimeField';
import { useApiForm } from '../../../hooks/useApiForm';
import { RoomPlaceFields } from '../shared/RoomPlaceFields';
import { FollowupsField } from './FollowupsField';
import { INCIDENT_ALIASES, emptyIncident, toIncidentInput, type IncidentValues } from './incidentForm';

type Incident = Output<'incidents.create'>;

/** "Incident melden". Mounted per opening, so the time starts at now. */
export function IncidentModal({ onClose, onSaved }: { onClose: () => void; onSaved: (incident: Incident) => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<IncidentValues, Input<'incidents.create'>, Incident>(
    {
      initialValues: emptyIncident(),
      schema: incidentInput,
      toInput: toIncidentInput,
      aliases: INCIDENT_ALIASES,
      // The time box alone: the schema would blame the date for a missing time.
      check: (v) => (/^\d{2}:\d{2}$/.test(v.time) ? {} : { time: t('incidents.timeRequired') }),
      submit: (input) => call('incidents.create', input),
      successMessage: t('incidents.created'),
      onSuccess: (incident) => {
        onSaved(incident);
        onClose();
      },
    },
  );

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('incidents.report')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('incidents.reportSubmit')}
      size="xl"
    >
      <Alert color="blue" variant="light" icon={<IconShieldLock aria-hidden />} role="note">
        {t('incidents.privacyReminder')}
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('incidents.date')} required clearable={false} {...form.getInputProps('date')} />
        <TimeField label={t('incidents.time')} required {...form.getInputProps('time')} />
      </SimpleGrid>
      <RoomPlaceFields form={form} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('incidents.category')}
          required
          placeholder={t('incidents.categoryPlaceholder')}
          data={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`incidents.categories.${c}`) }))}
          {...form.getInputProps('category')}
        />
        <Radio.Group label={t('incidents.severity')} required {...form.getInputProps('severity')}>
          <Group gap="md" mt={8}>
            {SEVERITIES.map((s) => (
              <Radio key={s} value={s} label={t(`incidents.severities.${s}`)} />
            ))}
          </Group>
        </Radio.Group>
      </SimpleGrid>
      <Textarea
        label={t('incidents.description')}
        description={t('incidents.descriptionHelp')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('description')}
      />
      <Textarea label={t('incidents.actionTaken')} autosize minRows={2} {...form.getInputProps('actionTaken')} />
      <Checkbox label={t('incidents.servicesCalled')} {...form.getInputProps('servicesCalled', { type: 'checkbox' })} />
      {form.values.servicesCalled && (
        <TextInput
          label={t('incidents.servicesReference')}
          description={t('incidents.servicesReferenceHelp')}
          {...form.getInputProps('servicesReference')}
        />
      )}
      <FollowupsField form={form} />
    </FormModal>
  );
}
