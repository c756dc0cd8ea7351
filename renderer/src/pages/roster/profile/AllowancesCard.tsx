import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconCoin, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import type { AllowancePayment } from '../shared/types';
import { AllowancesOverview } from './AllowancesOverview';
import { PayModal } from './PayModal';

export function AllowancesCard({ volunteerId, name, year }: { volunteerId: number; name: string; year: number }) {
  const { t } = useTranslation();
  const allowances = useApi('allowances.list', { volunteerId, year });
  const [paying, setPaying] = useState(false);
  return (
    <SectionCard
      title={t('volunteerHours.allowances.cardTitle', { year })}
      icon={<IconCoin size={22} aria-hidden />}
      aside={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setPaying(true)}
          disabled={!allowances.data?.limit}
          aria-label={t('volunteerHours.allowances.pay')}
          style={{ flex: 'none' }}
        >
          {t('volunteerHours.allowances.payShort')}
        </Button>
      }
    >
      <QueryState query={allowances}>
        {({ payments, limit }) => (
          <AllowancesOverview payments={payments as AllowancePayment[]} limit={limit} year={year} />
        )}
      </QueryState>
      {paying && (
        <PayModal
          volunteerId={volunteerId}
          name={name}
          limit={allowances.data?.limit ?? null}
          onClose={() => setPaying(false)}
          onSaved={allowances.reload}
        />
      )}
    </SectionCard>
  );
}
