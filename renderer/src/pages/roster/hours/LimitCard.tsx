import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconCoin, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { AllowanceLimit } from '../shared/types';
import { LimitModal } from './LimitModal';

/** The year's maximum on view for everyone who pays allowances; only the beheerder sets it (the core says so too). */
export function LimitCard({
  year,
  limit,
  canSet,
  onSaved,
}: {
  year: number;
  limit: AllowanceLimit | null;
  canSet: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <SectionCard
      title={t('volunteerHours.limit.cardTitle', { year })}
      icon={<IconCoin size={22} aria-hidden />}
      aside={
        canSet && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setOpen(true)}
            aria-label={limit ? t('volunteerHours.limit.change') : t('volunteerHours.limit.set')}
            style={{ flex: 'none' }}
          >
            {limit ? t('volunteerHours.limit.changeShort') : t('volunteerHours.limit.setShort')}
          </Button>
        )
      }
    >
      {limit ? (
        <InfoList
          items={[
            { label: t('volunteerHours.limit.yearly'), value: f.money(limit.yearlyCents) },
            { label: t('volunteerHours.limit.monthly'), value: f.money(limit.monthlyCents) },
          ]}
        />
      ) : (
        <Text size="sm">
          {canSet ? t('volunteerHours.limit.notSetYou', { year }) : t('volunteerHours.limit.notSet', { year })}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {t('volunteerHours.limit.belastingdienst')}
      </Text>
      {open && <LimitModal year={year} limit={limit} onClose={() => setOpen(false)} onSaved={onSaved} />}
    </SectionCard>
  );
}
