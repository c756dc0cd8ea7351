import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { createFlag } from '../../../../hooks/flag';
import { todayIso } from '../../../../format';

const DRAW_AFTER_MS = 1000;

/**
 * The new booking's dialog, drawn ahead and hidden once the calendar has its bookings and the page is
 * idle (after a second): mounting its twenty fields took longer than a click may. Showing it (`shown`) then renders only
 * the modal around the form. `renew` after each closing draws a fresh one, so nothing typed carries
 * over; the date in the key renews one drawn before midnight.
 */
export function useDrawnAhead(open: boolean, pageSettled: boolean) {
  const [shown] = useState(() => createFlag(false));
  useLayoutEffect(() => shown.set(open), [open, shown]);
  const [spare, setSpare] = useState({ n: 0, ready: false });
  useEffect(() => {
    if (spare.ready || !pageSettled) return;
    // Not in the first second: the user's first clicks on the agenda (the next day, a booking) go first.
    let idle = 0;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => setSpare((s) => ({ ...s, ready: true })), { timeout: 3000 });
    }, DRAW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [spare.ready, pageSettled]);
  const renew = useCallback(() => setSpare((s) => ({ n: s.n + 1, ready: false })), []);
  return { shown, key: `${spare.n} ${todayIso()}`, mounted: spare.ready || open, renew };
}
