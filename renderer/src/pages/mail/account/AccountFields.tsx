import type { UseFormReturnType } from '@mantine/form';
import {
  Alert,
  Checkbox,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Account, Values } from './accountValues';

type Form = UseFormReturnType<Values>;

/** Server, port, security and login; the password is never shown, only whether one is stored and where its key is. */
export function ServerFields({ form, account }: { form: Form; account: Account }) {
  const { t } = useTranslation();
  const passwordSet = account.passwordSet && !form.values.forgetPassword;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('mail.account.serverTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('mail.account.host')}
          description={t('mail.account.hostHelp')}
          autoComplete="off"
          {...form.getInputProps('host')}
        />
        <NumberInput
          label={t('mail.account.port')}
          description={t('mail.account.portHelp')}
          allowDecimal={false}
          thousandSeparator=""
          {...form.getInputProps('port')}
        />
        <Select
          label={t('mail.account.security')}
          allowDeselect={false}
          data={[
            { value: 'starttls', label: t('mail.account.securityStarttls') },
            { value: 'tls', label: t('mail.account.securityTls') },
            { value: 'geen', label: t('mail.account.securityNone') },
          ]}
          {...form.getInputProps('security')}
        />
        <TextInput
          label={t('mail.account.username')}
          description={t('mail.account.usernameHelp')}
          autoComplete="off"
          {...form.getInputProps('username')}
        />
        <Stack gap={6}>
          <PasswordInput
            label={t('mail.account.password')}
            description={passwordSet ? t('mail.account.passwordHelpSet') : t('mail.account.passwordHelpNew')}
            placeholder={passwordSet ? t('mail.account.passwordPlaceholderSet') : undefined}
            autoComplete="new-password"
            disabled={form.values.forgetPassword}
            {...form.getInputProps('password')}
          />
          {account.passwordSet && (
            <Checkbox
              label={t('mail.account.forgetPassword')}
              {...form.getInputProps('forgetPassword', { type: 'checkbox' })}
            />
          )}
        </Stack>
      </SimpleGrid>
      {account.secretStore ? (
        <Text size="sm" c="dimmed">
          <IconLock size={14} aria-hidden /> {t('mail.account.secretStore', { where: account.secretStore })}
        </Text>
      ) : (
        <Alert color="yellow" variant="light" icon={<IconLockOpen aria-hidden />}>
          {t('mail.account.noSecretStore')}
        </Alert>
      )}
    </Stack>
  );
}

/** Who the mail comes from, where replies go, how fast and whether it is sent at all. */
export function SenderFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('mail.account.senderTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('mail.account.fromName')}
            description={t('mail.account.fromNameHelp')}
            {...form.getInputProps('fromName')}
          />
          <TextInput label={t('mail.account.fromAddress')} type="email" {...form.getInputProps('fromAddress')} />
          <TextInput
            label={t('mail.account.replyTo')}
            description={t('mail.account.replyToHelp')}
            type="email"
            {...form.getInputProps('replyTo')}
          />
        </SimpleGrid>
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('mail.account.sendingTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('mail.account.perMinute')}
            description={t('mail.account.perMinuteHelp')}
            allowDecimal={false}
            {...form.getInputProps('perMinute')}
          />
          <Switch
            mt="lg"
            label={t('mail.account.enabled')}
            description={t('mail.account.enabledHelp')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
        </SimpleGrid>
      </Stack>
    </>
  );
}
