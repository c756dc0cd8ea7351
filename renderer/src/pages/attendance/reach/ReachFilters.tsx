import { useTranslation } from 'react-i18next';
import { attendanceReportInput } from '../../../../../db/modules/attendance/schemas';
import { PeriodFilter } from '../../../components/PeriodFilter';
import { zodValidate } from '../../../forms';
import { addDays, todayIso } from '../../../format';
import { monthOf, quarterOf, yearOf } from '../../../periods';

export const GRANULARITIES = ['week', 'month', 'quarter', 'year'] as const;
export interface ReachQuery {
  from: string;
  to: string;
  granularity: (typeof GRANULARITIES)[number];
}

/** The core's own checks on the period ("De einddatum mag niet voor de begindatum liggen."), shown on the fields. */
export const reachErrors = zodValidate<ReachQuery>(attendanceReportInput);

export function thisQuarter(): { from: string; to: string } {
  return quarterOf(todayIso());
}

/** Period and granularity, with the periods people report on one click away. */
export function ReachFilters({ value, onChange }: { value: ReachQuery; onChange: (q: ReachQuery) => void }) {
  const { t } = useTranslation();
  const today = todayIso();
  const quarter = quarterOf(today);
  return (
    <PeriodFilter
      value={value}
      onChange={onChange}
      errors={reachErrors(value)}
      labels={{ from: t('reach.from'), to: t('reach.to'), granularity: t('reach.granularity') }}
      granularities={GRANULARITIES.map((g) => ({ value: g, label: t(`reach.granularities.${g}`) }))}
      presets={[
        { label: t('reach.thisMonth'), ...monthOf(today, 0) },
        { label: t('reach.thisQuarter'), ...quarter },
        { label: t('reach.lastQuarter'), ...quarterOf(addDays(quarter.from, -1)) },
        { label: t('reach.thisYear'), ...yearOf(today) },
      ]}
    />
  );
}
