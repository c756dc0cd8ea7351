import type { TFunction } from 'i18next';
import type { Output } from '../../../api/client';

export type AttendanceReport = Output<'reports.attendance'>;
export type Totals = AttendanceReport['total'];
export type Band = AttendanceReport['bands'][number];

export interface TotalsColumn {
  key: string;
  header: string;
  value: (t: Totals) => number;
}

/**
 * The number columns of every reach table (per period, activity, category, wijk): one definition for
 * the screen, the CSV and the printed quarterly report, so they always agree.
 */
export function totalsColumns(bands: readonly Band[], t: TFunction): TotalsColumn[] {
  return [
    { key: 'sessions', header: t('reach.sessions'), value: (r) => r.sessions },
    { key: 'visitors', header: t('reach.visitors'), value: (r) => r.visitors },
    ...bands.map((b) => ({ key: `band-${b.id}`, header: b.label, value: (r: Totals) => r.bands[b.id] ?? 0 })),
    { key: 'unknown', header: t('reach.unknown'), value: (r) => r.unknown },
    { key: 'jeugd', header: t('reach.jeugdShort'), value: (r) => r.reach.jeugd },
    { key: 'ouderen', header: t('reach.ouderenShort'), value: (r) => r.reach.ouderen },
    { key: 'kwetsbaar', header: t('reach.kwetsbaarShort'), value: (r) => r.reach['kwetsbare bewoners'] },
    { key: 'new', header: t('reach.newVisitors'), value: (r) => r.newVisitors },
  ];
}
