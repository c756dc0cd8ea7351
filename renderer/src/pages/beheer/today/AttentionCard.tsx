import { List, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { Dashboard } from './types';

/** For the beheerder and coördinator: certificates that lapse soon, volunteers without a needed VOG, applications waiting. */
export function AttentionCard({
  certificates,
  applications,
}: {
  certificates: Dashboard['certificates'];
  applications: Dashboard['applicationsWaiting'];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const waiting = applications?.reduce((s, a) => s + a.count, 0) ?? 0;
  const links = [
    ...(certificates ? [{ to: '/vrijwilligers', label: t('today.toVolunteers') }] : []),
    ...(applications ? [{ to: '/aanvragen', label: t('today.toApplications') }] : []),
  ];
  const shownCount = (certificates?.expiring.length ?? 0) + (certificates?.missingVog.length ?? 0);
  const nothing = !certificates?.expiring.length && !certificates?.missingVog.length && !waiting;
  return (
    <SectionCard title={t('today.attentionTitle')} icon={<IconBell size={24} aria-hidden />} links={links}>
      {nothing ? (
        <Text>{t(applications ? 'today.attentionNone' : 'today.certificatesNone')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" pl={0}>
          {certificates?.expiring.map((c) => (
            <List.Item key={`c${c.id}`}>
              <Text size="sm">
                {t('today.certificateExpires', {
                  name: c.volunteerName,
                  kind: c.kind.toUpperCase(),
                  date: f.date(c.validUntil!),
                })}
              </Text>
            </List.Item>
          ))}
          {certificates?.missingVog.map((m) => (
            <List.Item key={`v${m.volunteerId}`}>
              <Text size="sm">{t('today.vogMissing', { name: m.volunteerName, roles: m.roles.join(', ') })}</Text>
            </List.Item>
          ))}
          {certificates && certificates.expiringTotal + certificates.missingVogTotal > shownCount && (
            <List.Item>
              <Text size="sm" fw={600}>
                {t('today.attentionMore', {
                  count: certificates.expiringTotal + certificates.missingVogTotal - shownCount,
                })}
              </Text>
            </List.Item>
          )}
          {waiting > 0 && (
            <List.Item>
              <Text size="sm">{t('today.applicationsWaiting', { count: waiting })}</Text>
            </List.Item>
          )}
        </List>
      )}
    </SectionCard>
  );
}
