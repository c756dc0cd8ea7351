import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { Volunteer } from '../shared/types';

/** Address, date of birth and emergency contact: only ever shown when the core sent them (coördinator and beheerder). */
export function PersonalCard({ personal }: { personal: NonNullable<Volunteer['personal']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={t('volunteers.sections.personal')} icon={<IconLock size={22} aria-hidden />}>
      <InfoList
        items={[
          {
            label: t('volunteers.fields.dateOfBirth'),
            value: personal.dateOfBirth ? f.date(personal.dateOfBirth) : '',
          },
          {
            label: t('volunteers.fields.address'),
            value: personal.address && <span style={{ whiteSpace: 'pre-line' }}>{personal.address}</span>,
          },
          { label: t('volunteers.fields.emergencyContact'), value: personal.emergencyContact },
        ]}
      />
    </SectionCard>
  );
}
