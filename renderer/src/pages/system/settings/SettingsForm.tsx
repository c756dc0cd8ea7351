import { Button, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { settingsInput } from '../../../../../db/modules/system/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { useSession } from '../../../session/SessionContext';

type Values = { backupKeep: number | string; lockMinutes: number | string; incidentRetentionMonths: number | string };

const num = (v: number | string) => (v === '' ? undefined : Number(v));

export function SettingsForm({ settings }: { settings: Output<'settings.get'> }) {
  const { t } = useTranslation();
  const { refreshMe } = useSession();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'settings.update'>,
    Output<'settings.get'>
  >({
    initialValues: settings,
    schema: settingsInput,
    toInput: (v) => ({
      backupKeep: num(v.backupKeep) as number,
      lockMinutes: num(v.lockMinutes) as number,
      incidentRetentionMonths: num(v.incidentRetentionMonths) as number,
    }),
    submit: (input) => call('settings.update', input),
    successMessage: t('settings.saved'),
    onSuccess: (saved) => {
      form.resetDirty(saved);
      // The idle lock runs on lockMinutes from the session.
      void refreshMe().catch(() => undefined);
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('settings.backupKeep')}
            description={t('settings.backupKeepHelp')}
            allowDecimal={false}
            {...form.getInputProps('backupKeep')}
          />
          <NumberInput
            label={t('settings.lockMinutes')}
            description={t('settings.lockMinutesHelp')}
            allowDecimal={false}
            suffix={` ${t('rooms.minutesShort')}`}
            {...form.getInputProps('lockMinutes')}
          />
          {/* Incident texts may name residents; after this many months the core wipes them (AVG). */}
          <NumberInput
            label={t('incidents.retentionMonths')}
            description={t('incidents.retentionMonthsHelp')}
            allowDecimal={false}
            {...form.getInputProps('incidentRetentionMonths')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
