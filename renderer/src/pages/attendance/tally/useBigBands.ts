import { useMemo } from 'react';
import { useApi } from '../../../hooks/useApi';
import type { Session } from '../shared/sessionState';

/** How many bands get the big buttons: the two that most visitors fall in. */
const BIG = 2;

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The bands most visitors of this activity fell in over the last 90 days (all activities when this one has no
 * counts yet, as a new walk-in): they get the biggest buttons. Taken from past sessions, not this one, so the
 * buttons never change size under a thumb while counting.
 */
export function useBigBands(session: Session | null | undefined): ReadonlySet<number> {
  const past = useApi(
    'attendance.sessions',
    { from: daysBefore(session?.date ?? '2000-01-01', 90), to: session?.date ?? '2000-01-01' },
    { enabled: Boolean(session) },
  );
  return useMemo(() => {
    const sessions = past.data;
    if (!session || !sessions) return new Set<number>();
    const tally = (onlyThis: boolean) => {
      const sums = new Map<number, number>();
      for (const s of sessions)
        if (s.id !== session.id && (!onlyThis || s.activityId === session.activityId))
          for (const b of s.counts?.bands ?? []) sums.set(b.bandId, (sums.get(b.bandId) ?? 0) + b.count);
      return sums;
    };
    const own = tally(true);
    const sums = own.size > 0 ? own : tally(false);
    const top = [...sums].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    return new Set(top.slice(0, BIG).map(([id]) => id));
  }, [past.data, session]);
}
