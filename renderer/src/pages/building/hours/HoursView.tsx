import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { formatInterval } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Both weekly schedules side by side, one row per weekday (Monday first). */
export function HoursView({ hours }: { hours: Output<'hours.get'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const on = (list: { weekday: number; start: string; end: string }[], weekday: number, none: string) => {
    const day = list.filter((i) => i.weekday === weekday);
    return day.length ? (
      day.map(formatInterval).join(', ')
    ) : (
      <Text span c="dimmed" size="sm">
        {none}
      </Text>
    );
  };
  return (
    <DataTable
      label={t('building.tabHours')}
      minWidth={420}
      rows={WEEKDAYS}
      rowKey={(d) => d}
      columns={[
        {
          key: 'day',
          header: t('hours.day'),
          render: (d) => (
            <Text fw={600} size="sm" tt="capitalize">
              {f.weekday(d)}
            </Text>
          ),
        },
        { key: 'open', header: t('hours.open.title'), render: (d) => on(hours.open, d, t('hours.open.none')) },
        {
          key: 'beheerder',
          header: t('hours.beheerder.title'),
          render: (d) => on(hours.beheerder, d, t('hours.beheerder.none')),
        },
      ]}
    />
  );
}
