import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import { PlainTable } from './PlainTable';
import { totalsColumns, type Totals } from './totalsColumns';
import classes from './Quarterly.module.css';

type Quarterly = Output<'reports.quarterly'>;

/** A table of named totals (months, activities, categories) with the shared number columns. */
function TotalsPlain({
  caption,
  nameHeader,
  rows,
  report,
}: {
  caption: string;
  nameHeader: string;
  rows: (Totals & { name: string })[];
  report: Quarterly;
}) {
  const { t } = useTranslation();
  const cols = totalsColumns(report.attendance.bands, t);
  return (
    <PlainTable
      caption={caption}
      headers={[nameHeader, ...cols.map((c) => c.header)]}
      rows={rows.map((r) => [r.name, ...cols.map((c) => c.value(r))])}
    />
  );
}

/** Which house the sheet is about, and over which period. */
export function HouseMeta({ report }: { report: Quarterly }) {
  const { t } = useTranslation();
  const f = useFormat();
  const none = t('quarterly.none');
  return (
    <dl className={classes.meta}>
      <dt>{t('quarterly.house')}</dt>
      <dd>{report.house.name}</dd>
      <dt>{t('quarterly.gebied')}</dt>
      <dd>{report.house.gebied ?? none}</dd>
      <dt>{t('quarterly.wijken')}</dt>
      <dd>{report.house.wijken.length ? report.house.wijken.join(', ') : none}</dd>
      <dt>{t('quarterly.provider')}</dt>
      <dd>{report.house.welfareProvider ?? none}</dd>
      <dt>{t('quarterly.period')}</dt>
      <dd>{f.dateRange(report.from, report.to)}</dd>
    </dl>
  );
}

/** The priority groups reached, and the quarter's totals in one row. */
export function ReachTables({ report }: { report: Quarterly }) {
  const { t } = useTranslation();
  const a = report.attendance;
  const reach = a.total.reach;
  return (
    <>
      <h3>{t('reach.groupsTitle')}</h3>
      <PlainTable
        caption={t('reach.groupsTitle')}
        headers={[t('quarterly.group'), t('reach.visitors'), t('quarterly.how')]}
        rows={[
          [t('reach.jeugd'), reach.jeugd, t('reach.jeugdHow')],
          [t('reach.ouderen'), reach.ouderen, t('reach.ouderenHow')],
          [t('reach.kwetsbaar'), reach['kwetsbare bewoners'], t('reach.kwetsbaarHow')],
        ]}
      />

      <h3>{t('reach.totalsTitle')}</h3>
      <PlainTable
        caption={t('reach.totalsTitle')}
        headers={[
          t('reach.visitors'),
          t('reach.sessions'),
          t('reach.activities'),
          t('reach.newVisitors'),
          t('reach.volunteers'),
          t('reach.unknown'),
        ]}
        rows={[
          [
            a.total.visitors,
            a.total.sessions,
            a.total.activities,
            a.total.newVisitors,
            a.total.volunteersPresent,
            a.total.unknown,
          ],
        ]}
      />
    </>
  );
}

/** The totals broken down per month, per activity and per category. */
export function BreakdownTables({ report }: { report: Quarterly }) {
  const { t } = useTranslation();
  const a = report.attendance;
  return (
    <>
      <h3>{t('quarterly.perMonth')}</h3>
      <TotalsPlain
        caption={t('quarterly.perMonth')}
        nameHeader={t('reach.period')}
        rows={a.periods.map((p) => ({ ...p, name: p.label }))}
        report={report}
      />

      <h3>{t('reach.by.activity.title')}</h3>
      {a.byActivity.length ? (
        <TotalsPlain
          caption={t('reach.by.activity.title')}
          nameHeader={t('reach.by.activity.column')}
          rows={a.byActivity}
          report={report}
        />
      ) : (
        <p>{t('reach.noCounts')}</p>
      )}

      <h3>{t('reach.by.category.title')}</h3>
      {a.byCategory.length ? (
        <TotalsPlain
          caption={t('reach.by.category.title')}
          nameHeader={t('reach.by.category.column')}
          rows={a.byCategory}
          report={report}
        />
      ) : (
        <p>{t('reach.noCounts')}</p>
      )}
    </>
  );
}

/** How full each room was per month, in percent and in hours. */
export function OccupancyTable({ report }: { report: Quarterly }) {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = (n: number) => `${n.toLocaleString(f.locale, { maximumFractionDigits: 1 })}%`;
  return (
    <>
      <h3>{t('quarterly.occupancy')}</h3>
      <PlainTable
        caption={t('quarterly.occupancy')}
        headers={[t('quarterly.room'), ...report.occupancy.periods.map((p) => p.label)]}
        rows={report.occupancy.rows.map((r) => [
          r.roomName,
          ...r.cells.map((c) => `${percent(c.percent)} (${c.bookedHours} / ${c.openHours} u)`),
        ])}
      />
      <p className={classes.help}>{t('quarterly.occupancyHelp')}</p>
    </>
  );
}
