import { Checkbox, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { roleInput } from '../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { VolunteerRole } from '../shared/types';

interface RoleValues {
  name: string;
  needsVog: boolean;
  isKeyHolder: boolean;
  active: boolean;
}

/** Add or rename a role; switching it off keeps it on the volunteers and shifts that have it, out of new choices. */
export function RoleModal({
  role,
  onClose,
  onSaved,
}: {
  role?: VolunteerRole;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<RoleValues>({
    initialValues: role
      ? { name: role.name, needsVog: role.needsVog, isKeyHolder: role.isKeyHolder, active: role.active }
      : { name: '', needsVog: false, isKeyHolder: false, active: true },
    schema: roleInput,
    submit: (v) => (role ? call('volunteers.updateRole', { id: role.id, ...v }) : call('volunteers.createRole', v)),
    successMessage: role ? t('volunteers.roles.updated') : t('volunteers.roles.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      size="md"
      title={role ? t('volunteers.roles.editTitle', { name: role.name }) : t('volunteers.roles.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <TextInput
        label={t('volunteers.roles.name')}
        required
        data-autofocus
        placeholder={t('volunteers.roles.namePlaceholder')}
        {...form.getInputProps('name')}
      />
      <Checkbox
        label={t('volunteers.roles.needsVog')}
        description={t('volunteers.roles.needsVogHelp')}
        {...form.getInputProps('needsVog', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('volunteers.roles.isKeyHolder')}
        description={t('volunteers.roles.isKeyHolderHelp')}
        {...form.getInputProps('isKeyHolder', { type: 'checkbox' })}
      />
      {role && (
        <Switch
          label={t('volunteers.roles.active')}
          description={t('volunteers.roles.activeHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
