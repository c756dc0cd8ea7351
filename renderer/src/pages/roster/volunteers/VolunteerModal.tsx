import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { volunteerInput } from '../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { MailChoicesFields } from '../../mail/choices/MailChoicesFields';
import { useMailChoices } from '../../mail/choices/useMailChoices';
import type { Volunteer, VolunteerRole } from '../shared/types';
import { ComingShiftsNotice } from './ComingShiftsNotice';
import { ConsentFields, PersonalFields, WorkFields } from './VolunteerFields';
import { emptyVolunteer, toVolunteerInput, valuesOf, type VolunteerInput, type VolunteerValues } from './volunteerForm';

/** Add (no volunteer) or edit someone in the register. Mounted per opening, so it starts from the right values. */
export function VolunteerModal({
  volunteer,
  roles,
  onClose,
  onSaved,
}: {
  volunteer?: Volunteer;
  roles: readonly VolunteerRole[];
  onClose: () => void;
  onSaved: (v: Volunteer) => void;
}) {
  const { t } = useTranslation();
  // Putting someone on pauze or stopping them signs them off their coming shifts, unless the coördinator unticks it.
  const [signOff, setSignOff] = useState(volunteer?.status === 'actief');
  const mailChoices = useMailChoices('vrijwilliger', volunteer?.id);
  const { form, handleSubmit, formError, submitting } = useApiForm<VolunteerValues, VolunteerInput, Volunteer>({
    initialValues: volunteer ? valuesOf(volunteer) : emptyVolunteer(),
    schema: volunteerInput,
    toInput: toVolunteerInput,
    submit: async (input) => {
      const saved = volunteer
        ? await call('volunteers.update', { id: volunteer.id, ...input, signOffComingShifts: signOff })
        : await call('volunteers.create', input);
      await mailChoices.save(saved.id);
      return saved;
    },
    successMessage: volunteer ? t('volunteers.updated') : t('volunteers.created'),
    onSuccess: (saved) => {
      onSaved(saved);
      onClose();
    },
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      size="xl"
      title={volunteer ? t('volunteers.editTitle', { name: volunteer.name }) : t('volunteers.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={volunteer ? t('common.save') : t('volunteers.add')}
    >
      <TextInput label={t('volunteers.fields.name')} required data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('volunteers.fields.phone')}
          type="tel"
          description={t('volunteers.fields.phoneHelp')}
          {...form.getInputProps('phone')}
        />
        <TextInput label={t('volunteers.fields.email')} type="email" {...form.getInputProps('email')} />
      </SimpleGrid>
      <WorkFields form={form} roles={roles} />
      {volunteer && form.values.status !== 'actief' && (
        <ComingShiftsNotice
          volunteerId={volunteer.id}
          name={volunteer.name}
          signOff={signOff}
          onSignOffChange={setSignOff}
        />
      )}
      <PersonalFields form={form} />
      <ConsentFields form={form} />
      <MailChoicesFields choices={mailChoices} />
      <Textarea label={t('volunteers.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
