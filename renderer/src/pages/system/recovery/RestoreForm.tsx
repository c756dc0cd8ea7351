import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../../../hooks/useApiForm';
import { FormAlert } from '../../../components/FormAlert';
import { PasswordField } from '../../../components/PasswordField';
import { BackupChoice, type CheckedBackup } from './BackupChoice';
import type { RestoreValues } from './useRestoreForm';

/** A backup to restore and a beheerder of that backup, who vouches for it. */
export function RestoreForm({
  backups,
  restore: { form, handleSubmit, formError, submitting },
}: {
  backups: CheckedBackup[];
  restore: ApiForm<RestoreValues>;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} title={t('recovery.failed')} />
        <BackupChoice
          backups={backups}
          value={form.values.name}
          onChange={(name) => form.setFieldValue('name', name)}
          error={form.errors.name}
        />
        <div>
          <Title order={2} size="h4">
            {t('recovery.who')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('recovery.whoHelp')}
          </Text>
        </div>
        <TextInput label={t('fields.username')} required autoComplete="username" {...form.getInputProps('username')} />
        <PasswordField
          label={t('fields.password')}
          required
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <Text size="sm">{t('recovery.keepBroken')}</Text>
        <Button
          type="submit"
          size="md"
          color="red"
          leftSection={<IconRestore size={18} aria-hidden />}
          loading={submitting}
        >
          {t('recovery.submit')}
        </Button>
      </Stack>
    </form>
  );
}
