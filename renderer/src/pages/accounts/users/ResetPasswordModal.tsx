import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { resetPasswordInput } from '../../../../../db/modules/accounts/schemas';
import { PasswordField } from '../../../components/PasswordField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';

type User = Output<'users.list'>[number];

export function ResetPasswordModal({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ password: string }, Input<'users.resetPassword'>>({
    initialValues: { password: '' },
    schema: resetPasswordInput,
    toInput: (v) => ({ id: user.id, password: v.password }),
    submit: (input) => call('users.resetPassword', input),
    successMessage: t('accounts.passwordReset', { name: user.name }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('accounts.resetTitle', { name: user.name })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('accounts.resetSubmit')}
      size="md"
    >
      <Text size="sm">{t('accounts.resetIntro')}</Text>
      <PasswordField
        label={t('accounts.newPassword')}
        description={t('password.rules')}
        required
        data-autofocus
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
    </FormModal>
  );
}
