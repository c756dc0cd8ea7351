import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { IncidentStatusBadge, SeverityBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';
import { FollowupSummary, IncidentSummary, OpenIncidentButton } from './IncidentCells';

type Incident = Output<'incidents.list'>[number];

export function IncidentsTable({
  incidents,
  onOpen,
  empty,
}: {
  incidents: Incident[];
  onOpen: (i: Incident) => void;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('incidents.tableLabel')}
      minWidth={900}
      rows={incidents}
      rowKey={(i) => i.id}
      empty={empty}
      columns={[
        {
          key: 'when',
          header: t('incidents.when'),
          render: (i) => (
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {f.wallClock(i.occurredAt)}
            </Text>
          ),
        },
        { key: 'what', header: t('incidents.category'), render: (i) => <IncidentSummary incident={i} /> },
        { key: 'severity', header: t('incidents.severity'), render: (i) => <SeverityBadge value={i.severity} /> },
        {
          key: 'where',
          header: t('incidents.where'),
          render: (i) =>
            wherePlace(i) || (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
        { key: 'status', header: t('incidents.status'), render: (i) => <IncidentStatusBadge value={i.status} /> },
        { key: 'followups', header: t('incidents.followups'), render: (i) => <FollowupSummary incident={i} /> },
        {
          key: 'open',
          header: t('common.actions'),
          screenOnly: true,
          render: (i) => <OpenIncidentButton incident={i} onOpen={onOpen} />,
        },
      ]}
    />
  );
}
