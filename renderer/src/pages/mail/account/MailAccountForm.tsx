import {
  Alert,
  Button,
  Checkbox,
  Group,
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
import { IconDeviceFloppy, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { accountInput } from '../../../../../db/modules/mail/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';

type Account = Output<'mailserver.get'>;
type Values = Omit<Input<'mailserver.update'>, 'port' | 'perMinute'> & {
  port: number | string;
  perMinute: number | string;
  password: string;
};

const num = (v: number | string) => (v === '' ? undefined : Number(v));

function valuesOf(a: Account): Values {
  return {
    host: a.host,
    port: a.port,
    security: a.security,
    username: a.username,
    password: '',
    forgetPassword: false,
    fromName: a.fromName,
    fromAddress: a.fromAddress,
    replyTo: a.replyTo,
    perMinute: a.perMinute,
    enabled: a.enabled,
  };
}

/** The account's fields; the password is never shown, only whether one is stored. */
export function MailAccountForm({ account, onSaved }: { account: Account; onSaved: (a: Account) => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'mailserver.update'>, Account>({
    initialValues: valuesOf(account),
    schema: accountInput,
    toInput: (v) => ({
      ...v,
      port: num(v.port) as number,
      perMinute: num(v.perMinute) as number,
      password: v.password === '' ? undefined : v.password,
    }),
    submit: (input) => call('mailserver.update', input),
    successMessage: t('mail.account.saved'),
    onSuccess: (saved) => {
      form.setValues(valuesOf(saved));
      form.resetDirty(valuesOf(saved));
      onSaved(saved);
    },
  });
  const passwordSet = account.passwordSet && !form.values.forgetPassword;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
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
            <TextInput
              label={t('mail.account.fromAddress')}
              type="email"
              {...form.getInputProps('fromAddress')}
            />
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
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('mail.account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
