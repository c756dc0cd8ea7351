import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';

type Incident = Output<'incidents.list'>[number];

/** What happened: the category, and the description until the incident is anonymised. */
export function IncidentSummary({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  return (
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
  );
}

export function FollowupSummary({ incident }: { incident: Incident }) {
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

export function OpenIncidentButton({ incident: i, onOpen }: { incident: Incident; onOpen: (i: Incident) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
  );
}
