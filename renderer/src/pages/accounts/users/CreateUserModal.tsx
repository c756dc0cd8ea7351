import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import type { Role } from '../../../../../db/contract/fields';
import { newUser } from '../../../../../db/modules/accounts/schemas';
import { PasswordField } from '../../../components/PasswordField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { RoleSelect } from './RoleSelect';
import {
  COMMITTEE_ALIASES,
  CommitteeLinkFields,
  committeeOf,
  initialCommitteeValues,
  type NewUserValues,
} from './CommitteeLinkFields';

export function CreateUserModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<NewUserValues, Input<'users.create'>>({
    initialValues: { name: '', username: '', role: 'balie', password: '', email: '', ...initialCommitteeValues() },
    schema: newUser,
    toInput: (v) => ({
      name: v.name,
      username: v.username,
      role: v.role as Role,
      password: v.password,
      email: v.email,
      committee: committeeOf(v),
    }),
    aliases: COMMITTEE_ALIASES,
    submit: (input) => call('users.create', input),
    successMessage: t('accounts.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('accounts.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('accounts.addSubmit')}
      size="md"
    >
      <TextInput
        label={t('accounts.name')}
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('fields.username')}
        description={t('fields.usernameHelp')}
        required
        autoComplete="off"
        {...form.getInputProps('username')}
      />
      <RoleSelect required {...form.getInputProps('role')} />
      <TextInput
        label={t('accounts.email')}
        description={t('accounts.emailHelp')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      {form.values.role === 'commissie' && <CommitteeLinkFields form={form} />}
      <PasswordField
        label={t('accounts.initialPassword')}
        description={t('accounts.initialPasswordHelp')}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
    </FormModal>
  );
}
