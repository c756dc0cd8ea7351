import { Anchor, Badge, Group } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { PlainText } from '../../../components/PlainText';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import { StatusBadge } from '../shared/StatusBadge';
import type { Volunteer } from '../shared/types';

/** How to reach someone and what they do: what the coordinator looks up before phoning. */
export function ContactCard({ volunteer: v }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={t('volunteers.profile.contact')} icon={<IconAddressBook size={22} aria-hidden />}>
      <InfoList
        items={[
          {
            label: t('volunteers.fields.phone'),
            value: v.phone && <Anchor href={`tel:${v.phone.replace(/[^\d+]/g, '')}`}>{v.phone}</Anchor>,
          },
          {
            label: t('volunteers.fields.email'),
            value: v.email && <Anchor href={`mailto:${v.email}`}>{v.email}</Anchor>,
          },
          { label: t('volunteers.fields.status'), value: <StatusBadge status={v.status} /> },
          {
            label: t('volunteers.fields.roles'),
            value: v.roleNames.length ? (
              <Group gap={4}>
                {v.roleNames.map((r) => (
                  <Badge key={r} variant="default">
                    {r}
                  </Badge>
                ))}
              </Group>
            ) : (
              ''
            ),
          },
          { label: t('volunteers.fields.languages'), value: v.languages.join(', ') },
          { label: t('volunteers.fields.startDate'), value: f.date(v.startDate) },
          {
            label: t('volunteers.fields.tegenprestatie'),
            value: v.tegenprestatie
              ? t('volunteers.profile.hoursPerWeek', { hours: v.tegenprestatieHours })
              : t('volunteers.profile.no'),
          },
          {
            label: t('volunteers.profile.consent'),
            value: v.consentOn
              ? t('volunteers.profile.consentGiven', { date: f.date(v.consentOn), purpose: v.consentPurpose })
              : t('volunteers.profile.noConsent'),
          },
          { label: t('volunteers.fields.notes'), value: v.notes && <PlainText text={v.notes} /> },
        ]}
      />
    </SectionCard>
  );
}
