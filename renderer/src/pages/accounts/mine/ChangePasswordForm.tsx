import { Button, Group, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { changePasswordInput } from '../../../../../db/modules/accounts/schemas';
import { PasswordField } from '../../../components/PasswordField';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';

type Values = Input<'auth.changePassword'> & { repeat: string };
const EMPTY: Values = { current: '', next: '', repeat: '' };

/** Change one's own password; used on "Mijn account" and, for the beheerder, under Instellingen. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'auth.changePassword'>>({
    initialValues: EMPTY,
    schema: changePasswordInput,
    toInput: ({ current, next }) => ({ current, next }),
    check: (v) => (v.repeat !== v.next ? { repeat: t('password.mismatch') } : {}),
    submit: (input) => call('auth.changePassword', input),
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
