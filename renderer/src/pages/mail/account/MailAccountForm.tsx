import { Button, Group, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { accountInput } from '../../../../../db/modules/mail/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { numberOrUndefined, valuesOf, type Account, type Values } from './accountValues';
import { SenderFields, ServerFields } from './AccountFields';

/** The account's fields; the password is never shown, only whether one is stored. */
export function MailAccountForm({ account, onSaved }: { account: Account; onSaved: (a: Account) => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'mailserver.update'>, Account>({
    initialValues: valuesOf(account),
    schema: accountInput,
    toInput: (v) => ({
      ...v,
      port: numberOrUndefined(v.port) as number,
      perMinute: numberOrUndefined(v.perMinute) as number,
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
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        <ServerFields form={form} account={account} />
        <SenderFields form={form} />
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
