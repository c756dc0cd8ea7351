import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { formatHours, formatPercent } from './numbers';
import { periodLabel } from './periodLabel';
import type { Granularity, Occupancy } from './reportTypes';

type Row = Occupancy['rows'][number];
type Cell = Row['cells'][number];

/** Below 25 % a room is underused, above 75 % it is nearly full: colours the eye can scan across a row. */
const colorOf = (percent: number) => (percent >= 75 ? 'orange' : percent >= 25 ? 'wijk' : 'gray');

export function totalOf(row: Row): Cell {
  const booked = row.cells.reduce((s, c) => s + c.bookedHours, 0);
  const open = row.cells.reduce((s, c) => s + c.openHours, 0);
  return {
    bookedHours: Math.round(booked * 10) / 10,
    openHours: Math.round(open * 10) / 10,
    percent: open ? Math.round((1000 * Math.min(booked, open)) / open) / 10 : 0,
  };
}

function CellView({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  if (cell.openHours === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.closedPeriod')}
      </Text>
    );
  }
  return (
    <div style={{ minWidth: 110 }}>
      <Text size="sm" fw={700}>
        {formatPercent(cell.percent, locale)}
      </Text>
      {/* The percentage is the information; the bar only helps the eye, so screen readers skip it. */}
      <div aria-hidden>
        <Progress value={cell.percent} color={colorOf(cell.percent)} size="sm" my={4} />
      </div>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('reports.hoursOf', {
          booked: formatHours(cell.bookedHours, locale),
          open: formatHours(cell.openHours, locale),
        })}
      </Text>
    </div>
  );
}

/** Rooms down, periods across, with a total per room at the end. */
export function OccupancyTable({ report, granularity }: { report: Occupancy; granularity: Granularity }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: Column<Row>[] = [
    {
      key: 'room',
      header: t('reports.room'),
      render: (r) => (
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {r.roomName}
        </Text>
      ),
    },
    ...report.periods.map((p, i) => ({
      key: `p${i}`,
      header: (
        <span title={f.dateRange(p.from, p.to)} style={{ whiteSpace: 'nowrap' }}>
          {periodLabel(p, granularity, f.locale, t)}
        </span>
      ),
      render: (r: Row) => <CellView cell={r.cells[i]!} />,
    })),
  ];
  if (report.periods.length > 1)
    columns.push({ key: 'total', header: t('reports.total'), render: (r) => <CellView cell={totalOf(r)} /> });
  return (
    <DataTable
      label={t('reports.occupancyTitle')}
      minWidth={200 + 140 * columns.length}
      rows={report.rows}
      rowKey={(r) => r.roomId}
      columns={columns}
    />
  );
}
