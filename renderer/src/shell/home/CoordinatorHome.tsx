import { Grid, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useApi } from '../../hooks/useApi';
import { addDays, todayIso } from '../../format';
import { useMe } from '../../session/SessionContext';
import { DutyCard } from '../../pages/beheer/today/DutyCard';
import { AttentionCard } from '../../pages/beheer/today/AttentionCard';
import { TodayCard } from './TodayCard';
import { RosterGapsCard } from './RosterGapsCard';

/** The coördinator plans two weeks ahead: further out the gaps are still normal. */
const GAP_DAYS = 14;

/**
 * The coördinator's start: today's duty and coverage, the roster's gaps of the coming two weeks and the
 * certificates that lapse. One home: Vandaag is the desk's start and is no longer in this menu.
 */
export function CoordinatorHome() {
  const { t } = useTranslation();
  const { user } = useMe();
  const today = todayIso();
  const dashboard = useApi('dashboard.today', {});
  const gaps = useApi('roster.gaps', { from: today, to: addDays(today, GAP_DAYS - 1) });
  return (
    <>
      <PageHeader title={t('nav.start')} description={t('home.coordinatorGreeting', { name: user.name })} />
      <QueryState query={dashboard}>
        {(d) => (
          <Stack gap="lg">
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <TodayCard day={d.day} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <DutyCard onDuty={d.onDuty} gaps={d.coverageGaps} coverage={d.coverage} showRoster />
              </Grid.Col>
            </Grid>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <QueryState query={gaps}>{(g) => <RosterGapsCard gaps={g} days={GAP_DAYS} />}</QueryState>
              <AttentionCard certificates={d.certificates} applications={null} />
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
