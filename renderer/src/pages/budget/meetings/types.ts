import type { Output } from '../../../api/client';

export type Meeting = Output<'meetings.get'>;
export type Item = Meeting['items'][number];
export type Member = Meeting['members'][number];
