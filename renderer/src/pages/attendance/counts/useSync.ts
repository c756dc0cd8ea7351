import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { useMe } from '../../../session/SessionContext';

/**
 * Brings the sessions in line with the bookings once when the page opens, so a booking moved or
 * cancelled in the agenda shows here at once. Coördinators may not sync (the core says so); they see
 * the sessions as they are. A failed sync still lets the page load what there is.
 */
export function useSessionSync(): boolean {
  const { user } = useMe();
  const mayCount = user.role === 'beheerder' || user.role === 'balie';
  const [done, setDone] = useState(!mayCount);
  useEffect(() => {
    if (!mayCount) return;
    let live = true;
    void call('attendance.sync')
      .catch(() => undefined)
      .then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [mayCount]);
  return done;
}
