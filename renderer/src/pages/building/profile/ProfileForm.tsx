import { Button, Group, Radio, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { MANAGEMENT_FORMS } from '../../../../../db/modules/building/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { InvoiceSenderFields, LocationFields } from './ProfileFields';
import { useProfileForm } from './useProfileForm';

export function ProfileForm({ building, onSaved }: { building: Output<'building.get'>; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useProfileForm(building, onSaved);

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput label={t('building.name')} required {...form.getInputProps('name')} />
        <LocationFields form={form} />
        <Radio.Group label={t('building.managementForm')} {...form.getInputProps('managementForm')}>
          <Group mt="xs">
            {MANAGEMENT_FORMS.map((m) => (
              <Radio key={m} value={m} label={t(`building.management.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('building.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('building.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
        </SimpleGrid>
        <Textarea
          label={t('building.accessibility')}
          description={t('building.accessibilityHelp')}
          autosize
          minRows={3}
          {...form.getInputProps('accessibility')}
        />
        <Switch
          label={t('building.closedOnHolidays')}
          description={t('building.closedOnHolidaysHelp')}
          {...form.getInputProps('closedOnHolidays', { type: 'checkbox' })}
        />
        <InvoiceSenderFields form={form} />
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            {form.isDirty() ? t('common.unsaved') : ''}
          </Text>
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('building.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
