import type { ReactNode } from 'react';
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import type { Tariff, Validity } from './tariffForm';

const VALIDITY_COLOR: Record<Validity, string> = { current: 'green', future: 'blue', past: 'gray' };

/** The rates of one category, the one in force marked, so nobody has to work out which date wins. */
export function TariffsTable({
  label,
  tariffs,
  validity,
  actions,
}: {
  label: string;
  tariffs: Tariff[];
  validity: Map<number, Validity>;
  actions?: (t: Tariff) => ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: Column<Tariff>[] = [
    {
      key: 'room',
      header: t('tariffs.room'),
      render: (x) => (
        <Text fw={600} size="sm">
          {x.roomName ?? t('tariffs.allRooms')}
        </Text>
      ),
    },
    {
      key: 'validFrom',
      header: t('tariffs.validFrom'),
      render: (x) => {
        const v = validity.get(x.id) ?? 'past';
        return (
          <div>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {f.date(x.validFrom)}
            </Text>
            <Badge size="sm" variant="light" color={VALIDITY_COLOR[v]}>
              {t(`tariffs.validity.${v}`)}
            </Badge>
          </div>
        );
      },
    },
    { key: 'hourly', header: t('tariffs.hourly'), numeric: true, render: (x) => f.money(x.hourlyCents) },
    {
      key: 'daypart',
      header: t('tariffs.daypart'),
      numeric: true,
      render: (x) =>
        x.daypartCents === null ? (
          <Text span c="dimmed">
            —
          </Text>
        ) : (
          f.money(x.daypartCents)
        ),
    },
    {
      key: 'vat',
      header: t('tariffs.vat'),
      numeric: true,
      render: (x) => t('tariffs.vatPercent', { percent: x.vatPercent }),
    },
  ];
  if (actions) columns.push({ key: 'actions', header: t('common.actions'), screenOnly: true, render: actions });
  return (
    <DataTable
      label={label}
      minWidth={620}
      rows={tariffs}
      rowKey={(x) => x.id}
      columns={columns}
      // Rates that no longer apply stay for the record but step back visually.
      rowProps={(x) => (validity.get(x.id) === 'past' ? { style: { opacity: 0.75 } } : {})}
    />
  );
}
