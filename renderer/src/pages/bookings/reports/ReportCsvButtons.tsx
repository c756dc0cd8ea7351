import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';
import { useFormat } from '../../../hooks/useFormat';
import { totalOf } from './OccupancyTable';
import { revenueTotal } from './RevenueTable';
import { periodLabel } from './periodLabel';
import type { Occupancy, ReportQuery, Revenue } from './reportTypes';

const fileSuffix = (query: ReportQuery) => `${query.from}-${query.to}`;
const euros = (cents: number) => cents / 100;

/** Occupancy per room and period, each room closed by its total over the whole query. */
export function OccupancyCsvButton({ report, query }: { report: Occupancy | undefined; query: ReportQuery }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <CsvDownloadButton
      label={t('reports.csv')}
      ariaLabel={t('reports.occupancyCsv')}
      fileName={`${t('reports.occupancyFile')}-${fileSuffix(query)}.csv`}
      disabled={!report}
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
        (report?.rows ?? []).flatMap((r) => [
          ...report!.periods.map((p, i) => [
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
}

/** Revenue per tariff category in euros, with the total last. */
export function RevenueCsvButton({ rows, query }: { rows: Revenue | undefined; query: ReportQuery }) {
  const { t } = useTranslation();
  return (
    <CsvDownloadButton
      label={t('reports.csv')}
      ariaLabel={t('reports.revenueCsv')}
      fileName={`${t('reports.revenueFile')}-${fileSuffix(query)}.csv`}
      disabled={!rows}
      headers={[
        t('reports.category'),
        t('reports.bookings'),
        t('reports.hours'),
        t('reports.revenueEuro'),
        t('reports.invoicedEuro'),
        t('reports.paidEuro'),
      ]}
      rows={() =>
        [...(rows ?? []), { ...revenueTotal(rows ?? []), category: t('reports.total') }].map((r) => [
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
}
