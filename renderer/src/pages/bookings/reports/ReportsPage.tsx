import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconChartBar, IconCoinEuro } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';
import { useMe } from '../../../session/SessionContext';
import { monthOf } from '../invoices/period';
import { OccupancyTable, totalOf } from './OccupancyTable';
import { ReportFilters, reportErrors } from './ReportFilters';
import { ReportSection } from './ReportSection';
import { RevenueTable, revenueTotal } from './RevenueTable';
import { periodLabel } from './periodLabel';
import type { ReportQuery } from './reportTypes';

export function ReportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useMe();
  const mayRevenue = user.role === 'beheerder';
  const [query, setQuery] = useState<ReportQuery>(() => ({ ...monthOf(todayIso(), 0), granularity: 'week' }));
  const valid = Object.keys(reportErrors(query)).length === 0;
  const occupancy = useApi('reports.occupancy', query, { enabled: valid });
  const revenue = useApi('reports.revenue', query, { enabled: valid && mayRevenue });
  const suffix = `${query.from}-${query.to}`;
  const euros = (cents: number) => cents / 100;

  const occupancyCsv = (
    <CsvDownloadButton
      label={t('reports.csv')}
      ariaLabel={t('reports.occupancyCsv')}
      fileName={`${t('reports.occupancyFile')}-${suffix}.csv`}
      disabled={!occupancy.data}
      headers={[
        t('reports.room'),
        t('reports.period'),
        t('reports.from'),
        t('reports.to'),
        t('reports.bookedHours'),
        t('reports.openHours'),
        t('reports.percentColumn'),
      ]}
      rows={() =>
        (occupancy.data?.rows ?? []).flatMap((r) => [
          ...occupancy.data!.periods.map((p, i) => [
            r.roomName,
            periodLabel(p, query.granularity, f.locale, t),
            p.from,
            p.to,
            r.cells[i]!.bookedHours,
            r.cells[i]!.openHours,
            r.cells[i]!.percent,
          ]),
          [
            r.roomName,
            t('reports.total'),
            query.from,
            query.to,
            totalOf(r).bookedHours,
            totalOf(r).openHours,
            totalOf(r).percent,
          ],
        ])
      }
    />
  );
  const revenueCsv = (
    <CsvDownloadButton
      label={t('reports.csv')}
      ariaLabel={t('reports.revenueCsv')}
      fileName={`${t('reports.revenueFile')}-${suffix}.csv`}
      disabled={!revenue.data}
      headers={[
        t('reports.category'),
        t('reports.bookings'),
        t('reports.hours'),
        t('reports.revenueEuro'),
        t('reports.invoicedEuro'),
        t('reports.paidEuro'),
      ]}
      rows={() =>
        [...(revenue.data ?? []), { ...revenueTotal(revenue.data ?? []), category: t('reports.total') }].map((r) => [
          r.category,
          r.bookings,
          r.hours,
          euros(r.revenueCents),
          euros(r.invoicedCents),
          euros(r.paidCents),
        ])
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={mayRevenue ? t('reports.intro') : t('reports.introOccupancyOnly')}
      />
      <Stack gap="lg">
        <ReportFilters value={query} onChange={setQuery} />
        <ReportSection
          id="occupancy-title"
          title={t('reports.occupancyTitle')}
          description={t('reports.occupancyHelp')}
          action={occupancyCsv}
        >
          {valid && (
            <QueryState query={occupancy}>
              {(o) =>
                o.rows.length ? (
                  <OccupancyTable report={o} granularity={query.granularity} />
                ) : (
                  <EmptyMessage icon={<IconChartBar aria-hidden />} title={t('reports.noRooms')} />
                )
              }
            </QueryState>
          )}
        </ReportSection>
        {mayRevenue && (
          <ReportSection
            id="revenue-title"
            title={t('reports.revenueTitle')}
            description={t('reports.revenueHelp')}
            action={revenueCsv}
          >
            {valid && (
              <QueryState query={revenue}>
                {(r) =>
                  r.length ? (
                    <RevenueTable rows={r} />
                  ) : (
                    <EmptyMessage icon={<IconCoinEuro aria-hidden />} title={t('reports.noRevenue')} />
                  )
                }
              </QueryState>
            )}
          </ReportSection>
        )}
      </Stack>
    </>
  );
}
