import { Tabs } from '@mantine/core';
import { IconMailCheck, IconMailForward } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { MessagesTable } from './MessagesTable';

/**
 * Postvak uit and Verzonden; the tab is part of the address (#/postvak-uit/verzonden). Only the open tab is
 * mounted, so switching loads the other box afresh after a resend or cancel.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tab = params.tab === 'verzonden' ? 'verzonden' : 'postvak';
  return (
    <>
      <PageHeader title={t('mail.outbox.title')} description={t('mail.outbox.intro')} />
      <Tabs
        value={tab}
        onChange={(v) => v && void navigate(v === 'verzonden' ? '/postvak-uit/verzonden' : '/postvak-uit')}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="postvak" leftSection={<IconMailForward size={18} aria-hidden />}>
            {t('mail.outbox.tabOutbox')}
          </Tabs.Tab>
          <Tabs.Tab value="verzonden" leftSection={<IconMailCheck size={18} aria-hidden />}>
            {t('mail.outbox.tabSent')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="postvak">
          <MessagesTable box="postvak" />
        </Tabs.Panel>
        <Tabs.Panel value="verzonden">
          <MessagesTable box="verzonden" />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
