import { Anchor, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import { AllowanceMeter } from '../shared/AllowanceMeter';
import { hoursOf } from '../shared/hours';
import { TegenprestatieProgress } from '../shared/TegenprestatieProgress';

export type Overview = Output<'roster.hoursOverview'>;

/** Every volunteer of the year: hours, tegenprestatie against its goal, allowances against the maximum. */
export function HoursTable({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <DataTable
      label={t('volunteerHours.tableLabel')}
      minWidth={820}
      rows={overview.rows}
      rowKey={(r) => r.volunteerId}
      empty={<EmptyMessage icon={<IconHourglass aria-hidden />} title={t('volunteerHours.empty')} />}
      rowProps={(r) => (r.overLimit ? { style: { background: 'var(--mantine-color-red-0)' } } : {})}
      columns={[
        {
          key: 'name',
          header: t('volunteers.fields.name'),
          render: (r) => (
            <Anchor component={Link} to={`/vrijwilligers/${r.volunteerId}`} fw={600} size="sm">
              {r.name}
            </Anchor>
          ),
        },
        {
          key: 'hours',
          header: t('volunteerHours.hours'),
          numeric: true,
          render: (r) => hoursOf(r.totalMinutes, locale),
        },
        {
          key: 'tegenprestatie',
          header: t('volunteers.fields.tegenprestatie'),
          render: (r) =>
            r.tegenprestatie ? (
              <TegenprestatieProgress value={r.tegenprestatie} compact />
            ) : (
              <Text span c="dimmed" size="sm">
                —
              </Text>
            ),
        },
        {
          key: 'allowance',
          header: t('volunteerHours.allowances.title'),
          render: (r) => <AllowanceMeter paidCents={r.allowanceCents} limit={overview.limit} compact />,
        },
      ]}
    />
  );
}
