import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';

/** Instalments planned on grants and not paid yet, by due date: what the administration has to transfer. */
export function PlannedPayments() {
  const { t } = useTranslation();
  const f = useFormat();
  const planned = useApi('grants.payments', { planned: true });
  const today = todayIso();
  return (
    <SectionCard title={t('budget.planned.title')}>
      <QueryState query={planned}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('budget.planned.none')}
            </Text>
          ) : (
            <DataTable
              label={t('budget.planned.title')}
              rows={rows}
              rowKey={(p) => p.id}
              columns={[
                {
                  key: 'due',
                  header: t('budget.planned.due'),
                  render: (p) =>
                    p.dueOn ? `${f.date(p.dueOn)}${p.dueOn < today ? ` (${t('budget.planned.overdue')})` : ''}` : '—',
                },
                {
                  key: 'application',
                  header: t('applications.titleLabel'),
                  render: (p) => (
                    <Anchor component={Link} to={`/aanvragen/${p.applicationId}`}>{`${p.number} ${p.title}`}</Anchor>
                  ),
                },
                { key: 'applicant', header: t('applications.applicant'), render: (p) => p.applicantName },
                { key: 'iban', header: 'IBAN', render: (p) => p.iban || '—' },
                {
                  key: 'amount',
                  header: t('applications.amount'),
                  numeric: true,
                  render: (p) => f.money(p.amountCents),
                },
              ]}
            />
          )
        }
      </QueryState>
    </SectionCard>
  );
}
