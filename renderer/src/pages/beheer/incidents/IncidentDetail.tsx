import { Alert, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { InfoList } from '../../../components/InfoList';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { IncidentStatusBadge, SeverityBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';
import { AddFollowupForm } from './AddFollowupForm';
import { FollowupList } from './FollowupList';
import { StatusForm } from './StatusForm';

type Incident = Output<'incidents.get'>;

/**
 * One incident: what was recorded, its handling and its follow-ups. An anonymised incident keeps
 * only what the figures need and cannot be changed any more, so it gets no forms.
 */
export function IncidentDetail({ incident, onChanged }: { incident: Incident; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useMe();
  const writer = (user.role === 'beheerder' || user.role === 'balie') && !incident.anonymisedAt;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <SeverityBadge value={incident.severity} />
        <IncidentStatusBadge value={incident.status} />
      </Group>
      {incident.anonymisedAt && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconEraser aria-hidden />}
          title={t('incidents.anonymised')}
          role="note"
        >
          {t('incidents.anonymisedHelp', { date: f.date(incident.anonymisedAt.slice(0, 10)) })}
        </Alert>
      )}
      <InfoList
        items={[
          { label: t('incidents.when'), value: f.wallClock(incident.occurredAt) },
          { label: t('incidents.where'), value: wherePlace(incident) },
          { label: t('incidents.category'), value: t(`incidents.categories.${incident.category}`) },
          // After anonymisation the texts are the core's placeholder; the alert above already says so.
          ...(incident.anonymisedAt
            ? []
            : [
                {
                  label: t('incidents.description'),
                  value: <Text style={{ whiteSpace: 'pre-line' }}>{incident.description}</Text>,
                },
                ...(writer
                  ? []
                  : [
                      {
                        label: t('incidents.actionTaken'),
                        value: <Text style={{ whiteSpace: 'pre-line' }}>{incident.actionTaken}</Text>,
                      },
                    ]),
              ]),
          {
            label: t('incidents.services'),
            value: incident.servicesCalled
              ? t('incidents.servicesYes', { reference: incident.servicesReference || '—' })
              : t('incidents.servicesNo'),
          },
          ...(incident.anonymisedAt ? [] : [{ label: t('incidents.reportedBy'), value: incident.reportedByName }]),
        ]}
      />
      {writer && (
        <>
          <Divider />
          <Title order={3} size="h4">
            {t('incidents.handling')}
          </Title>
          <StatusForm key={incident.id} incident={incident} onSaved={onChanged} />
        </>
      )}
      <Divider />
      <Title order={3} size="h4">
        {t('incidents.followups')}
      </Title>
      <FollowupList followups={incident.followups} canTick={writer} onChanged={onChanged} />
      {writer && <AddFollowupForm incidentId={incident.id} onAdded={onChanged} />}
    </Stack>
  );
}
