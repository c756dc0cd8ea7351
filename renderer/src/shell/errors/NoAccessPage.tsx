import { Button } from '@mantine/core';
import { IconLockAccess } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyMessage } from '../../components/EmptyMessage';

/** Someone followed a link to a module their role does not include. */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('noAccess.title')} />
      <EmptyMessage
        icon={<IconLockAccess aria-hidden />}
        title={t('noAccess.heading')}
        description={t('noAccess.description')}
        action={
          <Button component={Link} to="/">
            {t('noAccess.home')}
          </Button>
        }
      />
    </>
  );
}
