import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The message above a form for errors that belong to no single field (e.g. "account locked"). */
export function FormAlert({ message, title }: { message: string | null | undefined; title?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('common.notSaved')}
      role="alert"
    >
      {message}
    </Alert>
  );
}
