import { useState } from 'react';
import { Badge, Button, Tabs } from '@mantine/core';
import { IconAlertTriangle, IconCalendarRepeat, IconCalendarWeek, IconMail } from '@tabler/icons-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { addDays, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { GapsPanel } from './gaps/GapsPanel';
import { TemplatesPanel } from './templates/TemplatesPanel';
import { TodayRoster } from './TodayRoster';
import { WeekView } from './week/WeekView';
import { RosterMailModal } from './mail/RosterMailModal';

const TABS = ['week', 'gaten', 'sjablonen'] as const;
type Tab = (typeof TABS)[number];

/** The number on the "Gaten en dekking" tab: what the next four weeks still lack. */
function useGapCount() {
  const range = { from: todayIso(), to: addDays(todayIso(), 27) };
  const gaps = useApi('roster.gaps', range);
  const coverage = useApi('roster.coverage', range);
  const count = gaps.data && coverage.data ? gaps.data.length + coverage.data.length : null;
  const reload = () => {
    gaps.reload();
    coverage.reload();
  };
  return { count, reload };
}

function CoordinatorRoster() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const params = useParams();
  const tab: Tab = TABS.find((x) => x === params.tab) ?? 'week';
  const roles = useApi('volunteers.roles', { includeInactive: true });
  const gaps = useGapCount();
  const [mailing, setMailing] = useState(false);

  return (
    <>
      {/* The printed wall roster brings its own heading; this one would take a page of its own. */}
      <div className="screen-only">
        <PageHeader
          title={t('roster.title')}
          description={t('roster.intro')}
          actions={
            <Button variant="light" leftSection={<IconMail size={18} aria-hidden />} onClick={() => setMailing(true)}>
              {t('roster.mail.open')}
            </Button>
          }
        />
      </div>
      {mailing && <RosterMailModal onClose={() => setMailing(false)} />}
      {/* The tab is in the address (#/rooster/gaten), so it survives a reload and can be linked; the week chosen stays when switching. keepMounted off: each tab loads fresh. */}
      <Tabs
        value={tab}
        onChange={(v) => v && void navigate({ pathname: v === 'week' ? '/rooster' : `/rooster/${v}`, search })}
        keepMounted={false}
      >
        <Tabs.List mb="lg" className="no-print">
          <Tabs.Tab value="week" leftSection={<IconCalendarWeek size={18} aria-hidden />}>
            {t('roster.tabs.week')}
          </Tabs.Tab>
          <Tabs.Tab
            value="gaten"
            leftSection={<IconAlertTriangle size={18} aria-hidden />}
            rightSection={
              gaps.count ? (
                <Badge size="sm" color="red.9" variant="filled">
                  {gaps.count}
                </Badge>
              ) : null
            }
          >
            {t('roster.tabs.gaps')}
          </Tabs.Tab>
          <Tabs.Tab value="sjablonen" leftSection={<IconCalendarRepeat size={18} aria-hidden />}>
            {t('roster.tabs.templates')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="week">
          <QueryState query={roles}>{(r) => <WeekView roles={r} onChanged={gaps.reload} />}</QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="gaten">
          <GapsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="sjablonen">
          <QueryState query={roles}>{(r) => <TemplatesPanel roles={r} onShiftsChanged={gaps.reload} />}</QueryState>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** #/rooster: the week, the gaps and the templates for the coordinator; today's duty for the balie. */
export function RosterPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  if (user.role === 'balie') {
    return (
      <>
        <PageHeader title={t('roster.today.title')} description={t('roster.today.intro')} />
        <TodayRoster />
      </>
    );
  }
  return <CoordinatorRoster />;
}
