import {
  Checkbox,
  Divider,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  TagsInput,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { VOLUNTEER_STATUSES, volunteerInput } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { AvailabilityGrid } from '../shared/AvailabilityGrid';
import type { Volunteer, VolunteerRole } from '../shared/types';
import { emptyVolunteer, toVolunteerInput, valuesOf, type VolunteerInput, type VolunteerValues } from './volunteerForm';

/** Languages spoken in Rotterdam wijken that a coordinator often notes; others can be typed. */
const LANGUAGES = [
  'Nederlands',
  'Engels',
  'Arabisch',
  'Turks',
  'Berbers',
  'Papiaments',
  'Sranantongo',
  'Pools',
  'Kaapverdisch',
  'Frans',
  'Spaans',
  'Portugees',
  'Somalisch',
  'Tigrinya',
  'Oekraïens',
];

function Section({ children }: { children: string }) {
  return (
    <>
      <Divider mt="xs" />
      <Title order={3} size="h5">
        {children}
      </Title>
    </>
  );
}

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
  const { form, handleSubmit, formError, submitting } = useApiForm<VolunteerValues, VolunteerInput, Volunteer>({
    initialValues: volunteer ? valuesOf(volunteer) : emptyVolunteer(),
    schema: volunteerInput,
    toInput: toVolunteerInput,
    submit: (input) =>
      volunteer ? call('volunteers.update', { id: volunteer.id, ...input }) : call('volunteers.create', input),
    successMessage: volunteer ? t('volunteers.updated') : t('volunteers.created'),
    onSuccess: (saved) => {
      onSaved(saved);
      onClose();
    },
  });
  // A switched-off role the volunteer still has stays visible, so saving does not silently drop it.
  const roleOptions = roles
    .filter((r) => r.active || form.values.roleIds.includes(String(r.id)))
    .map((r) => ({ value: String(r.id), label: r.name }));

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

      <Section>{t('volunteers.sections.work')}</Section>
      <MultiSelect
        label={t('volunteers.fields.roles')}
        description={t('volunteers.fields.rolesHelp')}
        data={roleOptions}
        searchable
        clearable
        {...form.getInputProps('roleIds')}
      />
      <TagsInput
        label={t('volunteers.fields.languages')}
        description={t('volunteers.fields.languagesHelp')}
        data={LANGUAGES}
        clearable
        {...form.getInputProps('languages')}
      />
      <AvailabilityGrid
        label={t('volunteers.fields.availability')}
        value={form.values.availability}
        onChange={(v) => form.setFieldValue('availability', v)}
        error={form.errors.availability}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('volunteers.fields.startDate')} required {...form.getInputProps('startDate')} />
        <Select
          label={t('volunteers.fields.status')}
          data={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteers.statuses.${s}`) }))}
          allowDeselect={false}
          description={t('volunteers.fields.statusHelp')}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Checkbox
          mt="lg"
          label={t('volunteers.fields.tegenprestatie')}
          description={t('volunteers.fields.tegenprestatieHelp')}
          {...form.getInputProps('tegenprestatie', { type: 'checkbox' })}
        />
        {form.values.tegenprestatie && (
          <NumberInput
            label={t('volunteers.fields.tegenprestatieHours')}
            required
            min={1}
            max={40}
            allowDecimal={false}
            suffix={` ${t('volunteers.hoursShort')}`}
            {...form.getInputProps('tegenprestatieHours')}
          />
        )}
      </SimpleGrid>

      <Section>{t('volunteers.sections.personal')}</Section>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('volunteers.fields.dateOfBirth')} clearable {...form.getInputProps('dateOfBirth')} />
        <TextInput
          label={t('volunteers.fields.emergencyContact')}
          placeholder={t('volunteers.fields.emergencyContactPlaceholder')}
          {...form.getInputProps('emergencyContact')}
        />
      </SimpleGrid>
      <Textarea label={t('volunteers.fields.address')} autosize minRows={2} {...form.getInputProps('address')} />

      <Section>{t('volunteers.sections.consent')}</Section>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('volunteers.fields.consentOn')}
          clearable
          description={t('volunteers.fields.consentOnHelp')}
          {...form.getInputProps('consentOn')}
        />
        <TextInput
          label={t('volunteers.fields.consentPurpose')}
          placeholder={t('volunteers.fields.consentPurposePlaceholder')}
          {...form.getInputProps('consentPurpose')}
        />
      </SimpleGrid>
      <Textarea label={t('volunteers.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
