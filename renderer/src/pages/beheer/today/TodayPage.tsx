import { useEffect } from 'react';
import { Grid, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { TodayCard } from '../../../shell/home/TodayCard';
import { HouseOutlook } from '../../../shell/home/HouseOutlook';
import { HandoverNotes } from '../shared/HandoverNotes';
import { ChecklistStatusCard } from './ChecklistStatusCard';
import { BookingsCard } from './BookingsCard';
import { IncidentsCard } from './IncidentsCard';
import { DefectsCard } from './DefectsCard';
import { OptionsCard } from './OptionsCard';
import { DutyCard } from './DutyCard';
import { AttentionCard } from './AttentionCard';
import { FirstStepsCard } from './FirstStepsCard';

/** A desk screen stays open all day: reload now and then so "opening missing" and the next booking stay true. */
const REFRESH_MS = 5 * 60_000;

/** Vandaag: the start of every shift. Every part links to the screen where it is handled. */
export function TodayPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const dashboard = useApi('dashboard.today', {});
  const { reload } = dashboard;
  const writer = user.role === 'beheerder' || user.role === 'balie';

  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  return (
    <>
      <PageHeader title={t('today.title')} description={t('today.greeting', { name: user.name })} />
      <Stack gap="lg">
        <QueryState query={dashboard}>
          {(d) => (
            <Stack gap="lg">
              {d.firstSteps && <FirstStepsCard steps={d.firstSteps} />}
              <HandoverNotes notes={d.handovers} onRead={reload} toLogbook />
              <Grid gap="lg">
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <TodayCard day={d.day} title={t('today.houseTitle')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <ChecklistStatusCard checklists={d.checklists} canRecord={writer} />
                </Grid.Col>
              </Grid>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                <BookingsCard
                  bookings={d.bookingsToday}
                  next={d.nextBooking}
                  today={d.now.slice(0, 10)}
                  showAgenda={user.role !== 'balie'}
                />
                <IncidentsCard incidents={d.incidents} />
                <DefectsCard defects={d.defects} />
                {/* The core gives the desk no options (prices and renters' plans are not theirs to chase). */}
                {user.role !== 'balie' && <OptionsCard options={d.expiringOptions} />}
                <DutyCard
                  onDuty={d.onDuty}
                  gaps={d.coverageGaps}
                  coverage={d.coverage}
                  showRoster={user.role !== 'balie'}
                />
                {(d.certificates || d.applicationsWaiting) && (
                  <AttentionCard certificates={d.certificates} applications={d.applicationsWaiting} />
                )}
              </SimpleGrid>
            </Stack>
          )}
        </QueryState>
        {/* Start used to show this; beheerder and balie now start here. Outside the dashboard's QueryState so its
          calls go out with the dashboard's instead of after it. */}
        {writer && <HouseOutlook />}
      </Stack>
    </>
  );
}
