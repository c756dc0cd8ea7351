import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { DefectStatusBadge, PriorityBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';
import {
  DefectAgeCell,
  DefectPassedCell,
  DefectReportedCell,
  DefectTitleCell,
  DefectUpdateButton,
} from './DefectCells';

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
  return (
    <DataTable
      label={t('defects.tableLabel')}
      minWidth={960}
      rows={defects}
      rowKey={(d) => d.id}
      empty={empty}
      columns={[
        { key: 'title', header: t('defects.titleField'), render: (d) => <DefectTitleCell defect={d} /> },
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
        { key: 'age', header: t('defects.ageColumn'), render: (d) => <DefectAgeCell defect={d} /> },
        { key: 'reported', header: t('defects.reported'), render: (d) => <DefectReportedCell defect={d} /> },
        { key: 'passed', header: t('defects.reportedTo'), render: (d) => <DefectPassedCell defect={d} /> },
        ...(onUpdate
          ? [
              {
                key: 'actions',
                header: t('common.actions'),
                screenOnly: true,
                render: (d: Defect) => <DefectUpdateButton defect={d} onUpdate={onUpdate} />,
              },
            ]
          : []),
      ]}
    />
  );
}
