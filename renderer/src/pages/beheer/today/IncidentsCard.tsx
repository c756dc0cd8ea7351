import { Alert, Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUrgent } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import { SeverityBadge, IncidentStatusBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';
import type { Dashboard } from './types';

export function IncidentsCard({ incidents }: { incidents: Dashboard['incidents'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard
      title={t('today.incidentsTitle')}
      icon={<IconUrgent size={24} aria-hidden />}
      aside={
        <Badge variant="light" size="lg" color={incidents.open ? 'red' : 'green'}>
          {incidents.open}
        </Badge>
      }
      links={[{ to: '/incidenten', label: t('today.toIncidents') }]}
    >
      {incidents.open === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-green-8)" aria-hidden />
          <Text>{t('today.noIncidents')}</Text>
        </Group>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('today.openIncidents', { count: incidents.open })}
          </Text>
          <List spacing="xs" listStyleType="none" pl={0}>
            {incidents.latest.map((i) => (
              <List.Item key={i.id}>
                <Group gap={6}>
                  <Anchor component={Link} to={`/incidenten/${i.id}`} fw={600} size="sm">
                    {f.wallClock(i.occurredAt)} · {t(`incidents.categories.${i.category}`)}
                  </Anchor>
                  <SeverityBadge value={i.severity} />
                  <IncidentStatusBadge value={i.status} />
                  {wherePlace(i) && (
                    <Text size="sm" c="dimmed">
                      {wherePlace(i)}
                    </Text>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
          {incidents.overdueFollowups.length > 0 && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('today.overdue', { count: incidents.overdueFollowups.length })}
            >
              <List spacing={4} size="sm">
                {incidents.overdueFollowups.map((fu) => (
                  <List.Item key={fu.id}>
                    <Anchor component={Link} to={`/incidenten/${fu.incidentId}`} size="sm" c="red.9">
                      {t('today.overdueLine', { action: fu.action, owner: fu.owner, date: f.date(fu.dueDate) })}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
