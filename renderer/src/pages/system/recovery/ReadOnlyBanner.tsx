import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreState } from './CoreState';

/** Above every page while the data folder cannot be written, so nobody types in vain. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  if (useCoreState().mode !== 'readonly') return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconLock aria-hidden />}
      title={t('recovery.readOnlyTitle')}
      mb="md"
      role="status"
    >
      {t('recovery.readOnlyText')}
    </Alert>
  );
}
