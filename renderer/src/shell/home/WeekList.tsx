import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatInterval } from '../../format';
import { useFormat } from '../../hooks/useFormat';

type Day = Output<'calendar.days'>[number];

export function WeekList({ days }: { days: Day[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="week-title">
      <Title order={2} size="h3" id="week-title" mb="sm">
        {t('home.nextDays', { count: days.length })}
      </Title>
      <DataTable
        label={t('home.nextDays', { count: days.length })}
        minWidth={420}
        rows={days}
        rowKey={(d) => d.date}
        columns={[
          {
            key: 'date',
            header: t('home.day'),
            render: (d) => (
              <Text fw={600} size="sm">
                {f.date(d.date)}
              </Text>
            ),
          },
          {
            key: 'open',
            header: t('home.open'),
            render: (d) =>
              d.closedBecause ? (
                <Text c="red.9" size="sm">
                  {t('home.closedBecause', { reason: d.closedBecause })}
                </Text>
              ) : d.open.length ? (
                d.open.map(formatInterval).join(', ')
              ) : (
                <Text c="dimmed" size="sm">
                  {t('home.closed')}
                </Text>
              ),
          },
          {
            key: 'beheerder',
            header: t('home.beheerder'),
            render: (d) =>
              d.beheerder.length ? (
                d.beheerder.map(formatInterval).join(', ')
              ) : (
                <Text c="dimmed" size="sm">
                  —
                </Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
