import type { Output } from '../../../api/client';

export const GRANULARITIES = ['week', 'month', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export type Occupancy = Output<'reports.occupancy'>;
export type Revenue = Output<'reports.revenue'>;

export interface ReportQuery {
  from: string;
  to: string;
  granularity: Granularity;
}
