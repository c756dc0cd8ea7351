import type { Output } from '../../api/client';

export type RegisterEntry = Output<'privacy.register'>[number];
export type FoundRecord = Output<'privacy.find'>[number];
export type PersonExport = Output<'privacy.export'>;
export type RetentionOverview = Output<'privacy.retention'>;
export type RetentionLogEntry = Output<'privacy.retentionLog'>[number];
