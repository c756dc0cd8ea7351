import {
  Button,
  Divider,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import {
  GEBIEDEN,
  GEBIED_NAMES,
  MANAGEMENT_FORMS,
  buildingProfile,
  type Gebied,
} from '../../../../../db/modules/building/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { useSession } from '../../../session/SessionContext';

type Values = Required<Omit<Input<'building.update'>, 'gebied'>> & { gebied: string | null };

export function ProfileForm({ building, onSaved }: { building: Output<'building.get'>; onSaved: () => void }) {
  const { t } = useTranslation();
  const { refreshMe } = useSession();
  const { welfareProvider: _, ...initial } = building;
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'building.update'>,
    Output<'building.get'>
  >({
    initialValues: initial,
    schema: buildingProfile,
    toInput: (v) => ({ ...v, gebied: (v.gebied || null) as Gebied | null }),
    submit: (input) => call('building.update', input),
    successMessage: t('building.saved'),
    onSuccess: (saved) => {
      const { welfareProvider: _w, ...values } = saved;
      form.setValues(values);
      form.resetDirty(values);
      onSaved();
      // The header shows the house's name.
      void refreshMe().catch(() => undefined);
    },
  });
  const gebied = form.values.gebied as Gebied | null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput label={t('building.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('building.street')} autoComplete="street-address" {...form.getInputProps('street')} />
          <TextInput
            label={t('building.postcode')}
            placeholder="3083 XK"
            autoComplete="postal-code"
            {...form.getInputProps('postcode')}
          />
          <TextInput label={t('building.city')} autoComplete="address-level2" {...form.getInputProps('city')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('building.gebied')}
            placeholder={t('building.gebiedPlaceholder')}
            data={GEBIED_NAMES}
            clearable
            searchable
            description={gebied ? t('building.providerOf', { provider: GEBIEDEN[gebied] }) : t('building.gebiedHelp')}
            {...form.getInputProps('gebied')}
          />
          <TagsInput
            label={t('building.wijken')}
            description={t('building.wijkenHelp')}
            clearable
            {...form.getInputProps('wijken')}
          />
        </SimpleGrid>
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
        {/* On every invoice: where to pay, and the house's own closing words (see Facturen). */}
        <Divider label={t('invoiceSender.title')} labelPosition="left" mt="sm" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('invoiceSender.iban')}
            description={t('invoiceSender.ibanHelp')}
            placeholder="NL91 ABNA 0417 1643 00"
            autoComplete="off"
            {...form.getInputProps('iban')}
          />
        </SimpleGrid>
        <Textarea
          label={t('invoiceSender.invoiceNote')}
          description={t('invoiceSender.invoiceNoteHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('invoiceNote')}
        />
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
