import type { Output } from '../../../api/client';

export type KeyItem = Output<'keys.list'>[number];
export type Handout = Output<'keys.history'>[number];
export type Holders = Output<'keys.holders'>;
