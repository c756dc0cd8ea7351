import { Anchor, Badge, Text } from '@mantine/core';
import { IconCalendarUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { SectionCard } from '../../../components/SectionCard';
import { mondayOf } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { timeRange } from '../shared/time';
import type { Shift } from '../shared/types';

/** Enough to answer "when am I on again?" on the phone; the rest is one click away in the roster. */
const SHOWN = 8;

/** The coming shifts of this person, each a link to the shift in the roster. */
export function UpcomingCard({ volunteerId, shifts }: { volunteerId: number; shifts: readonly Shift[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const mine = (s: Shift) => s.assignments.find((a) => a.volunteerId === volunteerId);
  const more = shifts.length - SHOWN;
  return (
    <SectionCard
      title={t('volunteers.profile.upcoming')}
      icon={<IconCalendarUser size={22} aria-hidden />}
      links={[{ to: `/rooster?vrijwilliger=${volunteerId}`, label: t('volunteers.profile.inRoster') }]}
    >
      <DataTable
        label={t('volunteers.profile.upcoming')}
        minWidth={420}
        rows={shifts.slice(0, SHOWN)}
        rowKey={(s) => s.id}
        empty={
          <Text c="dimmed" size="sm">
            {t('volunteers.profile.noUpcoming')}
          </Text>
        }
        columns={[
          {
            key: 'when',
            header: t('roster.date'),
            render: (s) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {f.date(s.date)}
                <Text span display="block" size="xs" c="dimmed">
                  {timeRange(s)}
                </Text>
              </span>
            ),
          },
          {
            key: 'shift',
            header: t('roster.shift'),
            render: (s) => (
              <Anchor component={Link} to={`/rooster?week=${mondayOf(s.date)}&dienst=${s.id}`} size="sm">
                {s.title}
              </Anchor>
            ),
          },
          {
            key: 'role',
            header: t('volunteers.role'),
            render: (s) => {
              const a = mine(s);
              return (
                <>
                  {a?.roleName}
                  {a?.status === 'wachtlijst' && (
                    <Badge ml={6} size="sm" variant="light" color="gray">
                      {t('roster.waitlist')}
                    </Badge>
                  )}
                </>
              );
            },
          },
        ]}
      />
      {more > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('volunteers.profile.moreUpcoming', { count: more })}
        </Text>
      )}
    </SectionCard>
  );
}
