import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { BreakdownTables, HouseMeta, OccupancyTable, ReachTables } from './QuarterlySections';
import classes from './Quarterly.module.css';

type Quarterly = Output<'reports.quarterly'>;

/** The quarterly report laid out as the A4 sheet the beheerder hands in as it is. */
export function QuarterlyReport({ report }: { report: Quarterly }) {
  const { t } = useTranslation();
  const f = useFormat();

  return (
    <article className={classes.sheet} aria-labelledby="quarterly-title">
      <h2 id="quarterly-title">{t('quarterly.heading', { quarter: report.quarter, year: report.year })}</h2>
      <HouseMeta report={report} />
      <ReachTables report={report} />
      <BreakdownTables report={report} />
      <OccupancyTable report={report} />

      <div className={classes.signature}>
        <p>{t('quarterly.signedBy')}</p>
        <p>{t('quarterly.date', { date: f.date(todayIso()) })}</p>
      </div>
    </article>
  );
}
