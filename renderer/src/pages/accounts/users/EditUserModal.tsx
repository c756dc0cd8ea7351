import { Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { userUpdate } from '../../../../../db/modules/accounts/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { RoleSelect } from './RoleSelect';

type User = Output<'users.list'>[number];
type Values = Omit<Input<'users.update'>, 'id'>;

export function EditUserModal({
  user,
  isSelf,
  onClose,
  onSaved,
}: {
  user: User;
  isSelf: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'users.update'>>({
    initialValues: { name: user.name, role: user.role, active: user.active, email: user.email },
    schema: userUpdate,
    toInput: (v) => ({ id: user.id, ...v }),
    submit: (input) => call('users.update', input),
    successMessage: t('accounts.updated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('accounts.editTitle', { name: user.username })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="md"
    >
      <TextInput label={t('accounts.name')} required data-autofocus {...form.getInputProps('name')} />
      <RoleSelect required {...form.getInputProps('role')} />
      <TextInput
        label={t('accounts.email')}
        description={t('accounts.emailHelp')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <Switch
        label={t('accounts.active')}
        description={isSelf ? t('accounts.activeSelfHelp') : t('accounts.activeHelp')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
