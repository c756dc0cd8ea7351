import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { MailAccountForm } from './MailAccountForm';
import { TestMessageCard } from './TestMessageCard';

export function MailAccountPage() {
  const { t } = useTranslation();
  const account = useApi('mailserver.get', {});
  return (
    <>
      <PageHeader title={t('mail.account.title')} description={t('mail.account.intro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-label={t('mail.account.title')} maw={760}>
          <QueryState query={account}>
            {(a) => <MailAccountForm account={a} onSaved={() => account.reload()} />}
          </QueryState>
        </Card>
        <TestMessageCard />
      </Stack>
    </>
  );
}
