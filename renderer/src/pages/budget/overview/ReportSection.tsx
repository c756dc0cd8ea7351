import { useState } from 'react';
import { Group, List, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';

type Year = Output<'budget.years'>[number];
type Report = Output<'budget.report'>;
type Group = Report['byScheme'][number];

/** One grouping of the figures; the reach per group has its own table, so this one fits the page. */
function GroupTable({ title, column, rows }: { title: string; column: string; rows: Group[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={title}>
      <DataTable
        label={title}
        rows={rows}
        rowKey={(r) => r.key}
        minWidth={640}
        columns={[
          { key: 'label', header: column, render: (r) => r.label },
          { key: 'n', header: t('budget.report.applications'), numeric: true, render: (r) => r.applications },
          { key: 'g', header: t('budget.report.granted'), numeric: true, render: (r) => r.granted + r.partlyGranted },
          { key: 'r', header: t('budget.report.rejected'), numeric: true, render: (r) => r.rejected },
          { key: 'na', header: t('budget.report.notAdmissible'), numeric: true, render: (r) => r.notAdmissible },
          { key: 'req', header: t('budget.report.requested'), numeric: true, render: (r) => f.money(r.requestedCents) },
          { key: 'gc', header: t('budget.report.grantedCents'), numeric: true, render: (r) => f.money(r.grantedCents) },
          { key: 'paid', header: t('budget.ledger.paid'), numeric: true, render: (r) => f.money(r.paidCents) },
        ]}
      />
    </SectionCard>
  );
}

function TimeToDecision({ time }: { time: Report['timeToDecision'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const days = (n: number | null) => (n === null ? '—' : n.toLocaleString(f.locale));
  const rows = [
    { key: 'all', label: t('budget.report.total'), ...time },
    ...time.byScheme.map((s) => ({ key: s.scheme, ...s })),
  ];
  return (
    <SectionCard title={t('budget.report.timeTitle')}>
      <Table aria-label={t('budget.report.timeTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('budget.report.scheme')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.decided')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.average')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.median')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.minMax')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={r.key === 'all' ? 700 : 400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{r.decided}</Table.Td>
              <Table.Td ta="right">{days(r.averageDays)}</Table.Td>
              <Table.Td ta="right">{days(r.medianDays)}</Table.Td>
              <Table.Td ta="right">{r.minDays === null ? '—' : `${days(r.minDays)} – ${days(r.maxDays)}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

function ReachTable({ reach }: { reach: Report['reach'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('budget.report.reachTitle')}>
      <Table aria-label={t('budget.report.reachTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.priorityGroups')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.expected')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.actual')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reach.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{r.expected}</Table.Td>
              <Table.Td ta="right">{r.actual}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

/** The figures per year or round, on screen and as CSV (one row per application). */
export function ReportSection({ years }: { years: Year[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [scope, setScope] = useState<string | null>(null);
  const chosen = scope ?? (years[0] ? `y${years[0].id}` : null);
  const reportInput = chosen?.startsWith('r')
    ? { roundId: Number(chosen.slice(1)) }
    : { yearId: Number(chosen?.slice(1) ?? 0) };
  const report = useApi('budget.report', reportInput, { enabled: chosen !== null });
  const scopes = years.flatMap((y) => [
    { value: `y${y.id}`, label: t('budget.yearLabel', { year: y.year }) },
    ...y.rounds.map((r) => ({ value: `r${r.id}`, label: `${y.year} · ${r.name}` })),
  ]);
  if (!chosen) return null;
  const fileScope =
    scopes
      .find((s) => s.value === chosen)
      ?.label.replace(/[^\p{L}\p{N}]+/gu, '-')
      .toLowerCase() ?? chosen;
  return (
    <Stack gap="lg" component="section" aria-labelledby="budget-report-title">
      <Title order={2} id="budget-report-title">
        {t('budget.report.title')}
      </Title>
      <Group align="flex-end" justify="space-between">
        <Select
          label={t('budget.reportFor')}
          data={scopes}
          value={chosen}
          onChange={setScope}
          allowDeselect={false}
          w={360}
        />
        {report.data && (
          <CsvDownloadButton
            label={t('budget.csv')}
            fileName={`lokaal-budget-${fileScope}.csv`}
            headers={[
              t('applications.number'),
              t('applications.round'),
              t('budget.report.scheme'),
              t('applications.applicantType'),
              t('applications.applicant'),
              t('applications.titleLabel'),
              t('applications.wijk'),
              t('applications.priorityGroups'),
              t('applications.statusLabel'),
              t('applications.requested'),
              t('applications.grantedLabel'),
              t('budget.ledger.released'),
              t('budget.ledger.paid'),
              t('applications.spent'),
              t('applications.receivedOn'),
              t('budget.report.decidedOn'),
              t('budget.report.days'),
              t('budget.report.expected'),
              t('budget.report.actual'),
            ]}
            rows={() =>
              report.data!.rows.map((r) => [
                r.number,
                r.roundName,
                r.scheme,
                r.applicantType,
                r.applicantName,
                r.title,
                r.wijk,
                r.priorityGroups,
                r.status,
                r.requestedCents / 100,
                r.grantedCents / 100,
                r.releasedCents / 100,
                r.paidCents / 100,
                r.spentCents === null ? null : r.spentCents / 100,
                r.receivedOn,
                r.decidedOn,
                r.daysToDecision,
                r.expectedReach,
                r.actualReach,
              ])
            }
          />
        )}
      </Group>
      <QueryState query={report}>
        {(data) => (
          <Stack gap="lg">
            <Text data-testid="report-totals">
              {t('budget.report.summary', {
                n: data.totals.applications,
                granted: data.totals.granted + data.totals.partlyGranted,
                rejected: data.totals.rejected,
                notAdmissible: data.totals.notAdmissible,
                amount: f.money(data.totals.grantedCents),
              })}
            </Text>
            <GroupTable title={t('budget.report.byScheme')} column={t('budget.report.scheme')} rows={data.byScheme} />
            <GroupTable
              title={t('budget.report.byPriorityGroup')}
              column={t('budget.report.priorityGroup')}
              rows={data.byPriorityGroup}
            />
            <GroupTable title={t('budget.report.byWijk')} column={t('applications.wijk')} rows={data.byWijk} />
            <GroupTable
              title={t('budget.report.byApplicantType')}
              column={t('applications.applicantType')}
              rows={data.byApplicantType}
            />
            <GroupTable title={t('budget.report.byRound')} column={t('applications.round')} rows={data.byRound} />
            <SimpleGrid cols={{ base: 1, lg: 2, xl: 3 }}>
              <TimeToDecision time={data.timeToDecision} />
              <ReachTable reach={data.reach} />
              <SectionCard title={t('budget.report.byStatus')}>
                <Table aria-label={t('budget.report.byStatus')}>
                  <Table.Tbody>
                    {data.byStatus
                      .filter((s) => s.applications > 0)
                      .map((s) => (
                        <Table.Tr key={s.status}>
                          <Table.Th scope="row" fw={400}>
                            {s.label}
                          </Table.Th>
                          <Table.Td ta="right">{s.applications}</Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </SectionCard>
            </SimpleGrid>
            <List size="sm" c="dimmed">
              {data.notes.map((n) => (
                <List.Item key={n}>{n}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
