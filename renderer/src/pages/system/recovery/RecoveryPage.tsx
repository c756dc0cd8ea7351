import { useEffect, useState } from 'react';
import { Alert, Button, Code, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type ApiCallError, type Output } from '../../../api/client';
import { backupName } from '../../../../../db/modules/system/schemas';
import { loginInput } from '../../../../../db/modules/accounts/schemas';
import { AuthFrame } from '../../../components/AuthFrame';
import { FormAlert } from '../../../components/FormAlert';
import { PasswordField } from '../../../components/PasswordField';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { LoadError, Loading } from '../../../components/QueryState';
import { toApiCallError } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { notifySuccess } from '../../../notify';
import { BackupChoice, type CheckedBackup } from './BackupChoice';
import type { CoreStatus } from './CoreState';

/** The same input as recovery.restore: a backup from the list and a beheerder of that backup. */
const restoreSchema = loginInput.extend({ name: backupName });
type Values = { name: string; username: string; password: string };

/**
 * Shown instead of the app when the database failed its check at start: what is wrong, the backups
 * (each verified by the core, the newest good one chosen), and restoring one. A beheerder's name and
 * password *from that backup* are asked, since anyone may be sitting at the desk.
 */
export function RecoveryPage({ status, onRestored }: { status: CoreStatus; onRestored: () => void }) {
  const { t } = useTranslation();
  const [backups, setBackups] = useState<CheckedBackup[] | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Values, Output<'recovery.restore'>>({
    initialValues: { name: '', username: '', password: '' },
    schema: restoreSchema,
    submit: (input) => call('recovery.restore', input),
    onSuccess: (r) => {
      notifySuccess(t('recovery.restoredText', { file: r.brokenCopy }), {
        title: t('recovery.restoredTitle', { name: r.buildingName }),
        autoClose: 20_000,
      });
      onRestored();
    },
  });
  const { setFieldValue } = form;

  useEffect(() => {
    let live = true;
    call('recovery.backups').then(
      (list) => {
        if (!live) return;
        setBackups(list);
        const recommended = list.find((b) => b.recommended);
        if (recommended) setFieldValue('name', recommended.name);
      },
      (error: unknown) => live && setLoadError(toApiCallError(error)),
    );
    return () => {
      live = false;
    };
  }, [attempt, setFieldValue]);

  const usable = backups?.some((b) => b.ok) ?? false;
  return (
    <AuthFrame title={t('recovery.title')} intro={t('recovery.intro')} width={760}>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('recovery.whatWrong')}>
        <Text size="sm">{status.reason}</Text>
        {status.dataDir && (
          <Text size="sm" mt="xs">
            {t('recovery.dataDir')} <Code>{status.dataDir}</Code>
          </Text>
        )}
      </Alert>
      {loadError ? (
        <LoadError
          error={loadError}
          onRetry={() => {
            setLoadError(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : !backups ? (
        <Loading label={t('recovery.checking')} />
      ) : !usable ? (
        <EmptyMessage
          icon={<IconRestore aria-hidden />}
          title={t('recovery.noBackups')}
          description={t('recovery.noBackupsHelp')}
        />
      ) : (
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
            <TextInput
              label={t('fields.username')}
              required
              autoComplete="username"
              {...form.getInputProps('username')}
            />
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
      )}
    </AuthFrame>
  );
}
