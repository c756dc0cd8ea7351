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
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { VOLUNTEER_STATUSES } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { AvailabilityGrid } from '../shared/AvailabilityGrid';
import type { VolunteerRole } from '../shared/types';
import type { VolunteerValues } from './volunteerForm';

type VolunteerForm = UseFormReturnType<VolunteerValues>;

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

/** Volunteering as a tegenprestatie for a benefit, with the hours a week agreed. */
function TegenprestatieFields({ form }: { form: VolunteerForm }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Since when and how someone helps: roles, languages, when they are available, their status and any tegenprestatie. */
export function WorkFields({ form, roles }: { form: VolunteerForm; roles: readonly VolunteerRole[] }) {
  const { t } = useTranslation();
  // A switched-off role the volunteer still has stays visible, so saving does not silently drop it.
  const roleOptions = roles
    .filter((r) => r.active || form.values.roleIds.includes(String(r.id)))
    .map((r) => ({ value: String(r.id), label: r.name }));
  return (
    <>
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
      <TegenprestatieFields form={form} />
    </>
  );
}

/** The personal details, which the core shows only to the roles allowed to read them. */
export function PersonalFields({ form }: { form: VolunteerForm }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

/** When the volunteer agreed to their data being kept, and for what. */
export function ConsentFields({ form }: { form: VolunteerForm }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
