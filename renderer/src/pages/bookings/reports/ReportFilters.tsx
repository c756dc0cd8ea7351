import { useTranslation } from 'react-i18next';
import { reportInput } from '../../../../../db/modules/bookings/schemas';
import { PeriodFilter } from '../../../components/PeriodFilter';
import { zodValidate } from '../../../forms';
import { todayIso } from '../../../format';
import { monthOf, quarterOf, yearOf } from '../../../periods';
import { GRANULARITIES, type ReportQuery } from './reportTypes';

/** The field errors of a query ("De einddatum mag niet voor de begindatum liggen."), empty when it can be asked. */
export const reportErrors = zodValidate<ReportQuery>(reportInput);

/** Period and granularity, with the periods people ask for most one click away. */
export function ReportFilters({ value, onChange }: { value: ReportQuery; onChange: (q: ReportQuery) => void }) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <PeriodFilter
      value={value}
      onChange={onChange}
      errors={reportErrors(value)}
      labels={{ from: t('reports.from'), to: t('reports.to'), granularity: t('reports.granularity') }}
      granularities={GRANULARITIES.map((g) => ({ value: g, label: t(`reports.granularities.${g}`) }))}
      presets={[
        { label: t('reports.thisMonth'), ...monthOf(today, 0) },
        { label: t('reports.lastMonth'), ...monthOf(today, -1) },
        { label: t('reports.thisQuarter'), ...quarterOf(today) },
        { label: t('reports.thisYear'), ...yearOf(today) },
      ]}
    />
  );
}
