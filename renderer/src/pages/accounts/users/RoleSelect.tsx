import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../db/contract/fields';

/** The role picker, with a line on what the chosen role may do. */
export function RoleSelect(props: Omit<SelectProps, 'data'> & { value?: string }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('accounts.role')}
      data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      allowDeselect={false}
      description={props.value ? t(`roleHelp.${props.value as Role}`) : undefined}
      {...props}
    />
  );
}
