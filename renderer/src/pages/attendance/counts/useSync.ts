import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { useMe } from '../../../session/SessionContext';

/**
 * Brings the sessions of the range on screen in line with the bookings when the page opens or the range
 * changes, so a booking moved or cancelled in the agenda shows here at once. Only that range: the core
 * looks up the bookings starting in it and the sessions dated in it, not every activity's whole history
 * (the daily routine does that). Coördinators may not sync (the core says so); they see the sessions as
 * they are. A failed sync still lets the page load what there is.
 */
export function useSessionSync(from: string, to: string): boolean {
  const { user } = useMe();
  const mayCount = user.role === 'beheerder' || user.role === 'balie';
  const range = `${from}/${to}`;
  const [synced, setSynced] = useState<string | null>(null);
  useEffect(() => {
    if (!mayCount) return;
    let live = true;
    void call('attendance.sync', { from, to })
      .catch(() => undefined)
      .then(() => live && setSynced(range));
    return () => {
      live = false;
    };
  }, [mayCount, from, to, range]);
  return !mayCount || synced === range;
}
