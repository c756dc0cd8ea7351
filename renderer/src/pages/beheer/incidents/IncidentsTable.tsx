import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { IncidentStatusBadge, SeverityBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';

type Incident = Output<'incidents.list'>[number];

function FollowupSummary({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const today = todayIso();
  const open = incident.followups.filter((f) => !f.doneAt);
  const late = open.filter((f) => f.dueDate < today).length;
  if (incident.followups.length === 0)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={4}>
      <Text size="sm">{t('incidents.followupCount', { open: open.length, count: incident.followups.length })}</Text>
      {late > 0 && (
        <Badge color="red" variant="filled" size="sm">
          {t('incidents.lateCount', { count: late })}
        </Badge>
      )}
    </Group>
  );
}

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
        {
          key: 'what',
          header: t('incidents.category'),
          render: (i) => (
            <Stack gap={2}>
              <Text size="sm">{t(`incidents.categories.${i.category}`)}</Text>
              {i.anonymisedAt ? (
                <Badge color="gray" variant="light" size="sm">
                  {t('incidents.anonymised')}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {i.description}
                </Text>
              )}
            </Stack>
          ),
        },
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
          render: (i) => (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconEye size={16} aria-hidden />}
              onClick={() => onOpen(i)}
              aria-label={t('incidents.openOne', {
                when: f.wallClock(i.occurredAt),
                category: t(`incidents.categories.${i.category}`),
              })}
            >
              {t('incidents.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
