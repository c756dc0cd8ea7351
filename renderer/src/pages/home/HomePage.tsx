import { Grid, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useApi } from '../../hooks/useApi';
import { addDays, todayIso } from '../../format';
import { useMe } from '../../session/SessionContext';
import { TodayCard } from './TodayCard';
import { WeekList } from './WeekList';
import { UpcomingList } from './UpcomingList';
import { RoomsCard } from './RoomsCard';

const UPCOMING_DAYS = 60;

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const today = todayIso();
  const until = addDays(today, UPCOMING_DAYS);
  const year = Number(today.slice(0, 4));
  const crossesYear = until.slice(0, 4) !== today.slice(0, 4);

  const days = useApi('calendar.days', { date: today, days: 7 });
  const building = useApi('building.get', {});
  const closures = useApi('closures.list', { from: today, to: until });
  const holidays = useApi('calendar.holidays', { year });
  const nextHolidays = useApi('calendar.holidays', { year: year + 1 }, { enabled: crossesYear });
  const rooms = useApi('rooms.list', {});

  const upcomingHolidays = [...(holidays.data ?? []), ...(crossesYear ? (nextHolidays.data ?? []) : [])].filter((h) => h.date >= today && h.date <= until);

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
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <QueryState query={days}>{(d) => <WeekList days={d} />}</QueryState>
          <QueryState query={closures}>
            {(c) => <UpcomingList closures={c} holidays={upcomingHolidays} closedOnHolidays={building.data?.closedOnHolidays ?? false} days={UPCOMING_DAYS} />}
          </QueryState>
        </SimpleGrid>
      </Stack>
    </>
  );
}
