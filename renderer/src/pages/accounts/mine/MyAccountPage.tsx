import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../../session/SessionContext';
import { PasswordCard } from './PasswordCard';

export function MyAccountPage() {
  const { t } = useTranslation();
  const { user, lockMinutes } = useMe();
  return (
    <>
      <PageHeader title={t('myAccount.title')} description={t('myAccount.intro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" maw={640}>
          <InfoList
            items={[
              { label: t('accounts.name'), value: user.name },
              { label: t('fields.username'), value: user.username },
              { label: t('accounts.role'), value: t(`roles.${user.role}`) },
              { label: t('myAccount.lockAfter'), value: t('settings.minutes', { count: lockMinutes }) },
            ]}
          />
        </Card>
        <PasswordCard />
      </Stack>
    </>
  );
}
