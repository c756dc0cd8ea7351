import type { Db } from '../database';
import { anonymiseExpiredIncidents } from './incidents';

/** The daily retention job: anonymises what has passed its retention period. */
export function runRetention(db: Db): void {
  anonymiseExpiredIncidents(db);
}
