import { DAYPARTS } from '../../../../../db/modules/beheer/schemas';
import { wallClockOf } from '../../../format';

export type Daypart = (typeof DAYPARTS)[number];
export { DAYPARTS };

/** When each day-part of the open walk-in starts: the same hours as the core's walk-in sessions. */
const STARTS: Record<Daypart, string> = { ochtend: '08:00', middag: '13:00', avond: '18:00' };

/** The core refuses a walk-in session before its day-part has begun; the buttons say so beforehand. */
export function daypartStarted(date: string, daypart: Daypart, now: string = wallClockOf(new Date())): boolean {
  return `${date}T${STARTS[daypart]}` <= now.slice(0, 16);
}

export function daypartStart(daypart: Daypart): string {
  return STARTS[daypart];
}
