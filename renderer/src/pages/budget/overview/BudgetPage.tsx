import { useState } from 'react';
import { Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';
import { DataTable } from '../../../components/DataTable';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';

type Ledger = Output<'budget.years'>[number]['ledger'];
type Report = Output<'budget.report'>;
type Group = Report['byScheme'][number];

function LedgerList({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: [string, number][] = [
    [t('budget.ledger.ceiling'), ledger.ceilingCents],
    [t('budget.ledger.granted'), ledger.grantedCents],
    [t('budget.ledger.released'), ledger.releasedCents],
    [t('budget.ledger.committed'), ledger.committedCents],
    [t('budget.ledger.paid'), ledger.paidCents],
    [t('budget.ledger.outstanding'), ledger.outstandingCents],
    [t('budget.ledger.remaining'), ledger.remainingCents],
  ];
  return (
    <Table aria-label={t('budget.ledger.title')} verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([label, cents], i) => (
          <Table.Tr key={label} fw={i === rows.length - 1 ? 700 : undefined}>
            <Table.Th scope="row" fw={i === rows.length - 1 ? 700 : 400}>{label}</Table.Th>
            <Table.Td ta="right">{f.money(cents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function GroupTable({ title, rows }: { title: string; rows: Group[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={title}>
      <DataTable
        label={title}
        rows={rows}
        rowKey={(r) => r.key}
        minWidth={560}
        columns={[
          { key: 'label', header: title, render: (r) => r.label },
          { key: 'n', header: t('budget.report.applications'), numeric: true, render: (r) => r.applications },
          { key: 'g', header: t('budget.report.granted'), numeric: true, render: (r) => r.granted + r.partlyGranted },
          { key: 'r', header: t('budget.report.rejected'), numeric: true, render: (r) => r.rejected },
          { key: 'req', header: t('budget.report.requested'), numeric: true, render: (r) => f.money(r.requestedCents) },
          { key: 'gc', header: t('budget.report.grantedCents'), numeric: true, render: (r) => f.money(r.grantedCents) },
          { key: 'reach', header: t('budget.report.reach'), numeric: true, render: (r) => `${r.expectedReach} / ${r.actualReach}` },
        ]}
      />
    </SectionCard>
  );
}

/** Year budgets and rounds with their ledger, and the reports per round or year with CSV. */
export function BudgetPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const years = useApi('budget.years', {});
  const [scope, setScope] = useState<string | null>(null);
  const firstYear = years.data?.[0];
  const chosen = scope ?? (firstYear ? `y${firstYear.id}` : null);
  const reportInput = chosen?.startsWith('r') ? { roundId: Number(chosen.slice(1)) } : { yearId: Number(chosen?.slice(1) ?? 0) };
  const report = useApi('budget.report', reportInput, { enabled: chosen !== null });
  const scopes = (years.data ?? []).flatMap((y) => [
    { value: `y${y.id}`, label: t('budget.yearLabel', { year: y.year }) },
    ...y.rounds.map((r) => ({ value: `r${r.id}`, label: `${y.year} · ${r.name}` })),
  ]);

  return (
    <Stack gap="lg">
      <PageHeader title={t('budget.title')} description={t('budget.intro')} />
      <QueryState query={years}>
        {(list) => (
          <Stack gap="lg">
            {list.map((y) => (
              <SectionCard key={y.id} title={t('budget.yearLabel', { year: y.year })} aside={<Text size="sm">{y.source}</Text>}>
                <SimpleGrid cols={{ base: 1, lg: 3 }}>
                  <div>
                    <Text fw={600} mb={4}>{t('budget.ledger.yearTitle')}</Text>
                    <LedgerList ledger={y.ledger} />
                    <Text size="sm" mt="xs">{t('budget.allocated', { allocated: f.money(y.allocatedCents), unallocated: f.money(y.unallocatedCents) })}</Text>
                  </div>
                  {y.rounds.map((r) => (
                    <div key={r.id}>
                      <Text fw={600}>{r.name}</Text>
                      <Text size="sm" c="dimmed">
                        {r.schemeLabel} · {t('budget.window', { from: f.date(r.opensOn), to: f.date(r.closesOn) })} · {t('budget.range', { min: f.money(r.minCents), max: f.money(r.maxCents) })}
                      </Text>
                      <Text size="sm" c="dimmed" mb={4}>
                        {t('budget.execution', { from: f.date(r.executionFrom), to: f.date(r.executionTo) })} · {t('budget.criteria')}: {r.criteria.map((c) => c.name).join(', ') || '—'}
                      </Text>
                      <LedgerList ledger={r.ledger} />
                    </div>
                  ))}
                </SimpleGrid>
              </SectionCard>
            ))}
          </Stack>
        )}
      </QueryState>
      <Group align="flex-end" justify="space-between">
        <Select label={t('budget.reportFor')} data={scopes} value={chosen} onChange={setScope} allowDeselect={false} w={360} />
        {report.data && (
          <CsvDownloadButton
            label={t('budget.csv')}
            fileName={`lokaal-budget-${chosen}.csv`}
            headers={[t('applications.number'), t('applications.round'), t('budget.report.scheme'), t('applications.applicant'), t('applications.titleLabel'), t('applications.wijk'), t('applications.priorityGroups'), t('applications.statusLabel'), t('applications.requested'), t('applications.grantedLabel'), t('budget.ledger.paid'), t('budget.report.days')]}
            rows={() => report.data!.rows.map((r) => [r.number, r.roundName, r.scheme, `${r.applicantName} (${r.applicantType})`, r.title, r.wijk, r.priorityGroups, r.status, r.requestedCents / 100, r.grantedCents / 100, r.paidCents / 100, r.daysToDecision])}
          />
        )}
      </Group>
      {report.data && (
        <Stack gap="lg">
          <Text>
            {t('budget.timeToDecision', { n: report.data.timeToDecision.decided, avg: report.data.timeToDecision.averageDays?.toLocaleString(f.locale) ?? '—', median: report.data.timeToDecision.medianDays?.toLocaleString(f.locale) ?? '—' })}
          </Text>
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            <GroupTable title={t('budget.report.byScheme')} rows={report.data.byScheme} />
            <GroupTable title={t('budget.report.byPriorityGroup')} rows={report.data.byPriorityGroup} />
            <GroupTable title={t('budget.report.byWijk')} rows={report.data.byWijk} />
            <GroupTable title={t('budget.report.byApplicantType')} rows={report.data.byApplicantType} />
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
