import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconCoin, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { AllowanceMeter } from '../shared/AllowanceMeter';
import type { AllowancePayment } from '../shared/types';
import { PayModal } from './PayModal';

export function AllowancesCard({ volunteerId, name, year }: { volunteerId: number; name: string; year: number }) {
  const { t } = useTranslation();
  const f = useFormat();
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
        {({ payments, limit }) => {
          const list = payments as AllowancePayment[];
          const total = list.reduce((s, p) => s + p.amountCents, 0);
          return (
            <Stack gap="md">
              {limit ? (
                <>
                  <AllowanceMeter paidCents={total} limit={limit} />
                  <Text size="sm" c="dimmed">
                    {t('volunteerHours.allowances.limitLine', {
                      yearly: f.money(limit.yearlyCents),
                      monthly: f.money(limit.monthlyCents),
                    })}
                  </Text>
                </>
              ) : (
                <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
                  {t('volunteerHours.allowances.noLimit', { year })}
                </Alert>
              )}
              <DataTable
                label={t('volunteerHours.allowances.cardTitle', { year })}
                minWidth={420}
                rows={list}
                rowKey={(p) => p.id}
                empty={
                  <Text c="dimmed" size="sm">
                    {t('volunteerHours.allowances.none')}
                  </Text>
                }
                columns={[
                  { key: 'date', header: t('volunteerHours.allowances.paidOn'), render: (p) => f.date(p.paidOn) },
                  { key: 'what', header: t('volunteerHours.description'), render: (p) => p.description || '—' },
                  {
                    key: 'amount',
                    header: t('volunteerHours.allowances.amount'),
                    numeric: true,
                    render: (p) => f.money(p.amountCents),
                  },
                ]}
              />
            </Stack>
          );
        }}
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
