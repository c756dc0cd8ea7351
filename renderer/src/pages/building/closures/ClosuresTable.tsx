import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable, type Column } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';

type Closure = Output<'closures.list'>[number];

function daysIn(c: Closure): number {
  return Math.round((Date.parse(c.endDate) - Date.parse(c.startDate)) / 86_400_000) + 1;
}

/** The closures as a table; the editing screen adds its action column, print and read-only views do not. */
export function ClosuresTable({
  closures,
  actions,
  empty,
}: {
  closures: Closure[];
  actions?: (c: Closure) => ReactNode;
  empty?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: Column<Closure>[] = [
    {
      key: 'period',
      header: t('closures.period'),
      render: (c) => (
        <Text fw={600} size="sm">
          {f.dateRange(c.startDate, c.endDate)}
        </Text>
      ),
    },
    { key: 'days', header: t('closures.days'), numeric: true, render: (c) => daysIn(c) },
    { key: 'reason', header: t('closures.reason'), render: (c) => c.reason },
  ];
  if (actions) columns.push({ key: 'actions', header: t('common.actions'), screenOnly: true, render: actions });
  return (
    <DataTable
      label={t('closures.title')}
      columns={columns}
      rows={closures}
      rowKey={(c) => c.id}
      empty={empty ?? <Text c="dimmed">{t('closures.none')}</Text>}
    />
  );
}
