import { useState } from 'react';
import { Group, List, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { ReportCsvButton } from './ReportCsvButton';
import { GroupTable, ReachTable, StatusTable, TimeToDecision } from './ReportTables';

type Year = Output<'budget.years'>[number];
type Report = Output<'budget.report'>;

/** Which year or round the report is about ('y3' or 'r7'), the latest year until one is chosen. */
function useReportScope(years: Year[]) {
  const { t } = useTranslation();
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
  return { chosen, setScope, scopes, report };
}

/** The chosen scope's label as a file name part: '2025 · Voorjaar' → '2025-voorjaar'. */
const fileScopeOf = (scopes: { value: string; label: string }[], chosen: string) =>
  scopes
    .find((s) => s.value === chosen)
    ?.label.replace(/[^\p{L}\p{N}]+/gu, '-')
    .toLowerCase() ?? chosen;

/** The figures per year or round, on screen and as CSV (one row per application). */
export function ReportSection({ years }: { years: Year[] }) {
  const { t } = useTranslation();
  const { chosen, setScope, scopes, report } = useReportScope(years);
  if (!chosen) return null;
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
        {report.data && <ReportCsvButton report={report.data} fileScope={fileScopeOf(scopes, chosen)} />}
      </Group>
      <QueryState query={report}>{(data) => <ReportFigures report={data} />}</QueryState>
    </Stack>
  );
}

function ReportFigures({ report: data }: { report: Report }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
        <StatusTable byStatus={data.byStatus} />
      </SimpleGrid>
      <List size="sm" c="dimmed">
        {data.notes.map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
