import { SimpleGrid } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import { useApi } from '../../hooks/useApi';
import { addDays, todayIso } from '../../format';
import { WeekList } from './WeekList';
import { UpcomingList } from './UpcomingList';

const UPCOMING_DAYS = 60;

/** The coming days' hours, and the closures and holidays ahead: on Start, and at the foot of Vandaag. */
export function HouseOutlook() {
  const today = todayIso();
  const until = addDays(today, UPCOMING_DAYS);
  const year = Number(today.slice(0, 4));
  const crossesYear = until.slice(0, 4) !== today.slice(0, 4);

  const days = useApi('calendar.days', { date: today, days: 7 });
  const building = useApi('building.get', {});
  const closures = useApi('closures.list', { from: today, to: until });
  const holidays = useApi('calendar.holidays', { year });
  const nextHolidays = useApi('calendar.holidays', { year: year + 1 }, { enabled: crossesYear });

  const upcomingHolidays = [...(holidays.data ?? []), ...(crossesYear ? (nextHolidays.data ?? []) : [])].filter(
    (h) => h.date >= today && h.date <= until,
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <QueryState query={days}>{(d) => <WeekList days={d} />}</QueryState>
      <QueryState query={closures}>
        {(c) => (
          <UpcomingList
            closures={c}
            holidays={upcomingHolidays}
            closedOnHolidays={building.data?.closedOnHolidays ?? false}
            days={UPCOMING_DAYS}
          />
        )}
      </QueryState>
    </SimpleGrid>
  );
}
