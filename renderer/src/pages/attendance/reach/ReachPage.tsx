import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconChartBar, IconFileReport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { ExportButtons } from './ExportButtons';
import { ReachFigures, TotalsFigures } from './ReachSummary';
import { ReachFilters, reachErrors, thisQuarter, type ReachQuery } from './ReachFilters';
import { ReachSection } from './ReachSection';
import { TotalsTable, totalsCsv, type NamedTotals } from './TotalsTable';
import { VisitorsChart } from './VisitorsChart';
import type { AttendanceReport } from './totalsColumns';

type GroupKey = 'byActivity' | 'byCategory' | 'byWijk';
const GROUPS: { key: GroupKey; name: 'activity' | 'category' | 'wijk' }[] = [
  { key: 'byActivity', name: 'activity' },
  { key: 'byCategory', name: 'category' },
  { key: 'byWijk', name: 'wijk' },
];

/** One "per activity / category / wijk" card with its own CSV. */
function GroupSection({
  report,
  group,
  suffix,
}: {
  report: AttendanceReport;
  group: (typeof GROUPS)[number];
  suffix: string;
}) {
  const { t } = useTranslation();
  const nameHeader = t(`reach.by.${group.name}.column`);
  const rows: NamedTotals[] = report[group.key];
  const csv = totalsCsv(nameHeader, rows, report.bands, t);
  return (
    <ReachSection
      id={`reach-${group.name}`}
      title={t(`reach.by.${group.name}.title`)}
      actions={
        <CsvDownloadButton
          label={t('reach.csv')}
          ariaLabel={t(`reach.by.${group.name}.csv`)}
          fileName={`${t(`reach.by.${group.name}.file`)}-${suffix}.csv`}
          headers={csv.headers}
          rows={csv.rows}
          disabled={!rows.length}
        />
      }
    >
      {rows.length ? (
        <TotalsTable
          label={t(`reach.by.${group.name}.title`)}
          nameHeader={nameHeader}
          rows={rows}
          bands={report.bands}
        />
      ) : (
        <EmptyMessage icon={<IconChartBar aria-hidden />} title={t('reach.noCounts')} />
      )}
    </ReachSection>
  );
}

/** The period's totals, with the downloads of every count; a refused download shows under its buttons. */
function TotalsSection({ report, from, to }: { report: AttendanceReport; from: string; to: string }) {
  const { t } = useTranslation();
  const exporting = useAction();
  const empty = report.total.sessions === 0;
  return (
    <ReachSection
      id="reach-totals"
      title={t('reach.totalsTitle')}
      actions={<ExportButtons from={from} to={to} disabled={empty} action={exporting} />}
      alert={exporting.alert}
    >
      {empty && (
        <EmptyMessage
          icon={<IconChartBar aria-hidden />}
          title={t('reach.noCounts')}
          description={t('reach.noCountsHelp')}
        />
      )}
      <TotalsFigures total={report.total} />
    </ReachSection>
  );
}

export function ReachPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<ReachQuery>(() => ({ ...thisQuarter(), granularity: 'month' }));
  const valid = Object.keys(reachErrors(query)).length === 0;
  const report = useApi('reports.attendance', query, { enabled: valid });
  const suffix = `${query.from}-${query.to}`;

  const quarterly = (
    <Button
      component={Link}
      to="/bereik/kwartaal"
      variant="light"
      leftSection={<IconFileReport size={18} aria-hidden />}
    >
      {t('quarterly.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('reach.title')} description={t('reach.intro')} actions={quarterly} />
      <Stack gap="lg">
        <ReachFilters value={query} onChange={setQuery} />
        {valid && (
          <QueryState query={report}>
            {(r) => {
              const periods: NamedTotals[] = r.periods.map((p) => ({ ...p, name: p.label }));
              const periodCsv = totalsCsv(t('reach.period'), periods, r.bands, t);
              return (
                <>
                  <TotalsSection report={r} from={query.from} to={query.to} />
                  <ReachSection id="reach-groups" title={t('reach.groupsTitle')} description={t('reach.groupsHelp')}>
                    <ReachFigures total={r.total} />
                  </ReachSection>
                  <ReachSection
                    id="reach-periods"
                    title={t('reach.periodsTitle')}
                    actions={
                      <CsvDownloadButton
                        label={t('reach.csv')}
                        ariaLabel={t('reach.periodsCsv')}
                        fileName={`${t('reach.periodsFile')}-${suffix}.csv`}
                        headers={periodCsv.headers}
                        rows={periodCsv.rows}
                      />
                    }
                  >
                    <VisitorsChart bars={r.periods.map((p) => ({ label: p.label, value: p.visitors }))} />
                    <TotalsTable
                      label={t('reach.periodsTitle')}
                      nameHeader={t('reach.period')}
                      rows={periods}
                      bands={r.bands}
                    />
                  </ReachSection>
                  {GROUPS.map((g) => (
                    <GroupSection key={g.key} report={r} group={g} suffix={suffix} />
                  ))}
                </>
              );
            }}
          </QueryState>
        )}
      </Stack>
    </>
  );
}
