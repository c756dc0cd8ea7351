import { Button, Tabs } from '@mantine/core';
import { IconBuildingCommunity, IconCalendarOff, IconClock, IconPrinter } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useApi } from '../../hooks/useApi';
import { useMe } from '../../session/SessionContext';
import { ProfileTab } from './profile/ProfileTab';
import { HoursTab } from './hours/HoursTab';
import { ClosuresTab } from './closures/ClosuresTab';
import { BuildingSheet } from './BuildingSheet';
import { useClosures } from './closures/useClosures';

const TABS = ['profiel', 'openingstijden', 'sluitingen'] as const;
type Tab = (typeof TABS)[number];

/** The tab is part of the address (#/gebouw/openingstijden), so it survives a reload and can be linked. */
export function BuildingPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const navigate = useNavigate();
  const params = useParams();
  const tab: Tab = TABS.find((x) => x === params.tab) ?? 'profiel';

  const building = useApi('building.get', {});
  const hours = useApi('hours.get', {});
  const closures = useClosures();

  return (
    <>
      <PageHeader
        title={t('building.title')}
        description={canEdit ? t('building.intro') : t('building.introReadOnly')}
        actions={
          <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t('common.print')}
          </Button>
        }
      />
      <div className="screen-only">
        <Tabs value={tab} onChange={(v) => v && void navigate(`/gebouw/${v}`)} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="profiel" leftSection={<IconBuildingCommunity size={18} aria-hidden />}>
              {t('building.tabProfile')}
            </Tabs.Tab>
            <Tabs.Tab value="openingstijden" leftSection={<IconClock size={18} aria-hidden />}>
              {t('building.tabHours')}
            </Tabs.Tab>
            <Tabs.Tab value="sluitingen" leftSection={<IconCalendarOff size={18} aria-hidden />}>
              {t('building.tabClosures')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="profiel">
            <QueryState query={building}>
              {(b) => <ProfileTab building={b} canEdit={canEdit} onSaved={building.reload} />}
            </QueryState>
          </Tabs.Panel>
          <Tabs.Panel value="openingstijden">
            <QueryState query={hours}>
              {(h) => <HoursTab hours={h} canEdit={canEdit} onSaved={hours.reload} />}
            </QueryState>
          </Tabs.Panel>
          <Tabs.Panel value="sluitingen">
            <ClosuresTab closures={closures} canEdit={canEdit} closedOnHolidays={building.data?.closedOnHolidays} />
          </Tabs.Panel>
        </Tabs>
      </div>
      {building.data && hours.data && closures.query.data && (
        <div className="print-only">
          <BuildingSheet building={building.data} hours={hours.data} closures={closures.query.data} />
        </div>
      )}
    </>
  );
}
