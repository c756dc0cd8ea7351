import { Tabs } from '@mantine/core';
import { IconClockShield, IconListDetails, IconUserSearch } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RegisterTab } from './register/RegisterTab';
import { PersonTab } from './person/PersonTab';
import { RetentionTab } from './retention/RetentionTab';

const TABS = ['register', 'persoon', 'bewaartermijnen'] as const;
type Tab = (typeof TABS)[number];

/** The tab is part of the address (#/privacy/persoon), so a reload or a link keeps it. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tab: Tab = TABS.find((x) => x === params.tab) ?? 'register';

  return (
    <>
      <PageHeader title={t('privacy.title')} description={t('privacy.intro')} />
      <Tabs value={tab} onChange={(v) => v && void navigate(`/privacy/${v}`)} keepMounted={false}>
        <Tabs.List mb="lg" className="no-print">
          <Tabs.Tab value="register" leftSection={<IconListDetails size={18} aria-hidden />}>
            {t('privacy.tabs.register')}
          </Tabs.Tab>
          <Tabs.Tab value="persoon" leftSection={<IconUserSearch size={18} aria-hidden />}>
            {t('privacy.tabs.person')}
          </Tabs.Tab>
          <Tabs.Tab value="bewaartermijnen" leftSection={<IconClockShield size={18} aria-hidden />}>
            {t('privacy.tabs.retention')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register">
          <RegisterTab />
        </Tabs.Panel>
        <Tabs.Panel value="persoon">
          <PersonTab />
        </Tabs.Panel>
        <Tabs.Panel value="bewaartermijnen">
          <RetentionTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
