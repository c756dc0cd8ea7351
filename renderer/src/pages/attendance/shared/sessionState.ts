import type { Output } from '../../../api/client';
import { wallClockOf } from '../../../format';

export type Session = Output<'attendance.session'>;

export type SessionState = 'cancelled' | 'future' | 'counted' | 'open';

/** Mirrors the core's rule (attendance.ts, countable): only sessions that began and were not cancelled can be counted. */
export function sessionState(s: Session, now: string = wallClockOf(new Date())): SessionState {
  if (s.cancelled) return 'cancelled';
  if (s.start.slice(0, 16) > now.slice(0, 16)) return 'future';
  return s.counts ? 'counted' : 'open';
}

export const countable = (s: Session) => ['counted', 'open'].includes(sessionState(s));
