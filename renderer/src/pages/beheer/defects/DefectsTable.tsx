import type { ReactNode } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { DefectStatusBadge, PriorityBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';

type Defect = Output<'defects.list'>[number];

export function DefectsTable({
  defects,
  onUpdate,
  empty,
}: {
  defects: Defect[];
  onUpdate?: (d: Defect) => void;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('defects.tableLabel')}
      minWidth={960}
      rows={defects}
      rowKey={(d) => d.id}
      empty={empty}
      columns={[
        {
          key: 'title',
          header: t('defects.titleField'),
          render: (d) => (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {d.title}
              </Text>
              {d.description && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {d.description}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          key: 'where',
          header: t('incidents.where'),
          render: (d) =>
            wherePlace(d) || (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
        { key: 'priority', header: t('defects.priority'), render: (d) => <PriorityBadge value={d.priority} /> },
        { key: 'status', header: t('defects.status'), render: (d) => <DefectStatusBadge value={d.status} /> },
        {
          key: 'age',
          header: t('defects.ageColumn'),
          render: (d) =>
            d.resolvedOn ? (
              <Text size="sm">{t('defects.resolvedAfter', { date: f.date(d.resolvedOn), count: d.ageDays })}</Text>
            ) : (
              // Two weeks without a fix is long for a house people use daily: it stands out, in words and weight.
              <Text
                size="sm"
                fw={d.ageDays >= 14 ? 700 : undefined}
                c={d.ageDays >= 14 ? 'red.9' : undefined}
                style={{ whiteSpace: 'nowrap' }}
              >
                {t('defects.age', { count: d.ageDays })}
              </Text>
            ),
        },
        {
          key: 'reported',
          header: t('defects.reported'),
          render: (d) => (
            <Stack gap={0}>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {f.date(d.reportedOn)}
              </Text>
              <Text size="xs" c="dimmed">
                {d.reportedBy}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'passed',
          header: t('defects.reportedTo'),
          render: (d) =>
            d.reportedTo || d.passedOn ? (
              <Stack gap={0}>
                <Text size="sm">{d.reportedTo || '—'}</Text>
                {d.passedOn && (
                  <Text size="xs" c="dimmed">
                    {f.date(d.passedOn)}
                  </Text>
                )}
              </Stack>
            ) : (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
        ...(onUpdate
          ? [
              {
                key: 'actions',
                header: t('common.actions'),
                screenOnly: true,
                render: (d: Defect) => (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPencil size={16} aria-hidden />}
                    onClick={() => onUpdate(d)}
                    aria-label={t('defects.updateOne', { title: d.title })}
                  >
                    {t('defects.update')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
