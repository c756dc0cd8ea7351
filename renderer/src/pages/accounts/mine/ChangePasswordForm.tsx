import { Button, Group, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input } from '../../../api/client';
import { changePasswordInput } from '../../../../../db/modules/accounts/schemas';
import { PasswordField } from '../../../components/PasswordField';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { useSession } from '../../../session/SessionContext';

type Values = Input<'auth.changePassword'> & { repeat: string };
const EMPTY: Values = { current: '', next: '', repeat: '' };

/** Change one's own password; used on "Mijn account" and, for the beheerder, under Instellingen. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { toLogin } = useSession();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'auth.changePassword'>>({
    initialValues: EMPTY,
    schema: changePasswordInput,
    toInput: ({ current, next }) => ({ current, next }),
    check: (v) => (v.repeat !== v.next ? { repeat: t('password.mismatch') } : {}),
    submit: async (input) => {
      try {
        return await call('auth.changePassword', input);
      } catch (error) {
        // The fifth wrong current password locks the account and ends its sessions: to the login, with the time
        // the lock ends. A lock from elsewhere leaves this session alone, and the message shows above the form.
        if (error instanceof ApiCallError && error.code === 'ACCOUNT_LOCKED') {
          const signedIn = await call('auth.me').then(
            () => true,
            () => false,
          );
          if (!signedIn) toLogin(error.message);
        }
        throw error;
      }
    },
    successMessage: t('myAccount.changed'),
    onSuccess: () => form.setValues(EMPTY),
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={420}>
        <FormAlert message={formError} />
        <PasswordField
          label={t('myAccount.current')}
          required
          autoComplete="current-password"
          {...form.getInputProps('current')}
        />
        <PasswordField
          label={t('myAccount.next')}
          description={t('password.rules')}
          required
          autoComplete="new-password"
          {...form.getInputProps('next')}
        />
        <PasswordField
          label={t('password.repeat')}
          required
          autoComplete="new-password"
          {...form.getInputProps('repeat')}
        />
        <Group>
          <Button type="submit" loading={submitting} leftSection={<IconKey size={18} aria-hidden />}>
            {t('myAccount.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
