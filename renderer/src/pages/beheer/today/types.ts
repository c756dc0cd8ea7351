import type { Output } from '../../../api/client';

export type Dashboard = Output<'dashboard.today'>;
export type DashboardBooking = Dashboard['bookingsToday'][number];
