import { useState } from 'react';
import { Anchor, Button, List, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { EXPIRY_WINDOW_DAYS } from '../shared/certificates';

type Alerts = Output<'volunteers.certificateAlerts'>;

/** A ten-year house has hundreds of alerts: the soonest first, the rest on request. */
const FIRST_SHOWN = 8;

/** What the coordinator must arrange soon: courses to renew, VOGs to ask for before someone may work with children. */
export function AlertsPanel({ alerts }: { alerts: Alerts }) {
  const { t } = useTranslation();
  const f = useFormat();
  const today = todayIso();
  const count = alerts.expiring.length + alerts.missingVog.length;
  const [all, setAll] = useState(false);
  const limit = all ? Infinity : FIRST_SHOWN;
  const expiring = [...alerts.expiring].sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? ''));
  const hidden = Math.max(0, expiring.length - limit) + Math.max(0, alerts.missingVog.length - limit);
  const person = (id: number, name: string) => (
    <Anchor component={Link} to={`/vrijwilligers/${id}`} fw={600} size="sm">
      {name}
    </Anchor>
  );
  return (
    <SectionCard title={t('volunteers.alerts.title')} icon={<IconCertificate size={22} aria-hidden />}>
      {count === 0 ? (
        <Text c="dimmed">{t('volunteers.alerts.none', { days: EXPIRY_WINDOW_DAYS })}</Text>
      ) : (
        <Stack gap="sm">
          {alerts.expiring.length > 0 && (
            <div>
              <Text fw={600} size="sm" mb={4}>
                {t('volunteers.alerts.expiring', { days: EXPIRY_WINDOW_DAYS })}
              </Text>
              <List size="sm" spacing={4}>
                {expiring.slice(0, limit).map((c) => (
                  <List.Item key={c.id}>
                    {person(c.volunteerId, c.volunteerName)}
                    {': '}
                    {t(`volunteers.certificates.kinds.${c.kind}`)}{' '}
                    {c.validUntil && c.validUntil < today
                      ? t('volunteers.alerts.expiredOn', { date: f.date(c.validUntil) })
                      : t('volunteers.alerts.expiresOn', { date: f.date(c.validUntil ?? today) })}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {alerts.missingVog.length > 0 && (
            <div>
              <Text fw={600} size="sm" mb={4}>
                {t('volunteers.alerts.missingVog')}
              </Text>
              <List size="sm" spacing={4}>
                {alerts.missingVog.slice(0, limit).map((m) => (
                  <List.Item key={m.volunteerId}>
                    {person(m.volunteerId, m.volunteerName)}
                    {': '}
                    {t('volunteers.alerts.needsVogFor', { roles: m.roles.join(', ') })}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {hidden > 0 && (
            <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)} style={{ alignSelf: 'flex-start' }}>
              {t('volunteers.alerts.showAll', { count })}
            </Button>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
