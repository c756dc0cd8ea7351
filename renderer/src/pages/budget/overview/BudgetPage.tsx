import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconCoinEuro, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { EligibilityCriteria } from './EligibilityCriteria';
import { PlannedPayments } from './PlannedPayments';
import { ReportSection } from './ReportSection';
import { RoundModal } from './RoundModal';
import { YearCard } from './YearCard';
import { YearModal } from './YearModal';

type Year = Output<'budget.years'>[number];
type Round = Year['rounds'][number];
type Editing = { kind: 'year'; year?: Year } | { kind: 'round'; year: Year; round?: Round } | null;

/** Year budgets and their rounds with the ledger, the eligibility checklist per scheme, and the reports with CSV. */
export function BudgetPage() {
  const { t } = useTranslation();
  const years = useApi('budget.years', {});
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('budget.title')}
        description={t('budget.intro')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ kind: 'year' })}>
            {t('budget.newYear')}
          </Button>
        }
      />
      <QueryState query={years}>
        {(list) => (
          <Stack gap="lg">
            {list.length === 0 && (
              <EmptyMessage
                icon={<IconCoinEuro aria-hidden />}
                title={t('budget.noYears')}
                description={t('budget.noYearsHelp')}
              />
            )}
            {list.map((y) => (
              <YearCard
                key={y.id}
                year={y}
                onEditYear={() => setEditing({ kind: 'year', year: y })}
                onAddRound={() => setEditing({ kind: 'round', year: y })}
                onEditRound={(round) => setEditing({ kind: 'round', year: y, round })}
              />
            ))}
            <PlannedPayments />
            <EligibilityCriteria />
            <ReportSection years={list} />
            {editing?.kind === 'year' && <YearModal year={editing.year} onClose={close} onSaved={years.reload} />}
            {editing?.kind === 'round' && (
              <RoundModal
                year={editing.year}
                years={list}
                round={editing.round}
                onClose={close}
                onSaved={years.reload}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
