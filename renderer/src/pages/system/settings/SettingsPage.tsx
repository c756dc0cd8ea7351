import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { PasswordCard } from '../../accounts/mine/PasswordCard';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="settings-title" maw={640}>
          <Title order={2} size="h3" id="settings-title" mb="md">
            {t('settings.generalTitle')}
          </Title>
          <QueryState query={settings}>{(s) => <SettingsForm settings={s} />}</QueryState>
        </Card>
        <PasswordCard />
      </Stack>
    </>
  );
}
