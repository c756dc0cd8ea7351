import { useState } from 'react';
import { Tabs } from '@mantine/core';
import { IconMailCheck, IconMailForward } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { MessagesTable } from './MessagesTable';

/** Postvak uit and Verzonden; the tab is part of the address (#/postvak-uit/verzonden). */
export function OutboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tab = params.tab === 'verzonden' ? 'verzonden' : 'postvak';
  // A resend or cancel in one box changes the other: both reload.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
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
          <MessagesTable key={`postvak-${version}`} box="postvak" onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="verzonden">
          <MessagesTable key={`verzonden-${version}`} box="verzonden" onChanged={changed} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
