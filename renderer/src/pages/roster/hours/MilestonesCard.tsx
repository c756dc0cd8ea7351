import { Anchor, List, Text } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';

/** Who to thank at the yearly volunteers' evening: years of service and hours reached this year. */
export function MilestonesCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const milestones = useApi('volunteers.milestones', { year });
  return (
    <SectionCard title={t('volunteerHours.milestones.title', { year })} icon={<IconAward size={22} aria-hidden />}>
      <QueryState query={milestones}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('volunteerHours.milestones.none')}
            </Text>
          ) : (
            <List spacing="xs" size="sm">
              {list.map((m) => (
                <List.Item key={`${m.volunteerId}-${m.kind}`}>
                  <Anchor component={Link} to={`/vrijwilligers/${m.volunteerId}`} fw={600} size="sm">
                    {m.name}
                  </Anchor>
                  {': '}
                  {m.kind === 'jubileum'
                    ? t('volunteerHours.milestones.years', { count: m.value, date: m.date ? f.date(m.date) : '' })
                    : t('volunteerHours.milestones.hours', { hours: m.value })}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
