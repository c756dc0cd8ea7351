import { Grid, Stack } from '@mantine/core';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useApi } from '../../hooks/useApi';
import { todayIso } from '../../format';
import { useMe } from '../../session/SessionContext';
import { TodayCard } from './TodayCard';
import { RoomsCard } from './RoomsCard';
import { HouseOutlook } from './HouseOutlook';
import { CoordinatorHome } from './CoordinatorHome';
import { CommitteeHome } from './CommitteeHome';

/**
 * Start: one home per role. Beheerder and balie start their shift on Vandaag; the coördinator gets
 * duty, roster gaps and certificates, the committee member the next meeting and their declarations.
 * The building overview stays for any role without a home of its own.
 */
export function HomePage() {
  const { user } = useMe();
  if (user.role === 'beheerder' || user.role === 'balie') return <Navigate to="/vandaag" replace />;
  if (user.role === 'coordinator') return <CoordinatorHome />;
  if (user.role === 'commissie') return <CommitteeHome />;
  return <HomeOverview />;
}

function HomeOverview() {
  const { t } = useTranslation();
  const { user } = useMe();
  const days = useApi('calendar.days', { date: todayIso(), days: 1 });
  const rooms = useApi('rooms.list', {});

  return (
    <>
      <PageHeader title={t('nav.start')} description={t('home.greeting', { name: user.name })} />
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <QueryState query={days}>{(d) => d[0] && <TodayCard day={d[0]} />}</QueryState>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <QueryState query={rooms}>{(r) => <RoomsCard count={r.length} />}</QueryState>
          </Grid.Col>
        </Grid>
        <HouseOutlook />
      </Stack>
    </>
  );
}
